// Records shared with groups or persons are invisible to anonymous callers: not in hits,
// totals, facets, spelling suggestions or /v1/documents.
#include <gtest/gtest.h>

#include "harness.h"

namespace kennis::it {
namespace {

class AccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Records records;
    records.posts = {
        post("pub", "Budget planning for the canteen",
             {{"group", "finance"}, {"lang", "en"}, {"created", "2023-05-01T08:00:00Z"}}),
        post("board", "Budget for the confidential merger with Zanzibar Shipping",
             {{"author", "mallory"}, {"group", "board"}, {"lang", "nl"}, {"created", "2021-02-01T08:00:00Z"},
              {"acl", {{"groups", {"board"}}}}}),
    };
    records.documents = {document("memo", "Budget memo", "Redundancy budget for Zanzibar",
                                  {{"authors", {"trent"}}, {"created", "2020-01-01T00:00:00Z"},
                                   {"acl", {{"persons", {"bob@example.org"}}}}})};
    records.profiles = {profile("ceo", "Victor Budget", {{"acl", {{"groups", {"hr"}}}}})};
    const IndexerRun run = index_records(ws_, index_, records);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    searchd_ = std::make_unique<Searchd>(ws_, index_);
  }

  Workspace ws_;
  const std::string index_ = ws_.path("index");
  std::unique_ptr<Searchd> searchd_;
};

TEST_F(AccessTest, HitsTotalsAndFacetsCountPublicRecordsOnly) {
  const Response r = searchd_->search({{"q", "budget"}});
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(hit_ids(r), std::vector<std::string>{"pub"});
  EXPECT_EQ(r.body["total"], 1);
  const json facets = r.body["facets"];
  EXPECT_EQ(facets["kind"], json::parse(R"([{"value": "post", "count": 1}])"));
  EXPECT_EQ(facets["author"], json::parse(R"([{"value": "alice", "count": 1}])"));
  EXPECT_EQ(facets["group"], json::parse(R"([{"value": "finance", "count": 1}])"));
  EXPECT_EQ(facets["lang"], json::parse(R"([{"value": "en", "count": 1}])"));
  EXPECT_EQ(facets["year"], json::parse(R"([{"value": "2023", "count": 1}])"));

  EXPECT_EQ(searchd_->search({}).body["total"], 1) << "listing everything lists public records only";
}

TEST_F(AccessTest, WordsOnlyInPrivateRecordsFindNothing) {
  for (const Params& params : std::vector<Params>{{{"q", "zanzibar"}},
                                                  {{"q", "merger"}, {"op", "or"}},
                                                  {{"q", "author:mallory"}},
                                                  {{"q", "group:board"}},
                                                  {{"q", "victor"}, {"kind", "profile"}},
                                                  {{"q", "year:2021"}}}) {
    SCOPED_TRACE(query_string(params));
    const Response r = searchd_->search(params);
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["total"], 0);
    EXPECT_TRUE(hit_ids(r).empty());
    for (const auto& [name, values] : r.body["facets"].items()) EXPECT_EQ(values, json::array()) << name;
  }
}

TEST_F(AccessTest, PrivateRecordsAreNotFound) {
  for (const auto& [kind, id] :
       {std::pair{"post", "board"}, std::pair{"document", "memo"}, std::pair{"profile", "ceo"}}) {
    SCOPED_TRACE(id);
    const Response r = searchd_->document(kind, id);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.error_code(), "document_not_found") << "must look exactly like a record that does not exist";
  }
  EXPECT_EQ(searchd_->document("post", "pub").status, 200);
}

TEST_F(AccessTest, SpellingSuggestionsDoNotRevealPrivateWords) {
  // "zanzibar" and "redundancy" are only in private records; a typo must not be corrected to them.
  for (const char* typo : {"zanzibr", "redundancyy"}) {
    SCOPED_TRACE(typo);
    const Response r = searchd_->search({{"q", typo}});
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["suggestion"], nullptr);
  }
  // Public words are still suggested.
  EXPECT_EQ(searchd_->search({{"q", "canten"}}).body["suggestion"], "canteen");
}

}  // namespace
}  // namespace kennis::it
