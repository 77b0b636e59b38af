// Searcher: sessions of (database, analyser), access filtering, facets, snippets, spelling.
#include "kennis/searcher.h"
#include "json_fields.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>

#include "kennis/error.h"
#include "kennis/index_location.h"
#include "kennis/people.h"
#include "kennis/schema.h"
#include "query_language.h"
#include "snippets.h"

namespace kennis {
namespace {

using Q = Xapian::Query;

// Counts each of several values of a slot (serialise_list), e.g. every author of a document.
class ListCountSpy : public Xapian::MatchSpy {
 public:
  explicit ListCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double) override {
    for (const std::string& v : layout::unserialise_list(doc.get_value(slot_))) ++counts_[v];
  }
  std::string name() const override { return "kennis.ListCountSpy"; }
  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, Xapian::doccount> counts_;
};

struct FacetSpec {
  const char* name;
  Xapian::valueno slot;
  bool list;
};

const FacetSpec kFacets[] = {
    {"kind", layout::kKindSlot, false},     {"lang", layout::kLangSlot, false},
    {"group", layout::kGroupSlot, false},   {"author", layout::kPeopleSlot, true},
    {"year", layout::kYearSlot, false},
};
constexpr size_t kFacetValues = 10;

std::vector<FacetValue> top_values(std::vector<FacetValue> values) {
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (values.size() > kFacetValues) values.resize(kFacetValues);
  return values;
}

// The records `caller` may see: OR of their access terms. Terms no record of `db` has are left
// out: they cannot match, and Xapian 1.4 pays more for a missing term's posting list than for a
// present one: 500 groups that no record names made the matcher 10.8x slower than no filter,
// and 1.3x with the pruning (bench/RESULTS.md, "Access filtering").
Q access_query(const Caller& caller, const Xapian::Database& db) {
  std::vector<std::string> terms{std::string(layout::kAclPrefix) + std::string(layout::kAclPublic)};
  for (const std::string& group : caller.groups)
    terms.push_back(layout::bool_term(layout::kAclPrefix, std::string(layout::kAclGroup) + group));
  if (!caller.person.empty())
    terms.push_back(layout::bool_term(layout::kAclPrefix, std::string(layout::kAclPerson) + caller.person));
  for (const std::string& alias : caller.aliases)
    terms.push_back(layout::bool_term(layout::kAclPrefix, std::string(layout::kAclPerson) + alias));
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  terms.erase(std::remove_if(terms.begin(), terms.end(), [&](const std::string& t) { return !db.term_exists(t); }),
              terms.end());
  if (terms.empty()) return Q::MatchNothing;
  return Q(Q::OP_OR, terms.begin(), terms.end());
}


}  // namespace

// A database handle and an analyser, used by one thread at a time.
struct Searcher::Session {
  std::optional<Xapian::Database> db;
  std::string opened;  // the directory db was opened from (index_location.h)
  Analyzer analyzer;
};

class Searcher::Pool {
 public:
  std::unique_ptr<Session> acquire() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (free_.empty()) return std::make_unique<Session>();
    std::unique_ptr<Session> s = std::move(free_.back());
    free_.pop_back();
    return s;
  }
  void release(std::unique_ptr<Session> s) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(s));
  }

 private:
  std::mutex mutex_;
  std::vector<std::unique_ptr<Session>> free_;
};

namespace {

void check_version(const Xapian::Database& db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(layout::kAnalyzerVersionKey));
  const std::string ours = std::to_string(kAnalyzerVersion);
  if (version != ours) {
    throw Error(ErrorCode::kIndexIncompatible,
                version.empty() ? "index " + path + " was not made by kennis-index (no analyser version)"
                                : "index " + path + " was built with analyser version " + version +
                                      " but this searchd uses version " + ours + "; rebuild it with kennis-index");
  }
  // Queries are split with the installed dictionaries: they must be those the index was made with.
  const std::string data = db.get_metadata(std::string(layout::kAnalysisDataKey));
  if (data != analysis_data_id()) {
    throw Error(ErrorCode::kIndexIncompatible,
                "index " + path + " was made with other compound dictionaries (" + (data.empty() ? "none" : data) +
                    ") than this searchd has (" + (analysis_data_id().empty() ? "none" : analysis_data_id()) +
                    "); rebuild it with kennis-index --rebuild");
  }
}

