/// @file search_stages.h
/// Searcher::search() as four stages, each a function of plain inputs and outputs, so that each
/// is tested and timed on its own (bench/search_bench.cc):
///
///   plan    the query text, the request and the caller's access → the Xapian query to run
///           (parsed, languages chosen, words analysed and expanded, filters and access folded in)
///   match   the plan → the page of matches, the total and the facet counts (Enquire, one
///           MatchSpy reading one value slot per match)
///   render  the matches → hits: stored records read (no JSON), snippets and highlights from
///           the words the indexer stored
///   suggest the plan → "did you mean", from words of records the caller may see
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "kennis/index_reader.h"
#include "kennis/query.h"
#include "kennis/searcher.h"

namespace kennis::search {

/// What the plan stage decided.
struct Plan {
  ParsedQuery parsed;
  BuildOptions options;
  BuiltQuery built;
  /// The languages were singled out (by the request or the index): records in them get the
  /// language bonus, compounds are split and stopwords are optional.
  bool languages_known = false;
  Xapian::Query access;              ///< the records the caller may see
  Xapian::Query filter;              ///< access AND the request's kinds, dates and facet filters
  /// access AND the request's kinds and dates: what every facet count keeps.
  Xapian::Query base_filter;
  /// The request's facet filters, one query per field (the field's values OR'ed), in the order
  /// the fields first appear.
  std::vector<std::pair<std::string, Xapian::Query>> facet_filters;
  /// The query the matcher ranks by: the built query with proximity and language boosts.
  Xapian::Query ranked;
  /// Rank by date (newest first) instead of relevance.
  bool by_date = false;
};

/// Chooses the query's languages and builds the query of `parsed` (parse_query() of
/// request.q, in request.syntax). Throws Error(kInvalidQuery) for filter values of the strict
/// syntax that cannot match.
Plan plan(ParsedQuery parsed, const SearchRequest& request, const SearcherConfig& config, const IndexReader::View& view,
          const Caller& caller);

/// The plan with every word optional (no record had them all).
Plan relax(const Plan& plan, const SearcherConfig& config, const IndexReader::View& view);

/// What the match stage found.
struct Matches {
  Xapian::MSet mset;
  std::vector<Facet> facets;
  FacetAccuracy facet_accuracy;
  bool relaxed = false;
};

/// Runs the plan for one page; with no match for every word of a multi-word AND query, runs
/// relax(plan) and says so (`*plan` becomes the relaxed plan).
Matches match(Plan& plan, const SearchRequest& request, const SearcherConfig& config, const IndexReader::View& view);

/// The hits of the matches: stored fields, snippets and highlights.
std::vector<Hit> render(const Xapian::MSet& mset, const Plan& plan, const SearcherConfig& config);

/// The people of the hits (Hit::authors) and the author facet's values (FacetValue::label) by
/// name, from the identity directory, each from a profile the caller may see.
void name_people(std::vector<Hit>& hits, std::vector<Facet>& facets, const Plan& plan, const IndexReader::View& view);

/// "Did you mean": the query text with words no visible record has replaced by the closest
/// word a visible record has; nullopt when nothing changed.
std::optional<std::string> suggest(const Plan& plan, const std::string& q, const IndexReader::View& view);

}  // namespace kennis::search
