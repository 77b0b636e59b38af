// Cost of the access filter (issue 6): the same queries over the same index, with no filter,
// for an anonymous caller (public records) and for a caller in 500 of the index's 1000 groups.
//
//   KENNIS_BENCH_INDEX=/tmp/idx-acl [KENNIS_BENCH_QUERIES=known-item.jsonl] access_bench [--benchmark_...]
//
// The index is made by kennis-index from `bench/make_records.py CORPUS OUT --acl-groups 1000`
// (a fifth of the records public, the others shared with one of team-0000 .. team-0999).
//
// Matcher level (BM_Match_*): each query is built as Searcher builds it (parse_query,
// build_query with the index's languages), then Enquire::get_mset(0, 10) with the access
// filter as IndexReader::View::access() gives it for the caller (OP_FILTER), or with no filter at
// all: the baseline, which no caller of kennis can get. Variants of the 500-group filter show
// what its form costs. BM_List_* is the empty query (newest first): the filter alone decides
// the matches. Searcher level (BM_Search_*): Searcher::search() as GET /v1/search runs it.
//
// One iteration is one pass over all queries; items are queries. Each benchmark checks its
// answers: a benchmark whose answers are all empty is an error, and the filtered variants
// must find exactly the records the plain OR filter finds.
#include <benchmark/benchmark.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "kennis/error.h"
#include "kennis/query.h"
#include "kennis/schema.h"
#include "kennis/searcher.h"
#include "bench_fixture.h"

namespace {

using Q = Xapian::Query;

using Fixture = kennis::bench::SearchFixture;

const Fixture& fixture() {
  static const Fixture f =
      kennis::bench::load_search_fixture("an index made by kennis-index from make_records.py --acl-groups 1000");
  return f;
}

std::string group_name(int n) {
  char name[16];
  std::snprintf(name, sizeof name, "team-%04d", n);
  return name;
}

// A caller in `groups` groups: team-0000 onwards (groups that hold records), or groups no
// record names (`unknown`), to tell the cost of the terms from the cost of more matches.
kennis::Caller caller_in(int groups, bool unknown = false) {
  kennis::Caller c;
  c.person = "someone@example.org";
  for (int g = 0; g < groups; ++g) c.groups.push_back(unknown ? "nobody-" + group_name(g) : group_name(g));
  return c;
}

// Forms of the same access filter, for the matcher-level variants.
enum class Form {
  kNone,      // no filter: the baseline
  kSearcher,  // what Searcher uses: OR of the caller's access terms that some record has
  kAllTerms,  // OR of every access term of the caller, present or not (Searcher before pruning)
  kSynonym,   // OP_SYNONYM of the Searcher's terms
  kDecider,   // no filter term: a MatchDecider reads the candidates' access terms
};

// Every access term of a caller, as Searcher spells them.
std::vector<std::string> all_access_terms(const kennis::Caller& caller) {
  using namespace kennis::layout;
  std::vector<std::string> terms{std::string(kAclPrefix) + std::string(kAclPublic)};
  for (const std::string& g : caller.groups) terms.push_back(bool_term(kAclPrefix, std::string(kAclGroup) + g));
  if (!caller.person.empty()) terms.push_back(bool_term(kAclPrefix, std::string(kAclPerson) + caller.person));
  return terms;
}

// The terms of an access query.
std::vector<std::string> access_terms(const Q& access) { return {access.get_terms_begin(), access.get_terms_end()}; }

// Accepts a document when one of its access (XA) terms is the caller's: the filter applied to
// candidates only, instead of a posting list per group.
class AccessDecider : public Xapian::MatchDecider {
 public:
  explicit AccessDecider(const std::vector<std::string>& terms) : allowed_(terms.begin(), terms.end()) {}
  bool operator()(const Xapian::Document& doc) const override {
    const std::string prefix(kennis::layout::kAclPrefix);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      t.skip_to(prefix);
      if (t == doc.termlist_end() || (*t).compare(0, prefix.size(), prefix) != 0) return false;
      if (allowed_.count(*t)) return true;
    }
    return false;
  }

