/// @file searcher.h
/// Ranked search over an index: request in, hits, facets, snippets and suggestions out.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/document.h"
#include "kennis/highlight.h"
#include "kennis/query.h"

namespace kennis {

/// Who is asking. Access is part of the Xapian query: a caller sees public records, records
/// shared with one of `groups`, and records shared with `person` or one of `aliases`.
struct Caller {
  std::string person;               ///< empty for anonymous callers and tools acting for groups
  std::vector<std::string> groups;
  std::vector<std::string> aliases; ///< the person's other ids (e-mail, each source's user id)
};

class PeopleDirectory;

enum class SortOrder { kRelevance, kDate };

/// A search, as parsed from the API.
struct SearchRequest {
  std::string q;
  std::vector<Kind> kinds;           ///< empty: all kinds
  uint32_t page = 1;                 ///< 1-based
  uint32_t size = 10;
  SortOrder sort = SortOrder::kRelevance;
  std::vector<std::string> facets{"kind", "lang", "group", "author", "year"};
  std::vector<std::string> langs;    ///< the query's languages, when the caller names them
  /// Languages the caller reads, best first (Accept-Language): a prior for the query's
  /// language when `langs` is empty.
  std::vector<std::string> preferred_langs;
  Xapian::Query::op default_op = Xapian::Query::OP_AND;
};

struct Hit {
  Kind kind = Kind::kPost;
  std::string id;
  std::string title;
  std::string url;
  std::string lang;
  std::string group;
  std::vector<std::string> people;
  std::optional<int64_t> created;
  double score = 0;                  ///< Xapian weight; comparable within one answer only
  std::string title_html;            ///< title, HTML-escaped, matches in <mark>
  std::string snippet;               ///< best passage of the body as plain text (what snippet_html shows)
  std::string snippet_html;          ///< snippet, HTML-escaped, matches in <mark>
  /// The spans that title_html and snippet_html mark, as offsets into title and snippet.
  std::vector<Highlight> title_highlights;
  std::vector<Highlight> snippet_highlights;
};

struct FacetValue {
  std::string value;
  uint64_t count = 0;
};

struct Facet {
  std::string name;
  std::vector<FacetValue> values;    ///< by count, descending, then value
};

struct SearchResult {
  std::string query;
  uint64_t total = 0;                ///< estimate of matching, visible records
  bool total_exact = false;
  uint32_t page = 1;
  uint32_t size = 10;
  std::vector<Hit> hits;
  std::vector<Facet> facets;
  std::optional<std::string> suggestion;  ///< "did you mean" query text
  bool relaxed = false;              ///< no record had every word; any word was then enough
  double took_ms = 0;
};

/// State of the index as searchd sees it.
struct IndexStatus {
  bool ok = false;
  std::string message;               ///< why not ok
  uint64_t documents = 0;
  uint64_t revision = 0;
  int analyzer_version = 0;
};

/// How the languages of a query that names none are chosen (core/search/query_language.cc).
struct QueryLanguageOptions {
  /// A candidate language is dropped when the query is this many times less likely in it
  /// than in the best fitting one.
  double margin = 20.0;
  /// Likelihood factor for languages the caller reads (Accept-Language) or CLD2 reports.
  double hint_factor = 8.0;
};

struct SearcherConfig {
  std::string index_path;
  /// The index's main languages: stems of a query word in each of these are matched unless the
  /// request names its languages.
  std::vector<std::string> languages{"en", "nl", "fr", "de"};
  uint32_t max_page_size = 100;
  uint32_t max_page = 1000;
  /// Best matches looked at to count facets: counts are exact up to this many matches and a
  /// sample of the best ones beyond (the cost of facets grows with it).
  Xapian::doccount facet_sample = 2000;
  size_t snippet_bytes = 240;
  /// How queries of unknown language are stemmed (see core/search/query_language.cc).
  QueryLanguageOptions query_languages;
  /// Weight added to records in the query's language once it is known (a BM25 term weighs
  /// about 1 to 10); 0 turns the preference off.
  double language_bonus = 0.5;
  /// Scale of the extra weight of records where the query's words stand close together, in
  /// order (0: off).
  double proximity_weight = 0.5;
  QueryLimits query_limits;
};

/// Runs searches. Thread-safe: each call takes a (database, analyser) session from a pool, so
/// no Xapian handle is ever used by two threads, and reopens it to see the latest commit.
/// Throws Error: kInvalidQuery / kInvalidParameter for bad requests, kIndexUnavailable when the
/// index is missing or unreadable, kIndexIncompatible when another analyser version made it.
class Searcher {
 public:
  explicit Searcher(SearcherConfig config);
  ~Searcher();

  SearchResult search(const SearchRequest& request, const Caller& caller) const;
  /// The stored record with "kind" added; throws kDocumentNotFound when it does not exist or
  /// the caller may not see it (the two are indistinguishable on purpose).
  nlohmann::json get_document(Kind kind, const std::string& id, const Caller& caller) const;
  /// Never throws.
  IndexStatus status() const;

  /// Runs `work` on a fresh view of the index with a session's analyser and the caller's access
  /// filter (a query every record the caller may see matches), for models built on the same
  /// index, sessions and access rules (experts.h). `work` runs again from the start if a commit
  /// overtook it, so it must not keep state between runs. Throws what search() throws for an
  /// unavailable index; Xapian errors in `work` become kIndexUnavailable.
  using IndexWork = std::function<void(const Xapian::Database& db, const Analyzer& analyzer,
                                       const Xapian::Query& access)>;
  void with_index(const Caller& caller, const IndexWork& work) const;

  /// The identity directory of the index as it is now (people.h): built on first use and
  /// again whenever the index changes, so group memberships follow the indexed sources.
  std::shared_ptr<const PeopleDirectory> people(const Xapian::Database& db, const Analyzer& analyzer) const;
  /// The caller that `user` is: `user` may be any id of a person (e-mail, profile id,
  /// person_id, a source's user id); the caller gets all the person's ids and the groups of all
  /// their profiles. A user the directory does not know is a caller with that id and no groups.
  /// Throws what search() throws for an unavailable index.
  Caller caller_for(std::string_view user) const;

  const SearcherConfig& config() const { return config_; }

  struct Session;  ///< opaque: a database handle and an analyser used by one thread at a time

 private:
  class Pool;
  SearcherConfig config_;
  std::unique_ptr<Pool> pool_;
  mutable std::mutex people_mutex_;
  mutable std::string people_key_;  // uuid@revision of the index people_ was built from
  mutable std::shared_ptr<const PeopleDirectory> people_;
};

}  // namespace kennis
