// The whole chain over real text: the English man pages of the shared dev corpus, indexed by
// kennis-index, searched through kennis-searchd with the corpus's known-item queries.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "harness.h"

namespace kennis::it {
namespace {

namespace fs = std::filesystem;

// Relative to the corpus's documents/, like the ids of the queries' targets.
const char* const kManPages = "IT Operations/Command Reference/English";

TEST(SharedCorpus, KnownItemQueriesFindTheirManPage) {
  const fs::path corpus = KENNIS_SHARED_CORPUS;
  if (!fs::is_directory(corpus / "documents" / kManPages) || !fs::is_regular_file(corpus / "queries/known-item.jsonl"))
    GTEST_SKIP() << "shared corpus not found at " << corpus.string()
                 << " (optional; the CMake variable KENNIS_SHARED_DIR names the shared folder)";

  // Every English man page rendered as text becomes a document; its id is its corpus path.
  std::vector<json> pages;
  for (const auto& entry : fs::recursive_directory_iterator(corpus / "documents" / kManPages)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    const std::string id = fs::relative(entry.path(), corpus / "documents").generic_string();
    pages.push_back(document(id, entry.path().stem().string(), read_file(entry.path().string()),
                             {{"lang", "en"}, {"path", id}, {"media_type", "text/plain"}}));
  }
  std::sort(pages.begin(), pages.end(), [](const json& a, const json& b) { return a["id"] < b["id"]; });
  ASSERT_GT(pages.size(), 100u);

  Workspace ws;
  const std::string index = ws.path("index");
  Records records;
  records.documents = pages;
  const IndexerRun run = index_records(ws, index, records);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Searchd searchd(ws, index);
  EXPECT_EQ(searchd.health().body["documents"], pages.size());

  // English queries whose target is one of the pages indexed.
  std::ifstream queries(corpus / "queries/known-item.jsonl");
  std::string line;
  int asked = 0, found = 0;
  std::string misses;
  while (std::getline(queries, line)) {
    const json q = json::parse(line);
    const std::string target = q.value("target", "");
    if (q.value("lang", "") != "en" || target.rfind(kManPages, 0) != 0 || fs::path(target).extension() != ".txt")
      continue;
    ++asked;
    const Response r = searchd.search({{"q", q.at("query")}, {"lang", "en"}, {"kind", "document"}});
    ASSERT_EQ(r.status, 200) << r.raw;
    const std::vector<std::string> ids = hit_ids(r);
    if (std::find(ids.begin(), ids.end(), target) != ids.end()) ++found;
    else misses += "\n  " + q.value("qid", "") + " \"" + q.value("query", "") + "\" -> " + target;
  }
  RecordProperty("queries", asked);
  RecordProperty("found_in_top_10", found);
  ASSERT_GE(asked, 10) << "the corpus has fewer English man-page queries than expected";
  // Each query is a line of its target's NAME section, so nearly all must be found on page one.
  EXPECT_GE(found * 10, asked * 9) << found << " of " << asked << " targets in the top 10; missed:" << misses;
}

}  // namespace
}  // namespace kennis::it