 private:
  std::unordered_set<std::string> allowed_;
};

void finish(benchmark::State& state, uint64_t queries_per_pass, uint64_t empty, uint64_t answers, uint64_t found) {
  const auto queries = static_cast<int64_t>(state.iterations() * queries_per_pass);
  state.SetItemsProcessed(queries);
  state.counters["s_per_query"] =
      benchmark::Counter(static_cast<double>(queries), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["hits_per_query"] = answers ? static_cast<double>(found) / static_cast<double>(answers) : 0;
  state.counters["empty_share"] = answers ? static_cast<double>(empty) / static_cast<double>(answers) : 0;
  if (answers > 0 && empty == answers) state.SkipWithError("every answer was empty");
}

// Matcher level: the built query, get_mset(0, 10), with the filter in `form`.
void match(benchmark::State& state, const kennis::Caller& caller, Form form, bool listing) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  uint64_t empty = 0, answers = 0, found = 0, mismatched = 0;
  // The queries, built once (they do not depend on the caller), and what the Searcher's filter
  // finds for each: every form must find the same.
  std::vector<Q> queries;
  std::vector<Xapian::doccount> expected;
  auto run = [&](size_t i, const Xapian::Database& db, const Q& access) {
    const Q& q = queries[i];
    Xapian::Enquire enquire(db);
    if (listing) enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::optional<AccessDecider> decider;
    switch (form) {
      case Form::kNone: enquire.set_query(q); break;
      case Form::kSearcher: enquire.set_query(Q(Q::OP_FILTER, q, access)); break;
      case Form::kSynonym: {
        const std::vector<std::string> terms = access_terms(access);
        enquire.set_query(Q(Q::OP_FILTER, q, Q(Q::OP_SYNONYM, terms.begin(), terms.end())));
        break;
      }
      case Form::kDecider:
        enquire.set_query(q);
        decider.emplace(access_terms(access));
        break;
      case Form::kAllTerms: {
        const std::vector<std::string> all = all_access_terms(caller);
        enquire.set_query(Q(Q::OP_FILTER, q, Q(Q::OP_OR, all.begin(), all.end())));
        break;
      }
    }
    return enquire.get_mset(0, 10, 0, nullptr, decider ? &*decider : nullptr);
  };
  try {
    f.reader->read([&](const kennis::IndexReader::View& view) {
      const Xapian::Database& db = view.db();
      const kennis::Analyzer& analyzer = view.analyzer();
      const Q access = view.access(caller);
      kennis::BuildOptions options;
      options.stem_languages = f.searcher->config().languages;
      queries.clear();
      expected.clear();
      if (listing) {
        queries.push_back(Q::MatchAll);
      } else {
        for (const auto& query : f.queries) queries.push_back(kennis::build_query(kennis::parse_query(query.text), analyzer, options).query);
      }
      Xapian::Enquire enquire(db);
      for (const Q& q : queries) {
        enquire.set_query(Q(Q::OP_FILTER, q, access));
        expected.push_back(enquire.get_mset(0, 10).size());
      }
    });
    // Each query on a fresh view of the index with the caller's access query, as
    // Searcher::search() makes it per request (its cost is part of every form).
    for (auto _ : state) {
      for (size_t i = 0; i < queries.size(); ++i) {
        f.reader->read([&](const kennis::IndexReader::View& view) {
          const Xapian::Database& db = view.db();
          const Q access = view.access(caller);
          const Xapian::MSet mset = run(i, db, access);
          empty += mset.empty();
          found += mset.size();
          ++answers;
          if (form != Form::kNone && mset.size() != expected[i]) ++mismatched;
          benchmark::DoNotOptimize(mset.size());
        });
      }
    }
    finish(state, queries.size(), empty, answers, found);
  } catch (const kennis::Error& e) {
    state.SkipWithError(e.what());
    return;
  }
  if (mismatched > 0) state.SkipWithError("a filter form found other records than the Searcher's filter");
}

