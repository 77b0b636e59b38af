// Record -> Xapian::Document following schema.h, and the single writer of an index.
#include "kennis/index_writer.h"

#include <algorithm>
#include <set>

#include "kennis/error.h"
#include "kennis/schema.h"

namespace kennis {
namespace {

using namespace layout;

std::string prefixed(std::string_view prefix, std::string_view text) {
  std::string term(prefix);
  term += text;
  return term;
}

bool is_spelling_word(const std::string& text) {
  if (text.size() < 3) return false;
  return std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Indexes one text field starting at word position `first`; returns the position after it.
class FieldIndexer {
 public:
  FieldIndexer(Xapian::Document& doc, const Analyzer& analyzer, std::string lang, std::set<std::string>* spelling)
      : doc_(doc), analyzer_(analyzer), lang_(std::move(lang)), spelling_(spelling) {}

  void add(std::string_view text, std::string_view field_prefix, Xapian::termcount weight) {
    const std::vector<Token> tokens = analyzer_.analyze(text);
    Xapian::termpos last = 0;
    for (const Token& token : tokens) {
      const Xapian::termpos pos = next_ + token.position;
      last = std::max(last, token.position);
      doc_.add_posting(token.text, pos, weight);
      if (!field_prefix.empty()) doc_.add_posting(prefixed(field_prefix, token.text), pos);
      const std::string stem = analyzer_.stem(token, lang_);
      if (!stem.empty()) {
        doc_.add_term(prefixed(kStemPrefix, stem), weight);
        if (!field_prefix.empty()) doc_.add_term(prefixed(std::string(kStemPrefix) + std::string(field_prefix), stem));
      }
      if (spelling_ && is_spelling_word(token.text)) spelling_->insert(token.text);
    }
    if (!tokens.empty()) next_ += last + kFieldGap;
  }

 private:
  Xapian::Document& doc_;
  const Analyzer& analyzer_;
  std::string lang_;
  std::set<std::string>* spelling_;
  Xapian::termpos next_ = 1;
};

}  // namespace

PreparedDocument prepare_document(const Record& record, const Analyzer& analyzer, const MappingOptions& options) {
  PreparedDocument out;
  Xapian::Document& doc = out.document;
  const std::string kind(kind_name(record.kind));
  // A record that does not say its language gets the detected one, if CLD2 is sure; the
  // configured default stems what is too short to tell.
  std::string known_lang = record.lang;
  if (known_lang.empty() && options.detect_language) {
    std::string sample = record.title;
    sample.append("\n").append(record.body, 0, 64 * 1024);
    known_lang = detect_language(sample);
  }
  const std::string lang =
      !known_lang.empty() && Analyzer::has_stemmer(known_lang) ? known_lang : options.default_lang;

  // The spelling dictionary is shared by every caller, so only public records feed it: a
  // "did you mean" must not reveal words of records the caller may not see.
  std::set<std::string> spelling;
  FieldIndexer fields(doc, analyzer, lang, options.spelling && record.acl.is_public ? &spelling : nullptr);
  fields.add(record.title, kTitlePrefix, kTitleWeight);
  fields.add(record.body, "", 1);
  for (const std::string& text : record.extra_text) fields.add(text, "", 1);
  out.spelling_words.assign(spelling.begin(), spelling.end());

  out.id_term = id_term(kind, record.id);
  doc.add_boolean_term(out.id_term);
  doc.add_boolean_term(prefixed(kKindPrefix, kind));
  for (const std::string& person : record.people) doc.add_boolean_term(bool_term(kPersonPrefix, person));
  if (!record.group.empty()) doc.add_boolean_term(bool_term(kGroupPrefix, record.group));
  if (!known_lang.empty()) doc.add_boolean_term(bool_term(kLangPrefix, known_lang));
  for (const std::string& tag : record.tags) doc.add_boolean_term(bool_term(kTagPrefix, tag));
  for (const std::string& person : record.mentions) doc.add_boolean_term(bool_term(kMentionPrefix, person));
  if (!record.thread.empty()) doc.add_boolean_term(bool_term(kThreadPrefix, record.thread));

  if (record.acl.is_public) doc.add_boolean_term(prefixed(kAclPrefix, kAclPublic));
  for (const std::string& group : record.acl.groups)
    doc.add_boolean_term(bool_term(kAclPrefix, std::string(kAclGroup) + group));
  for (const std::string& person : record.acl.persons)
    doc.add_boolean_term(bool_term(kAclPrefix, std::string(kAclPerson) + person));

  if (record.created) {
    doc.add_value(kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(*record.created)));
    const std::string year = format_rfc3339(*record.created).substr(0, 4);
    doc.add_boolean_term(prefixed(kYearPrefix, year));
    doc.add_value(kYearSlot, year);
  }
  if (record.updated) doc.add_value(kUpdatedSlot, Xapian::sortable_serialise(static_cast<double>(*record.updated)));
  doc.add_value(kKindSlot, kind);
  if (!known_lang.empty()) doc.add_value(kLangSlot, known_lang);
  if (!record.group.empty()) doc.add_value(kGroupSlot, record.group);
  if (!record.people.empty()) doc.add_value(kPeopleSlot, serialise_list(record.people));
  if (!record.thread.empty()) doc.add_value(kThreadSlot, bool_term(kThreadPrefix, record.thread));
  if (!record.mentions.empty()) doc.add_value(kMentionsSlot, serialise_list(record.mentions));
  if (!record.reply_to.empty()) doc.add_value(kReplyToSlot, id_term(kind, record.reply_to));