// Opens or refreshes the session's database; maps Xapian's errors to ours. A rebuild that
// switched the index to a new generation is followed by opening that generation afresh.
void refresh(std::optional<Xapian::Database>& db, std::string& opened, const std::string& path) {
  try {
    const std::string target = resolve_index(path);
    if (db && target != opened) db.reset();
    if (!db) {
      db.emplace(target);
      opened = target;
      check_version(*db, path);
    } else if (db->reopen()) {
      check_version(*db, path);
    }
  } catch (const Xapian::DatabaseNotFoundError&) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "no index at " + path + " yet; build one with kennis-index");
  } catch (const Xapian::Error& e) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "index " + path + " cannot be opened: " + e.get_description());
  } catch (const Error&) {
    db.reset();
    throw;
  }
}

// Runs `work` on a fresh view of the index, retrying once if a commit overtook it.
template <typename Work>
auto with_database(Searcher::Session& session, const std::string& path, Work&& work) {
  std::optional<Xapian::Database>& db = session.db;
  refresh(db, session.opened, path);
  try {
    try {
      return work(*db);
    } catch (const Xapian::DatabaseModifiedError&) {
      db->reopen();
      return work(*db);
    }
  } catch (const Xapian::DatabaseCorruptError& e) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "index " + path + " is corrupt: " + e.get_description());
  } catch (const Xapian::Error& e) {
    db.reset();
    throw Error(ErrorCode::kIndexUnavailable, "reading index " + path + " failed: " + e.get_description());
  }
}

// Records where the query's words stand together, in order and at most two other words
// apart, rank above records that merely contain them somewhere: what people type is often
// a phrase of what they look for ("send a message to a message queue"). The boost is the
// words' own BM25 weight once more, scaled by `weight`.
std::optional<Q> proximity_query(const BuiltQuery& built, double weight) {
  constexpr size_t kMaxWords = 12, kSlack = 2;
  std::vector<std::string> exact;
  for (const BuiltQuery::Word& w : built.words)
    if (std::find(w.terms.begin(), w.terms.end(), w.token) != w.terms.end()) exact.push_back(w.token);  // not title:
  if (weight <= 0 || exact.size() < 2 || exact.size() > kMaxWords) return std::nullopt;
  return Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_PHRASE, exact.begin(), exact.end(), static_cast<Xapian::termcount>(exact.size() + kSlack)),
           weight);
}

class SessionLease {
 public:
  SessionLease(std::unique_ptr<Searcher::Session> s, std::function<void(std::unique_ptr<Searcher::Session>)> back)
      : s_(std::move(s)), back_(std::move(back)) {}
  ~SessionLease() { back_(std::move(s_)); }
  Searcher::Session& operator*() { return *s_; }
  Searcher::Session* operator->() { return s_.get(); }

 private:
  std::unique_ptr<Searcher::Session> s_;
  std::function<void(std::unique_ptr<Searcher::Session>)> back_;
};

}  // namespace

Searcher::Searcher(SearcherConfig config) : config_(std::move(config)), pool_(std::make_unique<Pool>()) {}
Searcher::~Searcher() = default;

void check_paging(const SearcherConfig& config, uint32_t page, uint32_t size) {
  if (size < 1 || size > config.max_page_size)
    throw Error(ErrorCode::kInvalidParameter, "size must be between 1 and " + std::to_string(config.max_page_size), "size");
  if (page < 1 || page > config.max_page)
    throw Error(ErrorCode::kInvalidParameter, "page must be between 1 and " + std::to_string(config.max_page), "page");
  const uint64_t deepest = uint64_t{page} * size;
  if (deepest > config.max_result_window)
    throw Error(ErrorCode::kInvalidParameter,
                "page " + std::to_string(page) + " of size " + std::to_string(size) + " reaches hit " +
                    std::to_string(deepest) + "; page * size may be at most " + std::to_string(config.max_result_window) +
                    " (narrow the query to see further)",
                "page");
}