void BM_Match_NoFilter(benchmark::State& s) { match(s, kennis::Caller{}, Form::kNone, false); }
void BM_Match_Anonymous(benchmark::State& s) { match(s, kennis::Caller{}, Form::kSearcher, false); }
void BM_Match_Groups(benchmark::State& s) { match(s, caller_in(static_cast<int>(s.range(0))), Form::kSearcher, false); }
void BM_Match_UnknownGroups(benchmark::State& s) {
  match(s, caller_in(static_cast<int>(s.range(0)), /*unknown=*/true), Form::kSearcher, false);
}
void BM_Match_Groups_Synonym(benchmark::State& s) { match(s, caller_in(static_cast<int>(s.range(0))), Form::kSynonym, false); }
void BM_Match_Groups_AllTerms(benchmark::State& s) { match(s, caller_in(static_cast<int>(s.range(0))), Form::kAllTerms, false); }
void BM_Match_UnknownGroups_AllTerms(benchmark::State& s) {
  match(s, caller_in(static_cast<int>(s.range(0)), /*unknown=*/true), Form::kAllTerms, false);
}
void BM_Match_Groups_Decider(benchmark::State& s) { match(s, caller_in(static_cast<int>(s.range(0))), Form::kDecider, false); }
void BM_List_NoFilter(benchmark::State& s) { match(s, kennis::Caller{}, Form::kNone, true); }
void BM_List_Anonymous(benchmark::State& s) { match(s, kennis::Caller{}, Form::kSearcher, true); }
void BM_List_Groups(benchmark::State& s) { match(s, caller_in(static_cast<int>(s.range(0))), Form::kSearcher, true); }
void BM_List_Groups_Synonym(benchmark::State& s) { match(s, caller_in(static_cast<int>(s.range(0))), Form::kSynonym, true); }

// Searcher level: what GET /v1/search does minus HTTP (facets, snippets, spelling included).
void search(benchmark::State& state, const kennis::Caller& caller, bool listing = false) {
  const Fixture& f = fixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  uint64_t empty = 0, answers = 0, found = 0;
  try {
    for (auto _ : state) {
      for (const auto& query : f.queries) {
        kennis::SearchRequest r;
        r.q = listing ? "" : query.text;
        const kennis::SearchResult result = f.searcher->search(r, caller);
        empty += result.hits.empty();
        found += result.hits.size();
        ++answers;
        benchmark::DoNotOptimize(result.hits.data());
      }
    }
  } catch (const kennis::Error& e) {
    state.SkipWithError(e.what());
    return;
  }
  finish(state, f.queries.size(), empty, answers, found);
}

void BM_Search_Anonymous(benchmark::State& s) { search(s, kennis::Caller{}); }
void BM_Search_Groups(benchmark::State& s) { search(s, caller_in(static_cast<int>(s.range(0)))); }
void BM_Search_UnknownGroups(benchmark::State& s) { search(s, caller_in(static_cast<int>(s.range(0)), true)); }
void BM_SearchList_Anonymous(benchmark::State& s) { search(s, kennis::Caller{}, true); }
void BM_SearchList_Groups(benchmark::State& s) { search(s, caller_in(static_cast<int>(s.range(0))), true); }

BENCHMARK(BM_Match_NoFilter)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_Anonymous)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_Groups)->Arg(10)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_UnknownGroups)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_Groups_Synonym)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_Groups_AllTerms)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_UnknownGroups_AllTerms)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Match_Groups_Decider)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_List_NoFilter)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_List_Anonymous)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_List_Groups)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_List_Groups_Synonym)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Search_Anonymous)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Search_Groups)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Search_UnknownGroups)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SearchList_Anonymous)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SearchList_Groups)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
