/// @file searcher.h
/// Ranked search over an index: request in, hits, facets, snippets and suggestions out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/document.h"
#include "kennis/highlight.h"
#include "kennis/index_reader.h"
#include "kennis/query.h"

namespace kennis {

enum class SortOrder { kRelevance, kDate };

/// How the parts of a query without an operator between them combine.
enum class DefaultOperator { kAnd, kOr };

/// A search, as parsed from the API.
/// A filter on a facet's value: field kind, lang, group, author or year, and a value as the
/// facets of a response show it.
struct FacetFilter {
  std::string field;
  std::string value;
};

/// How facet counts treat the request's filters.
enum class FacetCounts {
  kConjunctive,  ///< every count is over the records that match the query and all filters
  /// A facet's counts leave out the filters on that facet (keep the others): picking one
  /// group still shows how many records each other group has (Elasticsearch's post_filter).
  kDisjunctive,
};

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
  DefaultOperator default_op = DefaultOperator::kAnd;
  /// kForgiving reads any text as a query and says what it changed (SearchResult::warnings);
  /// kStrict refuses malformed syntax with Error(kInvalidQuery).
  QuerySyntax syntax = QuerySyntax::kForgiving;
  /// Filters on facet values besides those in q: the same field's values are alternatives,
  /// different fields must all hold.
  std::vector<FacetFilter> filters;
  /// Records created in [created_from, created_to), seconds since the epoch.
  std::optional<int64_t> created_from, created_to;
  FacetCounts facet_counts = FacetCounts::kConjunctive;
};

/// A person a hit is by, as the caller may see them.
struct HitAuthor {
  std::string id;          ///< as the record names them (an entry of Hit::people)
  std::string name;        ///< the person's display name; empty when the index does not know them
  std::string profile_id;  ///< the profile record the name is from; empty when unknown
};

struct Hit {
  Kind kind = Kind::kPost;
  std::string id;
  std::string title;
  std::string url;
  std::string lang;
  std::string group;
  std::vector<std::string> people;
  std::vector<HitAuthor> authors;    ///< people, resolved to names where the caller may see a profile
  std::string source;                ///< the configured source the record came from (kennis-index)
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
  std::string label;                 ///< author facet: the person's name, when known and visible
};

struct Facet {
  std::string name;
  std::vector<FacetValue> values;    ///< by count, descending, then value
};

/// How exact the facet counts are: exact when every match was counted, else counted over the
/// `counted` best matches (SearcherConfig::facet_sample) of about `total`.
struct FacetAccuracy {
  bool exact = true;
  uint64_t counted = 0;              ///< matches the counts are over
};

struct SearchResult {
  std::string query;
  uint64_t total = 0;                ///< estimate of matching, visible records
  bool total_exact = false;
  FacetAccuracy facet_accuracy;
  std::vector<QueryWarning> warnings;  ///< what the forgiving parser read differently
  uint32_t page = 1;
  uint32_t size = 10;
  std::vector<Hit> hits;
  std::vector<Facet> facets;
  std::optional<std::string> suggestion;  ///< "did you mean" query text
  bool relaxed = false;              ///< no record had every word; any word was then enough
  double took_ms = 0;
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
  /// The index's main languages: stems of a query word in each of these are matched unless the
  /// request names its languages.
  std::vector<std::string> languages{"en", "nl", "fr", "de"};
  uint32_t max_page_size = 100;
  uint32_t max_page = 1000;
  /// Deepest hit a request may reach: (page - 1) * size + size, i.e. page * size, at most this
  /// (as Elasticsearch's index.max_result_window). Deep pages cost the matcher page * size
  /// candidates each; past a few thousand hits a narrower query serves people better.
  uint32_t max_result_window = 10000;
  /// Seconds the matcher may spend on a search before it stops counting beyond the page
  /// (Xapian::Enquire::set_time_limit: check_at_least is dropped). The hits are still the best
  /// ones; total may become an estimate (total_exact false), facets count what was seen. 0: no
  /// limit.
  double query_time_limit = 0;
  /// Best matches looked at to count facets: counts are exact up to this many matches and a
  /// sample of the best ones beyond (SearchResult::facet_accuracy says which). The cost grows
  /// with it: each counted match must be scored and its facets value read, where an unfaceted
  /// query stops early. At 200 000 items a faceted query cost 1.76x an unfaceted one counting
  /// 2000, about 1.4x counting 500 (bench/RESULTS.md, "Read side").
  Xapian::doccount facet_sample = 500;
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

/// Throws Error(kInvalidParameter) naming `size` or `page` when a page is outside the limits of
/// `config` (max_page_size, max_page, max_result_window).
void check_paging(const SearcherConfig& config, uint32_t page, uint32_t size);

/// Runs searches on the index a reader serves, in stages (search_stages.h): plan, match,
/// render, suggest. Thread-safe. Throws Error: kInvalidQuery (strict syntax, or text over the
/// limits), kInvalidParameter (paging, facets), and what IndexReader::read throws.
class Searcher {
 public:
  Searcher(const IndexReader& reader, SearcherConfig config);

  SearchResult search(const SearchRequest& request, const Caller& caller) const;
  /// The stored record with "kind" added; throws kDocumentNotFound when it does not exist or
  /// the caller may not see it (the two are indistinguishable on purpose).
  nlohmann::json get_document(Kind kind, const std::string& id, const Caller& caller) const;

  const SearcherConfig& config() const { return config_; }
  const IndexReader& reader() const { return reader_; }

 private:
  const IndexReader& reader_;
  SearcherConfig config_;
};

}  // namespace kennis
