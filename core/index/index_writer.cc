// Record -> Xapian::Document following schema.h, and the single writer of an index.
#include "kennis/index_writer.h"

#include <algorithm>
#include <set>

#include "kennis/error.h"
#include "kennis/schema.h"
#include "stored_record.h"

namespace kennis {
namespace {

using namespace layout;

std::string prefixed(std::string_view prefix, std::string_view text) {
  std::string term(prefix);
  term += text;
  return term;
}

// Fields shorter than this are stemmed in the record's language: CLD2 cannot tell reliably.
constexpr size_t kFieldDetectionBytes = 120;

bool is_spelling_word(const std::string& text) {
  if (text.size() < 3) return false;
  return std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Indexes one text field starting at word position `first`; returns the position after it.
class FieldIndexer {
 public:
  FieldIndexer(Xapian::Document& doc, const Analyzer& analyzer, std::string lang, bool compounds,
               std::set<std::string>* spelling)
      : doc_(doc), analyzer_(analyzer), record_lang_(std::move(lang)), compounds_(compounds), spelling_(spelling) {}

  /// What add() found in a field, for the stored record (highlighting without analysing again).
  struct Words {
    std::string lang;
    std::vector<Token> tokens;
    std::vector<std::string> stems;
  };

  /// `lang`: the field's own language when it differs from the record's. With `words`, the
  /// tokens and their stems are kept there.
  void add(std::string_view text, std::string_view field_prefix, Xapian::termcount weight,
           const std::string& lang = {}, Words* words = nullptr) {
    const std::string& lang_ = lang.empty() ? record_lang_ : lang;
    std::vector<Token> tokens = analyzer_.analyze(text, compounds_ ? lang_ : std::string());
    if (words) {
      words->lang = lang_;
      words->stems.reserve(tokens.size());
    }
    Xapian::termpos last = 0;
    for (const Token& token : tokens) {
      const Xapian::termpos pos = next_ + token.position;
      last = std::max(last, token.position);
      doc_.add_posting(token.text, pos, weight);
      if (!field_prefix.empty()) doc_.add_posting(prefixed(field_prefix, token.text), pos);
      std::string stem = analyzer_.stem(token, lang_);
      if (!stem.empty()) {
        doc_.add_term(stem_term("", lang_, stem), weight);
        if (!field_prefix.empty()) doc_.add_term(stem_term(field_prefix, lang_, stem));
      }
      if (spelling_ && is_spelling_word(token.text)) spelling_->insert(token.text);
      if (words) words->stems.push_back(std::move(stem));
    }
    if (!tokens.empty()) next_ += last + kFieldGap;
    if (words) words->tokens = std::move(tokens);
  }

 private:
  Xapian::Document& doc_;
  const Analyzer& analyzer_;
  std::string record_lang_;
  bool compounds_;
  std::set<std::string>* spelling_;
  Xapian::termpos next_ = 1;
};

}  // namespace

std::string MappingOptions::key() const {
  return default_lang + "/" + std::to_string(layout::kLayoutVersion) + (spelling ? "/s" : "/-") +
         (detect_language ? "d" : "-") + (compounds ? "c" : "-") + "/" + stem_language;
}

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
  const std::string lang = !options.stem_language.empty()                              ? options.stem_language
                           : !known_lang.empty() && Analyzer::has_stemmer(known_lang) ? known_lang
                                                                                      : options.default_lang;

  // The spelling dictionary is shared by every caller, so only public records feed it: a
  // "did you mean" must not reveal words of records the caller may not see.
  std::set<std::string> spelling;
  FieldIndexer fields(doc, analyzer, lang, options.compounds,
                      options.spelling && record.acl.is_public ? &spelling : nullptr);
  // A record that names no language may mix them: a field long enough to tell (a long title,
  // a profile's "about") is stemmed in its own language when CLD2 is sure of it. The body
  // dominates the record's sample, so it has the record's language already.
  auto field_lang = [&](std::string_view text) -> std::string {
    if (!record.lang.empty() || !options.detect_language || !options.stem_language.empty() ||
        text.size() < kFieldDetectionBytes)
      return {};
    std::string detected = detect_language(text);
    return Analyzer::has_stemmer(detected) ? detected : std::string();
  };
  FieldIndexer::Words title_words, body_words;
  fields.add(record.title, kTitlePrefix, kTitleWeight, field_lang(record.title), &title_words);
  fields.add(record.body, "", 1, {}, &body_words);
  for (const std::string& text : record.extra_text) fields.add(text, "", 1, field_lang(text));
  out.spelling_words.assign(spelling.begin(), spelling.end());