SearchResult Searcher::search(const SearchRequest& request, const Caller& caller) const {
  const auto started = std::chrono::steady_clock::now();
  check_paging(config_, request.page, request.size);
  for (const std::string& facet : request.facets) {
    if (std::none_of(std::begin(kFacets), std::end(kFacets), [&](const FacetSpec& f) { return facet == f.name; }))
      throw Error(ErrorCode::kInvalidParameter, "unknown facet '" + facet + "'; use kind, lang, group, author or year",
                  "facets");
  }
  const QueryAst ast = parse_query(request.q, config_.query_limits);

  SessionLease session(pool_->acquire(), [this](std::unique_ptr<Session> s) { pool_->release(std::move(s)); });
  BuildOptions options;
  options.stem_languages = request.langs.empty() ? config_.languages : request.langs;
  options.default_op = request.default_op;
  // Caller-preferred languages (Accept-Language) that kennis can stem join the candidates.
  std::vector<std::string> candidates = options.stem_languages;
  std::vector<std::string> hints;
  for (const std::string& lang : request.preferred_langs) {
    if (!Analyzer::has_stemmer(lang)) continue;
    hints.push_back(lang);
    if (request.langs.empty() && std::find(candidates.begin(), candidates.end(), lang) == candidates.end())
      candidates.push_back(lang);
  }
  bool languages_decided = false;
  BuiltQuery built;

  std::optional<Q> kinds_filter;
  if (!request.kinds.empty()) {
    std::vector<Q> kinds;
    for (Kind k : request.kinds) kinds.emplace_back(std::string(layout::kKindPrefix) + std::string(kind_name(k)));
    kinds_filter = Q(Q::OP_OR, kinds.begin(), kinds.end());
  }

  SearchResult result;
  result.query = request.q;
  result.page = request.page;
  result.size = request.size;

  Xapian::MultiValueKeyMaker newest_first;
  newest_first.add_value(layout::kCreatedSlot, /*reverse=*/true);
  newest_first.add_value(layout::kIdTermSlot);
  with_database(*session, config_.index_path, [&](Xapian::Database& db) {
    const Q access = access_query(caller, db);
    const Q filter = kinds_filter ? Q(Q::OP_AND, access, *kinds_filter) : access;
    if (request.langs.empty()) {
      // The request names no language: the index decides among the candidates.
      const detail::QueryLanguages chosen =
          detail::choose_query_languages(ast, session->analyzer, db, candidates, hints, config_.query_languages);
      options.stem_languages = chosen.stem_languages;
      languages_decided = chosen.decided;
    }
    options.compound_languages.clear();
    options.stopword_languages.clear();
    if (languages_decided || !request.langs.empty()) {
      for (const std::string& lang : options.stem_languages)
        if (Analyzer::splits_compounds(lang)) options.compound_languages.push_back(lang);
      options.stopword_languages = options.stem_languages;
    }
    built = build_query(ast, session->analyzer, options);
    // When the query's language is known, records in it get a small bonus: of two equally
    // good matches, the one the caller can read comes first.
    Xapian::ValueMapPostingSource language_bonus(layout::kLangSlot);
    const bool bonus = (languages_decided || !request.langs.empty()) && config_.language_bonus > 0;
    if (bonus)
      for (const std::string& lang : options.stem_languages) language_bonus.add_mapping(lang, config_.language_bonus);
    auto run = [&](const Q& text_query, Xapian::MSet& mset, std::vector<std::unique_ptr<Xapian::MatchSpy>>& spies) {
      Xapian::Enquire enquire(db);
      Q ranked = text_query;
      if (bonus && built.has_text) ranked = Q(Q::OP_AND_MAYBE, ranked, Q(&language_bonus));
      if (const auto near = proximity_query(built, config_.proximity_weight)) ranked = Q(Q::OP_AND_MAYBE, ranked, *near);
      enquire.set_query(Q(Q::OP_FILTER, ranked, filter));
      if (config_.query_time_limit > 0) enquire.set_time_limit(config_.query_time_limit);
      if (request.sort == SortOrder::kDate || !built.has_text) {
        // Newest first; equal dates by relevance, then by the unique id.
        enquire.set_sort_by_key_then_relevance(&newest_first, false);
      }
      if (request.sort != SortOrder::kDate && built.has_text) {
        // Equal scores are ordered by the unique id, so answers do not depend on indexing order.
        enquire.set_sort_by_relevance_then_value(layout::kIdTermSlot, false);
      }
      spies.clear();
      for (const std::string& name : request.facets) {
        const FacetSpec& spec = *std::find_if(std::begin(kFacets), std::end(kFacets),
                                              [&](const FacetSpec& f) { return name == f.name; });
        if (spec.list) spies.push_back(std::make_unique<ListCountSpy>(spec.slot));
        else spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(spec.slot));
        enquire.add_matchspy(spies.back().get());
      }
      mset = enquire.get_mset((request.page - 1) * request.size, request.size,
                              request.facets.empty() ? 0 : config_.facet_sample);
    };

    Xapian::MSet mset;
    std::vector<std::unique_ptr<Xapian::MatchSpy>> spies;
    run(built.query, mset, spies);
    if (mset.get_matches_estimated() == 0 && built.has_text && request.default_op == Q::OP_AND &&
        built.words.size() > 1) {
      // Nothing has every word: rank by any word instead, and say so.
      BuildOptions relaxed = options;
      relaxed.default_op = Q::OP_OR;
      built = build_query(ast, session->analyzer, relaxed);
      run(built.query, mset, spies);
      result.relaxed = true;
    }

    result.total = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    for (size_t i = 0; i < request.facets.size(); ++i) {
      Facet facet;
      facet.name = request.facets[i];
      std::vector<FacetValue> values;
      if (auto* list = dynamic_cast<ListCountSpy*>(spies[i].get())) {
        for (const auto& [value, count] : list->counts()) values.push_back({value, count});
      } else {
        auto* counts = static_cast<Xapian::ValueCountMatchSpy*>(spies[i].get());
        for (auto it = counts->values_begin(); it != counts->values_end(); ++it)
          values.push_back({*it, it.get_termfreq()});
      }
      facet.values = top_values(std::move(values));
      result.facets.push_back(std::move(facet));
    }

    const detail::HighlightTerms terms(built.highlight_terms.begin(), built.highlight_terms.end());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document doc = it.get_document();
      nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
      if (!data.is_object()) data = nlohmann::json::object();
      Hit hit;
      hit.kind = parse_kind(detail::json_text(data, "kind")).value_or(Kind::kPost);
      hit.id = detail::json_text(data, "id");
      hit.title = detail::json_text(data, "title");
      if (hit.title.empty()) hit.title = detail::json_text(data, "name");
      hit.url = detail::json_text(data, "url");
      hit.lang = doc.get_value(layout::kLangSlot);
      hit.group = doc.get_value(layout::kGroupSlot);
      hit.people = layout::unserialise_list(doc.get_value(layout::kPeopleSlot));
      if (const std::string created = doc.get_value(layout::kCreatedSlot); !created.empty())
        hit.created = static_cast<int64_t>(Xapian::sortable_unserialise(created));
      hit.score = it.get_weight();
      std::string body = detail::json_text(data, "body");
      if (body.empty()) body = detail::json_text(data, "about");
      const std::string lang = hit.lang.empty() ? options.stem_languages.front() : hit.lang;
      const detail::Passage title = detail::highlight(hit.title, session->analyzer, lang, terms, detail::kWholeText);
      const detail::Passage snippet = detail::highlight(body, session->analyzer, lang, terms, config_.snippet_bytes);
      hit.title_html = detail::to_html(title);
      hit.title_highlights = to_highlights(title.text, title.marks);
      hit.snippet = snippet.text;
      hit.snippet_html = detail::to_html(snippet);
      hit.snippet_highlights = to_highlights(snippet.text, snippet.marks);
      result.hits.push_back(std::move(hit));
    }

    // "Did you mean": words the caller's records do not have, replaced by the closest known
    // word. A word that only records hidden from the caller have counts as unknown (issue 6):
    // leaving it uncorrected would tell that it exists. The dictionary is fed by public records
    // only, and a suggestion is offered only if a record the caller may see has it.
    if (built.has_text) {
      std::string suggestion = request.q;
      bool changed = false;
      // Public records first: one posting list instead of the caller's (maybe hundreds of)
      // groups, and where dictionary words are found.
      Xapian::Enquire seen(db);
      seen.set_weighting_scheme(Xapian::BoolWeight());
      const Q public_records(std::string(layout::kAclPrefix) + std::string(layout::kAclPublic));
      auto known = [&](const std::vector<std::string>& terms) {
        std::vector<std::string> present;
        for (const std::string& t : terms)
          if (db.term_exists(t)) present.push_back(t);
        if (present.empty()) return false;
        const Q word(Q::OP_OR, present.begin(), present.end());
        for (const Q* scope : {&public_records, &access}) {
          seen.set_query(Q(Q::OP_FILTER, word, *scope));
          if (!seen.get_mset(0, 1).empty()) return true;
        }
        return false;
      };
      for (auto w = built.words.rbegin(); w != built.words.rend(); ++w) {
        if (known(w->terms)) continue;
        const std::string better = db.get_spelling_suggestion(w->token, 2);
        if (better.empty() || better == w->token) continue;
        // The dictionary only grows: its word may be from a record that is hidden from the
        // caller now (shared with a group since, or deleted). Offer only words they can find.
        if (!known({better})) continue;
        suggestion.replace(w->start, w->end - w->start, better);
        changed = true;
      }
      if (changed) result.suggestion = suggestion;
    }
    return 0;
  });
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

