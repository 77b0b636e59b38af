// Query latency in-process: kennis::Searcher::search() against a bare Xapian QueryParser +
// Enquire::get_mset loop, over the same index and the same queries.
//
//   KENNIS_BENCH_INDEX=/tmp/idx [KENNIS_BENCH_QUERIES=known-item.jsonl] search_bench [--benchmark_...]
//
// The index is one made by kennis-index (bench/run.sh and bench/read_side.sh use one made from
// a scaled corpus). The queries are the "query" fields of KENNIS_BENCH_QUERIES (default
// ../shared/corpus/queries/known-item.jsonl; bench/read_side.sh gives the 1 000 queries of
// bench/make_queries.py), read at run time. One benchmark iteration is one pass over all
// queries in file order, so every benchmark times exactly the same query mix; items are
// queries, and the ratio of mean latencies is the ratio of the pass times. The counter "empty"
// is the share of answers without a hit; more than 5 % is an error (wrong index or queries).
//
// BM_BareXapian_Parallel/threads:2 runs the bare loop on two threads at once, each with its own
// Database and its own pass over the queries: its counter "qps" is the queries/s of both threads
// together (bench/read_side.sh sets it against searchd at 16 connections).
#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "kennis/error.h"
#include "kennis/search_stages.h"
#include "kennis/searcher.h"
#include "bench_fixture.h"

namespace {

using kennis::bench::BenchQuery;
using Fixture = kennis::bench::SearchFixture;

const Fixture& fixture() {
  static const Fixture f = kennis::bench::load_search_fixture("an index made by kennis-index (bench/run.sh does)");
  return f;
}

using Clock = std::chrono::steady_clock;

void finish(benchmark::State& state, const Fixture& f, uint64_t empty, uint64_t answers, Clock::time_point start) {
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const auto queries = static_cast<int64_t>(state.iterations() * f.queries.size());
  // Queries/s of this thread over its own wall time. Counters of all threads add up, so with
  // Threads(2) this is the joint throughput (unlike items_per_second, whose time base for
  // several threads differs between Google Benchmark versions).
  state.counters["qps"] = seconds > 0 ? static_cast<double>(queries) / seconds : 0.0;
  state.SetItemsProcessed(queries);
  state.counters["queries"] = static_cast<double>(f.queries.size());
  // Mean latency of one query, in seconds (printed with an SI prefix). With threads, the
  // counters of all threads add up: this is then the inverse of the joint queries/s.
  state.counters["s_per_query"] =
      benchmark::Counter(static_cast<double>(queries), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  const double share = answers ? static_cast<double>(empty) / static_cast<double>(answers) : 1.0;
  state.counters["empty"] = benchmark::Counter(share, benchmark::Counter::kAvgThreads);
  if (share > 0.05) {
    const std::string message = std::to_string(empty) + " of " + std::to_string(answers) + " answers were empty";
    state.SkipWithError(message.c_str());
  }
}

// kennis: what GET /v1/search does minus HTTP and JSON: parse, analyse, access filter, rank
// the first page of 10, count facets, highlight snippets, check spelling. The request names no
// language, as GET /v1/search?q= does not: kennis chooses the query's languages itself.
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
  const Clock::time_point start = Clock::now();
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
  finish(state, f, empty, answers, start);
}

void BM_KennisSearch(benchmark::State& state) {
  search_kennis(state, kennis::SearchRequest{}.facets);
}

void BM_KennisSearch_NoFacets(benchmark::State& state) { search_kennis(state, {}); }

// kennis spells a stem term "Z" + language + ":" + stem ("Zfr:ecol"); QueryParser writes "Z" +
// stem. So the bare loop's stemmer is the query language's Xapian::Stem with the language and
// ":" put in front of its result: the same stemming work, and terms that exist in the index
// (with a plain Xapian::Stem every lower-case word would match nothing and most queries would
// fall through to OR of their unstemmed capitalised words).
class LanguageStem : public Xapian::StemImplementation {
 public:
  explicit LanguageStem(const std::string& lang) : stem_(lang), prefix_(lang + ":") {}
  std::string operator()(const std::string& word) override { return prefix_ + stem_(word); }
  std::string get_description() const override { return "LanguageStem(" + prefix_ + ")"; }

 private:
  Xapian::Stem stem_;
  std::string prefix_;
};

// Bare Xapian: QueryParser (stemmer of the query's language, STEM_SOME, default op AND, OR when
// AND finds nothing, as kennis does), get_mset(0, 10), and the stored data of each hit.
void BM_BareXapian(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  uint64_t empty = 0, answers = 0, relaxed = 0;
  Clock::time_point start = Clock::now();
  try {
    Xapian::Database db(f.index_path);
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    std::map<std::string, Xapian::Stem> stemmers;
    for (const BenchQuery& q : f.queries)
      if (!stemmers.count(q.lang)) stemmers.emplace(q.lang, Xapian::Stem(new LanguageStem(q.lang)));
    start = Clock::now();
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
  finish(state, f, empty, answers, start);
}

// The stages of Searcher::search (search_stages.h) on their own, default request: each
// benchmark runs the stages up to and including its own, so a stage's cost is the difference
// between it and the one before (plan; + match; + render; + suggest = all of search but
// paging checks and timing).
enum class Upto { kPlan, kMatch, kRender, kSuggest };
void stages(benchmark::State& state, Upto upto) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  const kennis::Caller caller;
  const kennis::SearcherConfig config;
  uint64_t empty = 0, answers = 0;
  const Clock::time_point start = Clock::now();
  try {
    for (auto _ : state) {
      for (const BenchQuery& q : f.queries) {
        kennis::SearchRequest request;
        request.q = q.text;
        f.reader->read([&](const kennis::IndexReader::View& view) {
          kennis::search::Plan plan = kennis::search::plan(
              kennis::parse_query(request.q, config.query_limits, request.syntax), request, config, view, caller);
          benchmark::DoNotOptimize(plan.ranked);
          if (upto == Upto::kPlan) return;
          kennis::search::Matches m = kennis::search::match(plan, request, config, view);
          empty += m.mset.empty();
          if (upto == Upto::kMatch) return;
          const std::vector<kennis::Hit> hits = kennis::search::render(m.mset, plan, config);
          benchmark::DoNotOptimize(hits.data());
          if (upto == Upto::kRender) return;
          benchmark::DoNotOptimize(kennis::search::suggest(plan, request.q, view));
        });
        ++answers;
      }
    }
  } catch (const kennis::Error& e) {
    state.SkipWithError(e.what());
    return;
  }
  finish(state, f, upto == Upto::kPlan ? 0 : empty, answers, start);
}
void BM_Stages_Plan(benchmark::State& state) { stages(state, Upto::kPlan); }
void BM_Stages_PlanMatch(benchmark::State& state) { stages(state, Upto::kMatch); }
void BM_Stages_PlanMatchRender(benchmark::State& state) { stages(state, Upto::kRender); }
void BM_Stages_All(benchmark::State& state) { stages(state, Upto::kSuggest); }

BENCHMARK(BM_BareXapian)->Unit(benchmark::kMillisecond)->UseRealTime();
// A name of its own, so that readers keyed by the name before the first "/" (bench/report.py)
// do not take it for the single-threaded loop.
void BM_BareXapian_Parallel(benchmark::State& state) { BM_BareXapian(state); }
BENCHMARK(BM_BareXapian_Parallel)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(2);
BENCHMARK(BM_KennisSearch)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KennisSearch_NoFacets)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Stages_Plan)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Stages_PlanMatch)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Stages_PlanMatchRender)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Stages_All)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
