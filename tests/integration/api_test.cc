// Each endpoint of kennis-searchd and each class of error it reports, over HTTP.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "harness.h"

namespace kennis::it {
namespace {

// A small index served by a running searchd, shared by the tests of this file.
class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Records records;
    records.posts = {
        post("p1", "The quarterly budget meeting is on Tuesday", {{"group", "finance"}, {"lang", "en"}}),
        post("p2", "Lunch menu for the week", {{"created", "2023-06-01T12:00:00Z"}}),
        post("team/notes 2024 é", "Slashes and spaces in an id", {{"url", "https://example.org/n"}}),
    };
    for (int i = 0; i < 5; ++i) records.posts.push_back(post("w" + std::to_string(i), "zebra crossing report"));
    const IndexerRun run = index_records(ws_, index_, records);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    searchd_ = std::make_unique<Searchd>(ws_, index_);
  }

  void expect_error(const Response& r, int status, const std::string& code, const std::string& path) {
    EXPECT_EQ(r.status, status) << r.raw;
    EXPECT_EQ(r.error_code(), code) << r.raw;
    if (!path.empty() && r.body.is_object() && r.body.contains("error")) {
      EXPECT_EQ(r.body["error"].value("path", ""), path) << r.raw;
    }
  }

  Workspace ws_;
  const std::string index_ = ws_.path("index");
  std::unique_ptr<Searchd> searchd_;
};

TEST_F(ApiTest, SearchFindsAndDescribesHits) {
  const Response r = searchd_->search({{"q", "budget"}});
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["query"], "budget");
  EXPECT_EQ(r.body["total"], 1);
  EXPECT_EQ(r.body["total_exact"], true);
  EXPECT_EQ(r.body["page"], 1);
  EXPECT_EQ(r.body["size"], 10);
  EXPECT_EQ(r.body["relaxed"], false);
  EXPECT_EQ(r.body["suggestion"], nullptr);
  ASSERT_EQ(hit_ids(r), std::vector<std::string>{"p1"});
  const json& hit = r.body["hits"][0];
  EXPECT_EQ(hit["kind"], "post");
  EXPECT_EQ(hit["group"], "finance");
  EXPECT_EQ(hit["lang"], "en");
  EXPECT_EQ(hit["created"], "2024-01-15T10:00:00Z");
  EXPECT_EQ(hit["people"], json::array({"alice"}));
  EXPECT_GT(hit["score"].get<double>(), 0);
}

TEST_F(ApiTest, EmptyQueryListsEveryRecordNewestFirst) {
  const Response r = searchd_->search({{"size", "100"}});
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["total"], 8);
  const std::vector<std::string> ids = hit_ids(r);
  ASSERT_EQ(ids.size(), 8u);
  EXPECT_EQ(ids.back(), "p2") << "p2 is the only record from 2023";
}

TEST_F(ApiTest, PagesPartitionTheHits) {
  std::set<std::string> seen;
  for (int page = 1; page <= 3; ++page) {
    const Response r = searchd_->search({{"q", "zebra"}, {"size", "2"}, {"page", std::to_string(page)}});
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["total"], 5);
    EXPECT_EQ(r.body["page"], page);
    EXPECT_EQ(r.body["size"], 2);
    const std::vector<std::string> ids = hit_ids(r);
    EXPECT_EQ(ids.size(), page < 3 ? 2u : 1u);
    for (const std::string& id : ids) EXPECT_TRUE(seen.insert(id).second) << id << " is on two pages";
  }
  EXPECT_EQ(seen, (std::set<std::string>{"w0", "w1", "w2", "w3", "w4"}));
  const Response beyond = searchd_->search({{"q", "zebra"}, {"size", "2"}, {"page", "4"}});
  EXPECT_EQ(beyond.status, 200);
  EXPECT_TRUE(hit_ids(beyond).empty());
  EXPECT_EQ(beyond.body["total"], 5);
}

TEST_F(ApiTest, DocumentReturnsTheStoredRecordPlusKind) {
  json expected = post("p1", "The quarterly budget meeting is on Tuesday", {{"group", "finance"}, {"lang", "en"}});
  expected["kind"] = "post";
  const Response r = searchd_->document("post", "p1");
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body, expected);
}

TEST_F(ApiTest, DocumentIdMayHoldSlashesSpacesAndUnicode) {
  const Response r = searchd_->document("post", "team/notes 2024 é");
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["id"], "team/notes 2024 é");
  EXPECT_EQ(r.body["url"], "https://example.org/n");
}