nlohmann::json Searcher::get_document(Kind kind, const std::string& id, const Caller& caller) const {
  SessionLease session(pool_->acquire(), [this](std::unique_ptr<Session> s) { pool_->release(std::move(s)); });
  return with_database(*session, config_.index_path, [&](Xapian::Database& db) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Q(Q::OP_FILTER, Q(layout::id_term(kind_name(kind), id)), access_query(caller, db)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty())
      throw Error(ErrorCode::kDocumentNotFound, "no " + std::string(kind_name(kind)) + " with id '" + id + "'", "id");
    return nlohmann::json::parse(mset.begin().get_document().get_data());
  });
}

void Searcher::with_index(const Caller& caller, const IndexWork& work) const {
  SessionLease session(pool_->acquire(), [this](std::unique_ptr<Session> s) { pool_->release(std::move(s)); });
  with_database(*session, config_.index_path, [&](Xapian::Database& db) {
    work(db, session->analyzer, access_query(caller, db));
    return 0;
  });
}

std::shared_ptr<const PeopleDirectory> Searcher::people(const Xapian::Database& db, const Analyzer& analyzer) const {
  const std::string key = db.get_uuid() + "@" + std::to_string(db.get_revision());
  std::lock_guard<std::mutex> lock(people_mutex_);
  if (!people_ || key != people_key_) {
    people_ = PeopleDirectory::load(db, analyzer);
    people_key_ = key;
  }
  return people_;
}

Caller Searcher::caller_for(std::string_view user) const {
  Caller caller;
  caller.person = std::string(user);
  SessionLease session(pool_->acquire(), [this](std::unique_ptr<Session> s) { pool_->release(std::move(s)); });
  with_database(*session, config_.index_path, [&](Xapian::Database& db) {
    const std::shared_ptr<const PeopleDirectory> directory = people(db, session->analyzer);
    if (const Person* person = directory->resolve(user)) {
      caller.person = person->id;
      caller.groups = person->groups;
      caller.aliases = person->keys;
    }
    return 0;
  });
  return caller;
}

IndexStatus Searcher::status() const {
  IndexStatus status;
  SessionLease session(pool_->acquire(), [this](std::unique_ptr<Session> s) { pool_->release(std::move(s)); });
  try {
    with_database(*session, config_.index_path, [&](Xapian::Database& db) {
      status.documents = db.get_doccount();
      status.revision = db.get_revision();
      status.analyzer_version = std::atoi(db.get_metadata(std::string(layout::kAnalyzerVersionKey)).c_str());
      return 0;
    });
    status.ok = true;
  } catch (const Error& e) {
    status.message = e.what();
  }
  return status;
}

}  // namespace kennis