  doc.add_value(kIdTermSlot, out.id_term);

  nlohmann::json data = record.source_json;
  data["kind"] = kind;
  doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return out;
}

void set_origin(PreparedDocument& prepared, const std::string& source, const std::string& fingerprint) {
  prepared.document.add_boolean_term(prefixed(kSourcePrefix, source));
  prepared.document.add_value(kSourceSlot, source);
  prepared.document.add_value(kFingerprintSlot, fingerprint);
}

IndexWriter::IndexWriter(const std::string& path) {
  try {
    db_ = std::make_unique<Xapian::WritableDatabase>(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    throw Error(ErrorCode::kIndexLocked,
                "index " + path + " is locked by another kennis-index run (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kIo, "cannot open index " + path + " for writing: " + e.get_description());
  }
  const std::string version = db_->get_metadata(std::string(kAnalyzerVersionKey));
  const std::string ours = std::to_string(kAnalyzerVersion);
  if (!version.empty() && version != ours) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " was built with analyser version " + version + ", this kennis-index uses " +
                    ours + ": index into a new directory (a full rebuild) instead");
  }
  if (version.empty() && db_->get_doccount() > 0) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " holds documents but no kennis analyser version: it was not made by kennis-index");
  }
}

IndexWriter::~IndexWriter() {
  if (in_transaction_) {
    try {
      db_->cancel_transaction();
    } catch (const Xapian::Error&) {
      // Nothing to do: the last committed revision stays as it was either way.
    }
  }
}

void IndexWriter::begin() {
  if (in_transaction_) return;
  db_->begin_transaction(true);
  in_transaction_ = true;
  db_->set_metadata(std::string(kAnalyzerVersionKey), std::to_string(kAnalyzerVersion));
  db_->set_metadata(std::string(kLayoutVersionKey), std::to_string(kLayoutVersion));
}

void IndexWriter::put(PreparedDocument&& prepared) {
  try {
    begin();
    const bool exists = db_->term_exists(prepared.id_term);
    db_->replace_document(prepared.id_term, prepared.document);
    // Spelling words are counted here and handed to Xapian in bulk (flush_spelling): one
    // add_spelling() per distinct word instead of one per word of every document.
    for (std::string& word : prepared.spelling_words) ++spelling_[std::move(word)];
    if (spelling_.size() >= kSpellingBuffer) flush_spelling();
    ++(exists ? stats_.replaced : stats_.added);
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kIo, "writing " + prepared.id_term.substr(kIdPrefix.size()) + ": " + e.get_description());
  }
}

bool IndexWriter::remove(std::string_view kind, std::string_view id) { return remove_term(id_term(kind, id)); }

bool IndexWriter::remove_term(const std::string& term) {
  try {
    begin();
    if (!db_->term_exists(term)) return false;
    db_->delete_document(term);
    ++stats_.deleted;
    return true;
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kIo, "deleting " + term.substr(kIdPrefix.size()) + ": " + e.get_description());
  }
}

void IndexWriter::flush_spelling() {
  for (const auto& [word, count] : spelling_) db_->add_spelling(word, count);
  spelling_.clear();
}

void IndexWriter::commit() {
  try {
    begin();  // an empty run still records the versions, so searchd can open the index
    flush_spelling();
    db_->commit_transaction();
    in_transaction_ = false;
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kIo, "commit failed: " + e.get_description());
  }
}

std::unordered_map<std::string, std::string> IndexWriter::fingerprints(const std::string& source) const {
  std::unordered_map<std::string, std::string> out;
  try {
    const std::string term = prefixed(kSourcePrefix, source);
    Xapian::ValueIterator ids = db_->valuestream_begin(kIdTermSlot);
    Xapian::ValueIterator prints = db_->valuestream_begin(kFingerprintSlot);
    const Xapian::ValueIterator ids_end = db_->valuestream_end(kIdTermSlot);
    const Xapian::ValueIterator prints_end = db_->valuestream_end(kFingerprintSlot);
    for (auto it = db_->postlist_begin(term); it != db_->postlist_end(term); ++it) {
      if (ids != ids_end) ids.skip_to(*it);
      if (prints != prints_end) prints.skip_to(*it);
      if (ids == ids_end || ids.get_docid() != *it) continue;
      const bool has_print = prints != prints_end && prints.get_docid() == *it;
      out.emplace(*ids, has_print ? *prints : std::string());
    }
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kIo, "reading the state of source " + source + ": " + e.get_description());
  }
  return out;
}

Xapian::doccount IndexWriter::document_count() const { return db_->get_doccount(); }

}  // namespace kennis
