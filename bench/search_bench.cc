// Query latency in-process: kennis::Searcher::search() against a bare Xapian QueryParser +
// Enquire::get_mset loop, over the same index and the same queries.
//
//   KENNIS_BENCH_INDEX=/tmp/idx [KENNIS_BENCH_QUERIES=known-item.jsonl] search_bench [--benchmark_...]
//
// The index is one made by kennis-index (bench/run.sh makes it from a scaled corpus). The
// queries are the "query" fields of ../shared/corpus/queries/known-item.jsonl, read at run
// time. One benchmark iteration is one pass over all queries in file order, so every
// benchmark times exactly the same query mix; items are queries, and the ratio of mean
// latencies is the ratio of the pass times. A benchmark whose answers are empty is an error.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "kennis/error.h"
#include "kennis/searcher.h"
#include "bench_fixture.h"

namespace {

using kennis::bench::BenchQuery;
using Fixture = kennis::bench::SearchFixture;

const Fixture& fixture() {
  static const Fixture f = kennis::bench::load_search_fixture("an index made by kennis-index (bench/run.sh does)");
  return f;
}

void finish(benchmark::State& state, const Fixture& f, uint64_t empty, uint64_t answers) {
  const auto queries = static_cast<int64_t>(state.iterations() * f.queries.size());
  state.SetItemsProcessed(queries);
  state.counters["queries"] = static_cast<double>(f.queries.size());
  // Mean latency of one query, in seconds (printed with an SI prefix).
  state.counters["s_per_query"] =
      benchmark::Counter(static_cast<double>(queries), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  if (empty > 0) {
    const std::string message = std::to_string(empty) + " of " + std::to_string(answers) + " answers were empty";
    state.SkipWithError(message.c_str());
  }
}

// kennis: what GET /v1/search does minus HTTP and JSON: parse, analyse, access filter, rank
// the first page of 10, count facets, highlight snippets, check spelling.
void search_kennis(benchmark::State& state, std::vector<std::string> facets) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  const kennis::Caller caller;  // anonymous: public records, as searchd serves today
  std::vector<kennis::SearchRequest> requests;
  for (const BenchQuery& q : f.queries) {
    kennis::SearchRequest r;
    r.q = q.text;
    r.facets = facets;
    requests.push_back(std::move(r));
  }
  uint64_t empty = 0, answers = 0, relaxed = 0;
  try {
    for (auto _ : state) {
      for (const kennis::SearchRequest& request : requests) {
        const kennis::SearchResult result = f.searcher->search(request, caller);
        empty += result.hits.empty();
        relaxed += result.relaxed;
        ++answers;
        benchmark::DoNotOptimize(result.hits.data());
      }
    }
  } catch (const kennis::Error& e) {
    state.SkipWithError(e.what());
    return;
  }
  state.counters["relaxed"] = benchmark::Counter(static_cast<double>(relaxed), benchmark::Counter::kAvgIterations);
  finish(state, f, empty, answers);
}

void BM_KennisSearch(benchmark::State& state) {
  search_kennis(state, kennis::SearchRequest{}.facets);
}

void BM_KennisSearch_NoFacets(benchmark::State& state) { search_kennis(state, {}); }

// Bare Xapian: QueryParser (stemmer of the query's language, STEM_SOME, default op AND, OR when
// AND finds nothing, as kennis does), get_mset(0, 10), and the stored data of each hit.
void BM_BareXapian(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  uint64_t empty = 0, answers = 0, relaxed = 0;
  try {
    Xapian::Database db(f.index_path);
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    std::map<std::string, Xapian::Stem> stemmers;
    for (const BenchQuery& q : f.queries)
      if (!stemmers.count(q.lang)) stemmers.emplace(q.lang, Xapian::Stem(q.lang));
    for (auto _ : state) {
      for (const BenchQuery& q : f.queries) {
        parser.set_stemmer(stemmers.at(q.lang));
        Xapian::Enquire enquire(db);
        Xapian::MSet mset;
        for (Xapian::Query::op op : {Xapian::Query::OP_AND, Xapian::Query::OP_OR}) {
          parser.set_default_op(op);
          enquire.set_query(parser.parse_query(q.text));
          mset = enquire.get_mset(0, 10);
          if (!mset.empty()) break;
          relaxed += op == Xapian::Query::OP_AND;
        }
        size_t bytes = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
        benchmark::DoNotOptimize(bytes);
        empty += mset.empty();
        ++answers;
      }
    }
  } catch (const Xapian::Error& e) {
    state.SkipWithError(e.get_description().c_str());
    return;
  }
  state.counters["relaxed"] = benchmark::Counter(static_cast<double>(relaxed), benchmark::Counter::kAvgIterations);
  finish(state, f, empty, answers);
}

BENCHMARK(BM_BareXapian)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KennisSearch)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KennisSearch_NoFacets)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
