// Golden ranking scenarios (STYLE.md §10). Each directory tests/golden/<scenario>/ holds
//   docs.jsonl    records as GET /v1/documents returns them: the input record plus "kind"
//   config.json   {"comment", "languages": stemming languages of the searcher,
//                  "skip"?: why the scenario is disabled (a known, reported bug)}
//   queries.json  [{"comment", "q", "sort"?: "date", "kinds"?: [...], "groups"?: [...],
//                   "expected": [ids in rank order]}]
// The runner builds an in-process index per scenario, runs every query through a real Searcher
// and compares the ranked ids. `KENNIS_UPDATE_GOLDEN=1 ctest -R golden` rewrites "expected";
// review the diff like code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/error.h"
#include "kennis/searcher.h"
#include "test_index.h"

namespace kennis {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;  // keeps the key order of queries.json when it is rewritten
namespace fs = std::filesystem;

fs::path golden_dir() { return fs::path(KENNIS_SOURCE_DIR) / "tests" / "golden"; }

std::vector<std::string> scenarios() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(golden_dir()))
    if (entry.is_directory() && fs::exists(entry.path() / "queries.json"))
      out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool update_mode() {
  const char* value = std::getenv("KENNIS_UPDATE_GOLDEN");  // tests may read the environment
  return value != nullptr && std::string(value) == "1";
}

// docs.jsonl lines carry "kind"; the record schemas do not, so it is split off here.
std::vector<test::TestRecord> read_docs(const fs::path& path) {
  std::vector<test::TestRecord> records;
  std::istringstream lines(read_file(path));
  std::string line;
  for (size_t number = 1; std::getline(lines, line); ++number) {
    if (line.empty()) continue;
    json j = json::parse(line);
    const std::optional<Kind> kind = parse_kind(j.value("kind", ""));
    if (!kind) {
      ADD_FAILURE() << path << ":" << number << ": no valid \"kind\"";
      continue;
    }
    j.erase("kind");
    records.push_back({*kind, j.dump()});
  }
  return records;
}

SearchRequest to_request(const ordered_json& query) {
  SearchRequest request;
  request.q = query.at("q").get<std::string>();
  request.size = 100;
  request.facets.clear();
  if (query.value("sort", "relevance") == "date") request.sort = SortOrder::kDate;
  for (const auto& kind : query.value("kinds", ordered_json::array()))
    request.kinds.push_back(parse_kind(kind.get<std::string>()).value());  // throws on a typo
  return request;
}

// One query per line, keys in their original order: small, reviewable diffs.
std::string render_queries(const ordered_json& queries) {
  std::string text = "[\n";
  for (size_t i = 0; i < queries.size(); ++i) {
    text += "  {";
    bool first = true;
    for (const auto& [key, value] : queries[i].items()) {
      text += (first ? "" : ", ") + ordered_json(key).dump() + ": " + value.dump(-1, ' ', false);
      first = false;
    }
    text += i + 1 < queries.size() ? "},\n" : "}\n";
  }
  return text + "]\n";
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, RankedIds) {
  const fs::path dir = golden_dir() / GetParam();
  const json config = json::parse(read_file(dir / "config.json"));
  if (config.contains("skip")) GTEST_SKIP() << config.at("skip").get<std::string>();
  ordered_json queries = ordered_json::parse(read_file(dir / "queries.json"));

  const std::string index = test::fresh_dir() + "/index";
  test::build_index(index, read_docs(dir / "docs.jsonl"));
  const IndexReader reader(index);
  SearcherConfig searcher_config;
  searcher_config.languages = config.at("languages").get<std::vector<std::string>>();
  const Searcher searcher(reader, searcher_config);

  for (ordered_json& query : queries) {
    const std::string q = query.at("q").get<std::string>();
    SCOPED_TRACE(GetParam() + ": «" + q + "» (" + query.value("comment", "") + ")");
    Caller caller;
    caller.groups = query.value("groups", std::vector<std::string>{});
    std::vector<std::string> ids;
    std::string scores;
    try {
      for (const Hit& hit : searcher.search(to_request(query), caller).hits) {
        ids.push_back(hit.id);
        scores += "\n  " + hit.id + " " + std::to_string(hit.score);
      }
    } catch (const Error& e) {
      ADD_FAILURE() << error_name(e.code()) << ": " << e.what();
      continue;
    }
    const auto expected = query.at("expected").get<std::vector<std::string>>();
    if (update_mode()) {
      query["expected"] = ids;
    } else {
      EXPECT_EQ(ids, expected) << "scores:" << scores;
    }
  }
  if (update_mode()) {
    const std::string text = render_queries(queries);
    if (text != read_file(dir / "queries.json")) std::ofstream(dir / "queries.json", std::ios::binary) << text;
  }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, Golden, ::testing::ValuesIn(scenarios()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace kennis
