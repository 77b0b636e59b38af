// Where indexing time goes, per stage of kennis-index's analysis worker, on real records:
// parse + validate (parse_record), analyse (Analyzer::analyze), analyse + stem, the whole
// Record -> Xapian::Document mapping (prepare_document), against Xapian's own TermGenerator
// on the same text.
//
//   KENNIS_BENCH_RECORDS=records.jsonl [KENNIS_BENCH_SAMPLE=1000] analysis_bench [--benchmark_...]
//
// RECORDS is document records (bench/make_records.py makes them from a scaled corpus). One
// iteration is one pass over the first SAMPLE records; bytes are title + body bytes, items
// records. Each benchmark checks that it produced the token/term count of an untimed pass.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "kennis/analysis.h"
#include "kennis/index_writer.h"
#include "kennis/records.h"

namespace {

struct Sample {
  std::string error;
  std::vector<std::string> lines;
  std::vector<kennis::Record> records;
  int64_t text_bytes = 0;
};

Sample load_sample() {
  Sample s;
  const char* path = std::getenv("KENNIS_BENCH_RECORDS");
  if (!path || !*path) {
    s.error = "KENNIS_BENCH_RECORDS is not set: give document records (bench/make_records.py; bench/run.sh does)";
    return s;
  }
  const char* sample = std::getenv("KENNIS_BENCH_SAMPLE");
  const size_t limit = sample && *sample ? std::strtoul(sample, nullptr, 10) : 1000;
  std::ifstream in(path);
  if (!in) {
    s.error = std::string("cannot read ") + path;
    return s;
  }
  const kennis::RecordSchemas schemas;
  std::string line;
  while (s.records.size() < limit && std::getline(in, line)) {
    auto parsed = kennis::parse_record(kennis::Kind::kDocument, line, schemas);
    if (auto* record = std::get_if<kennis::Record>(&parsed)) {
      s.text_bytes += static_cast<int64_t>(record->title.size() + record->body.size());
      s.records.push_back(std::move(*record));
      s.lines.push_back(line);
    } else {
      s.error = "record rejected: " + std::get<kennis::RecordError>(parsed).message;
      return s;
    }
  }
  if (s.records.empty()) s.error = std::string("no records in ") + path;
  return s;
}

const Sample& sample() {
  static const Sample s = load_sample();
  return s;
}

// Runs `pass` (returns a count) once untimed, then timed; each timed pass must give the same
// count. Reports bytes of text and records.
template <typename Pass>
void run(benchmark::State& state, Pass&& pass) {
  const Sample& s = sample();
  if (!s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  const uint64_t expected = pass(s);
  if (expected == 0) {
    state.SkipWithError("the untimed pass produced nothing");
    return;
  }
  for (auto _ : state) {
    if (pass(s) != expected) {
      state.SkipWithError("a pass produced a different count than the untimed one");
      break;
    }
  }
  state.SetBytesProcessed(state.iterations() * s.text_bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(s.records.size()));
  state.counters["per_pass"] = static_cast<double>(expected);
}

void BM_ParseRecord(benchmark::State& state) {
  const kennis::RecordSchemas schemas;
  run(state, [&](const Sample& s) {
    uint64_t ok = 0;
    for (const std::string& line : s.lines)
      ok += std::holds_alternative<kennis::Record>(kennis::parse_record(kennis::Kind::kDocument, line, schemas));
    return ok;
  });
}

void BM_Analyze(benchmark::State& state) {
  const kennis::Analyzer analyzer;
  run(state, [&](const Sample& s) {
    uint64_t tokens = 0;
    for (const kennis::Record& r : s.records) {
      tokens += analyzer.analyze(r.title).size();
      tokens += analyzer.analyze(r.body).size();
    }
    return tokens;
  });
}

void BM_AnalyzeAndStem(benchmark::State& state) {
  const kennis::Analyzer analyzer;
  run(state, [&](const Sample& s) {
    uint64_t stems = 0;
    for (const kennis::Record& r : s.records) {
      for (const std::string* text : {&r.title, &r.body})
        for (const kennis::Token& token : analyzer.analyze(*text)) stems += !analyzer.stem(token, r.lang).empty() + 1;
    }
    return stems;
  });
}

void BM_PrepareDocument(benchmark::State& state) {
  const kennis::Analyzer analyzer;
  const kennis::MappingOptions options;
  run(state, [&](const Sample& s) {
    uint64_t terms = 0;
    for (const kennis::Record& r : s.records)
      terms += kennis::prepare_document(r, analyzer, options).document.termlist_count();
    return terms;
  });
}

// Baseline: Xapian's TermGenerator (its own Unicode word splitter, the record's stemmer,
// STEM_SOME) on the same title and body.
void BM_XapianTermGenerator(benchmark::State& state) {
  Xapian::TermGenerator generator;
  std::map<std::string, Xapian::Stem> stemmers;
  run(state, [&](const Sample& s) {
    uint64_t terms = 0;
    for (const kennis::Record& r : s.records) {
      auto it = stemmers.find(r.lang);
      if (it == stemmers.end()) it = stemmers.emplace(r.lang, Xapian::Stem(r.lang.empty() ? "en" : r.lang)).first;
      Xapian::Document doc;
      generator.set_document(doc);
      generator.set_stemmer(it->second);
      generator.index_text(r.title);
      generator.increase_termpos();
      generator.index_text(r.body);
      terms += doc.termlist_count();
    }
    return terms;
  });
}

BENCHMARK(BM_ParseRecord)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeAndStem)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PrepareDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_XapianTermGenerator)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