TEST_F(ApiTest, HealthReportsTheIndex) {
  const Response r = searchd_->health();
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["status"], "ok");
  EXPECT_EQ(r.body["documents"], 8);
  EXPECT_GE(r.body["revision"].get<int>(), 1);
  EXPECT_GE(r.body["analyzer_version"].get<int>(), 1);
}

// Malformed syntax: refused with syntax=strict (tools), read as words with warnings by default
// (people typing into a search box never get a 400 for their text).
const char* const kMalformedQueries[] = {
      "\"quarterly budget",    // unbalanced quote
      "(budget OR lunch",      // unbalanced parenthesis
      "budget OR",             // dangling OR
      "-budget",               // only excludes
      "budget author:",        // empty field value
      "kind:memo",             // no such kind
      "year:soon",             // not a year
      "date:2024-13..",        // no month 13
      "ioctl() operations",    // empty parentheses
      "AND budget",            // dangling AND
};

TEST_F(ApiTest, InvalidQueryIsReportedOnQ) {
  for (const char* q : kMalformedQueries) {
    SCOPED_TRACE(q);
    expect_error(searchd_->search({{"q", q}, {"syntax", "strict"}}), 400, "invalid_query", "q");
  }
  expect_error(searchd_->search({{"q", std::string(2000, 'a')}}), 400, "invalid_query", "q");
  expect_error(searchd_->search({{"q", "budget"}, {"syntax", "lenient"}}), 400, "invalid_parameter", "syntax");
}

TEST_F(ApiTest, Issue12_TypedTextIsNeverAnErrorAndTheResponseSaysWhatChanged) {
  for (const char* q : kMalformedQueries) {
    SCOPED_TRACE(q);
    const auto r = searchd_->search({{"q", q}});
    ASSERT_EQ(r.status, 200) << r.body.dump();
    ASSERT_TRUE(r.body["warnings"].is_array());
    ASSERT_FALSE(r.body["warnings"].empty()) << r.body.dump();
    for (const auto& w : r.body["warnings"]) {
      EXPECT_FALSE(w["code"].get<std::string>().empty());
      EXPECT_LE(w["start"].get<size_t>(), w["end"].get<size_t>());
      EXPECT_LE(w["end"].get<size_t>(), std::string(q).size());
    }
  }
  // The words of a malformed query still find their record.
  const auto r = searchd_->search({{"q", "\"quarterly budget"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_GT(r.body["total"].get<int>(), 0) << r.body.dump();
  const auto clean = searchd_->search({{"q", "quarterly budget"}});
  EXPECT_TRUE(clean.body["warnings"].empty()) << clean.body.dump();
}

TEST_F(ApiTest, UnknownParameterIsNamed) {
  expect_error(searchd_->search({{"q", "budget"}, {"query", "budget"}}), 400, "unknown_parameter", "query");
  expect_error(searchd_->get("/v1/documents/post/p1?fields=id"), 400, "unknown_parameter", "fields");
  expect_error(searchd_->get("/healthz?verbose=1"), 400, "unknown_parameter", "verbose");
}

TEST_F(ApiTest, InvalidParameterIsNamed) {
  const Params kCases[] = {
      {{"size", "1000"}},  {{"size", "0"}},      {{"size", "ten"}},    {{"page", "0"}},
      {{"page", "-1"}},    {{"page", "5000"}},   {{"sort", "foo"}},    {{"op", "xor"}},
      {{"kind", "memo"}},  {{"facets", "colour"}}, {{"lang", "xx"}},   {{"q", "a"}, {"q", "b"}},
  };
  for (const Params& params : kCases) {
    SCOPED_TRACE(query_string(params));
    expect_error(searchd_->search(params), 400, "invalid_parameter", params.front().first);
  }
}

TEST_F(ApiTest, MissingDocumentIsDocumentNotFound) {
  expect_error(searchd_->document("post", "nope"), 404, "document_not_found", "id");
  // The id exists, but as a post, not a document.
  expect_error(searchd_->document("document", "p1"), 404, "document_not_found", "id");
}

TEST_F(ApiTest, UnknownKindOrPathIsNotFound) {
  expect_error(searchd_->document("memo", "p1"), 404, "not_found", "kind");
  for (const char* target : {"/", "/v1/serach?q=budget", "/v1/search/more", "/v1/documents/post", "/v1/documents/post/",
                             "/v2/search"}) {
    SCOPED_TRACE(target);
    expect_error(searchd_->get(target), 404, "not_found", "");
  }
  expect_error(searchd_->post("/v1/search?q=budget"), 404, "not_found", "");
}

}  // namespace
}  // namespace kennis::it
