// What the in-process benchmarks share: an index and a query set named by the environment,
// loaded once, with the reason they cannot run when something is missing.
//
//   KENNIS_BENCH_INDEX    an index made by kennis-index (required)
//   KENNIS_BENCH_QUERIES  JSON Lines with a "query" (and "lang") field; default: the shared
//                         corpus's known-item queries
#pragma once

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/searcher.h"

namespace kennis::bench {

struct BenchQuery {
  std::string text;
  std::string lang;
};

struct SearchFixture {
  std::string error;  // why the benchmarks cannot run; empty when they can
  std::string index_path;
  std::vector<BenchQuery> queries;
  std::unique_ptr<IndexReader> reader;
  std::unique_ptr<Searcher> searcher;
};

inline std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : fallback;
}

/// Reads the environment's index and queries; `index_hint` says which index to give when
/// KENNIS_BENCH_INDEX is not set.
inline SearchFixture load_search_fixture(const std::string& index_hint) {
  SearchFixture f;
  f.index_path = env_or("KENNIS_BENCH_INDEX", "");
  const std::string queries_path = env_or("KENNIS_BENCH_QUERIES", KENNIS_SHARED_CORPUS "/queries/known-item.jsonl");
  if (f.index_path.empty()) {
    f.error = "KENNIS_BENCH_INDEX is not set: give " + index_hint;
    return f;
  }
  std::ifstream in(queries_path);
  if (!in) {
    f.error = "queries file " + queries_path + " is absent: set KENNIS_BENCH_QUERIES";
    return f;
  }
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("query") || !j["query"].is_string()) continue;
    f.queries.push_back({j["query"].get<std::string>(), j.value("lang", std::string("en"))});
  }
  if (f.queries.empty()) {
    f.error = "no \"query\" fields in " + queries_path;
    return f;
  }
  f.reader = std::make_unique<IndexReader>(f.index_path);
  f.searcher = std::make_unique<Searcher>(*f.reader, SearcherConfig{});
  const IndexStatus status = f.reader->status();
  if (!status.ok) f.error = "index " + f.index_path + ": " + status.message;
  return f;
}

}  // namespace kennis::bench
