// Searcher: the stages of search_stages.h on a view of the index, and document fetch.
#include "kennis/searcher.h"

#include <chrono>

#include "kennis/error.h"
#include "kennis/schema.h"
#include "kennis/search_stages.h"
#include "stored_record.h"

namespace kennis {

using Q = Xapian::Query;

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

Searcher::Searcher(const IndexReader& reader, SearcherConfig config) : reader_(reader), config_(std::move(config)) {}

SearchResult Searcher::search(const SearchRequest& request, const Caller& caller) const {
  const auto started = std::chrono::steady_clock::now();
  check_paging(config_, request.page, request.size);
  // Syntax errors and limits are the caller's, whatever the index: checked before reading it.
  const ParsedQuery parsed = parse_query(request.q, config_.query_limits, request.syntax);
  SearchResult result;
  reader_.read([&](const IndexReader::View& view) {
    SearchResult r;
    r.query = request.q;
    r.page = request.page;
    r.size = request.size;
    search::Plan plan = search::plan(parsed, request, config_, view, caller);
    search::Matches matches = search::match(plan, request, config_, view);
    r.total = matches.mset.get_matches_estimated();
    r.total_exact = matches.mset.get_matches_lower_bound() == matches.mset.get_matches_upper_bound();
    r.facets = std::move(matches.facets);
    r.facet_accuracy = matches.facet_accuracy;
    r.relaxed = matches.relaxed;
    r.hits = search::render(matches.mset, plan, config_);
    search::name_people(r.hits, r.facets, plan, view);
    r.suggestion = search::suggest(plan, request.q, view);
    r.warnings = std::move(plan.parsed.warnings);
    result = std::move(r);
  });
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

nlohmann::json Searcher::get_document(Kind kind, const std::string& id, const Caller& caller) const {
  nlohmann::json out;
  reader_.read([&](const IndexReader::View& view) {
    Xapian::Enquire enquire(view.db());
    enquire.set_query(Q(Q::OP_FILTER, Q(layout::id_term(kind_name(kind), id)), view.access(caller)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty())
      throw Error(ErrorCode::kDocumentNotFound, "no " + std::string(kind_name(kind)) + " with id '" + id + "'", "id");
    const std::optional<StoredRecord> record = read_stored_record(mset.begin().get_document().get_data());
    if (!record) throw Error(ErrorCode::kIndexIncompatible, "the stored record of " + std::string(kind_name(kind)) + " '" + id + "' cannot be read; rebuild the index with kennis-index --rebuild");
    out = nlohmann::json::parse(record->json());
  });
  return out;
}

}  // namespace kennis