  out.id_term = id_term(kind, record.id);
  doc.add_boolean_term(out.id_term);
  doc.add_boolean_term(kind_term(record.kind));
  for (const std::string& person : record.people) doc.add_boolean_term(person_term(person));
  if (!record.group.empty()) doc.add_boolean_term(bool_term(kGroupPrefix, record.group));
  if (!known_lang.empty()) doc.add_boolean_term(bool_term(kLangPrefix, known_lang));
  for (const std::string& tag : record.tags) doc.add_boolean_term(bool_term(kTagPrefix, tag));
  for (const std::string& person : record.mentions) doc.add_boolean_term(bool_term(kMentionPrefix, person));
  if (!record.thread.empty()) doc.add_boolean_term(bool_term(kThreadPrefix, record.thread));

  if (record.acl.is_public) doc.add_boolean_term(public_access_term());
  for (const std::string& group : record.acl.groups) doc.add_boolean_term(group_access_term(group));
  for (const std::string& person : record.acl.persons) doc.add_boolean_term(person_access_term(person));

  // Every facet value in one slot, so counting facets reads one value per match.
  std::vector<std::string> facets{facet_entry(FacetField::kKind, kind)};
  if (!known_lang.empty()) facets.push_back(facet_entry(FacetField::kLang, known_lang));
  if (!record.group.empty()) facets.push_back(facet_entry(FacetField::kGroup, record.group));
  for (const std::string& person : record.people) facets.push_back(facet_entry(FacetField::kAuthor, person));
  if (record.created) {
    doc.add_value(kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(*record.created)));
    const std::string year = format_rfc3339(*record.created).substr(0, 4);
    doc.add_boolean_term(year_term(year));
    doc.add_value(kYearSlot, year);
    facets.push_back(facet_entry(FacetField::kYear, year));
  }
  doc.add_value(kFacetsSlot, serialise_list(facets));
  if (record.updated) doc.add_value(kUpdatedSlot, Xapian::sortable_serialise(static_cast<double>(*record.updated)));
  doc.add_value(kKindSlot, kind);
  if (!known_lang.empty()) doc.add_value(kLangSlot, known_lang);
  if (!record.group.empty()) doc.add_value(kGroupSlot, record.group);
  if (!record.people.empty()) doc.add_value(kPeopleSlot, serialise_list(record.people));

  doc.add_value(kIdTermSlot, out.id_term);
  if (record.kind != Kind::kProfile) {
    ItemValues item;
    item.is_document = record.kind == Kind::kDocument;
    item.people = record.people;
    item.mentions = record.mentions;
    if (!record.thread.empty()) item.thread = bool_term(kThreadPrefix, record.thread);
    if (!record.reply_to.empty()) item.reply_to = id_term(kind, record.reply_to);
    item.id_term = out.id_term;
    item.created = record.created;
    doc.add_value(kItemSlot, serialise_item(item));
  }

  StoredRecordWriter stored(record);
  stored.set_title({title_words.lang, &title_words.tokens, &title_words.stems});
  stored.set_body({body_words.lang, &body_words.tokens, &body_words.stems});
  doc.set_data(stored.encode(analyzer, lang, options.compounds));
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
  const std::string data = db_->get_metadata(std::string(kAnalysisDataKey));
  if (!version.empty() && data != analysis_data_id()) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " was split into compounds with other dictionaries (" + (data.empty() ? "none" : data) +
                    ", installed now: " + (analysis_data_id().empty() ? "none" : analysis_data_id()) +
                    "): index into a new directory (a full rebuild) instead");
  }
  const std::string layout = db_->get_metadata(std::string(kLayoutVersionKey));
  if (!version.empty() && layout != std::to_string(kLayoutVersion)) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " has index layout version " + (layout.empty() ? "(none)" : layout) +
                    ", this kennis-index writes version " + std::to_string(kLayoutVersion) +
                    ": index into a new directory (a full rebuild) instead");
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
  db_->set_metadata(std::string(kAnalysisDataKey), analysis_data_id());
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
