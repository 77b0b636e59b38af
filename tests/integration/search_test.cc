// What a search answers: facet counts, date order, phrases and the rest of the query syntax,
// spelling suggestions, relaxed matching and highlighted snippets.
#include <gtest/gtest.h>

#include "harness.h"

namespace kennis::it {
namespace {

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Records records;
    // Listed neither by date nor by relevance, so neither order can come from input order.
    records.posts = {
        post("mid", "Release notes: the release train leaves at noon",
             {{"created", "2023-06-10T09:00:00Z"}, {"group", "eng"}, {"author", "bob"}, {"lang", "en"},
              {"tags", {"release"}}}),
        post("old", "Release release release: every release of the release calendar, release after release",
             {{"created", "2021-03-01T09:00:00Z"}, {"group", "eng"}, {"author", "alice"}, {"lang", "en"}}),
        post("new", "A release happened",
             {{"created", "2024-11-20T09:00:00Z"}, {"group", "ops"}, {"author", "alice"}, {"lang", "en"}}),
        post("nl", "De nieuwe release van het rooster",
             {{"created", "2024-02-02T09:00:00Z"}, {"group", "ops"}, {"author", "carol"}, {"lang", "nl"}}),
        post("phrase1", "The budget meeting moved to Friday", {{"created", "2022-01-01T00:00:00Z"}}),
        post("phrase2", "Meeting about the budget of the picnic", {{"created", "2022-01-02T00:00:00Z"}}),
        post("html", "Compare <b>a</b> & b: budget < forecast", {{"created", "2022-01-03T00:00:00Z"}}),
    };
    records.documents = {document("doc", "Release handbook", "How we cut a release",
                                  {{"created", "2024-05-05T00:00:00Z"}, {"group", "eng"}, {"authors", {"bob", "dave"}},
                                   {"lang", "en"}})};
    const IndexerRun run = index_records(ws_, index_, records);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    searchd_ = std::make_unique<Searchd>(ws_, index_);
  }

  Response search(const Params& params) {
    Response r = searchd_->search(params);
    EXPECT_EQ(r.status, 200) << query_string(params) << ": " << r.raw;
    return r;
  }

  Workspace ws_;
  const std::string index_ = ws_.path("index");
  std::unique_ptr<Searchd> searchd_;
};

TEST_F(SearchTest, FacetsCountTheMatchingRecords) {
  const Response r = search({{"q", "release"}});
  EXPECT_EQ(r.body["total"], 5);
  const json& f = r.body["facets"];
  // By count, descending, then by value.
  EXPECT_EQ(f["kind"], json::parse(R"([{"value": "post", "count": 4}, {"value": "document", "count": 1}])"));
  EXPECT_EQ(f["group"], json::parse(R"([{"value": "eng", "count": 3}, {"value": "ops", "count": 2}])"));
  EXPECT_EQ(f["lang"], json::parse(R"([{"value": "en", "count": 4}, {"value": "nl", "count": 1}])"));
  EXPECT_EQ(f["author"], json::parse(R"([{"value": "alice", "count": 2}, {"value": "bob", "count": 2},
                                         {"value": "carol", "count": 1}, {"value": "dave", "count": 1}])"));
  EXPECT_EQ(f["year"], json::parse(R"([{"value": "2024", "count": 3}, {"value": "2021", "count": 1},
                                       {"value": "2023", "count": 1}])"));
}

TEST_F(SearchTest, FacetsFollowFiltersAndTheFacetsParameter) {
  const Response posts = search({{"q", "release"}, {"kind", "post"}, {"facets", "kind,group"}});
  EXPECT_EQ(posts.body["facets"], json::parse(R"({"kind": [{"value": "post", "count": 4}],
      "group": [{"value": "eng", "count": 2}, {"value": "ops", "count": 2}]})"));
  EXPECT_EQ(search({{"q", "release"}, {"facets", ""}}).body["facets"], json::object());
  EXPECT_EQ(search({{"q", "release"}, {"facets", "year"}, {"facets", "lang"}}).body["facets"].size(), 2u);
}

TEST_F(SearchTest, SortByDateIsNewestFirst) {
  const std::vector<std::string> by_date = {"new", "doc", "nl", "mid", "old"};
  EXPECT_EQ(hit_ids(search({{"q", "release"}, {"sort", "date"}})), by_date);
  // By relevance the record that says "release" most often comes first.
  const std::vector<std::string> by_relevance = hit_ids(search({{"q", "release"}}));
  ASSERT_EQ(by_relevance.size(), 5u);
  EXPECT_EQ(by_relevance.front(), "old");
  // A query without words is always by date.
  EXPECT_EQ(hit_ids(search({{"q", "group:eng"}})), (std::vector<std::string>{"doc", "mid", "old"}));
}

TEST_F(SearchTest, PhraseKeepsWordOrder) {
  EXPECT_EQ(hit_ids(search({{"q", "\"budget meeting\""}})), std::vector<std::string>{"phrase1"});
  EXPECT_EQ(hit_ids(search({{"q", "budget meeting"}, {"sort", "date"}})),
            (std::vector<std::string>{"phrase2", "phrase1"}));
  EXPECT_EQ(hit_ids(search({{"q", "budget -\"budget meeting\""}, {"sort", "date"}})),
            (std::vector<std::string>{"html", "phrase2"}));
}

TEST_F(SearchTest, QuerySyntaxFiltersAndCombines) {
  const std::pair<const char*, std::vector<std::string>> kCases[] = {
      {"release author:alice", {"new", "old"}},
      {"release -calendar", {"new", "doc", "nl", "mid"}},
      {"picnic OR friday", {"phrase2", "phrase1"}},
      {"(picnic OR friday) moved", {"phrase1"}},
      {"title:handbook", {"doc"}},
      {"title:release", {"doc"}},
      {"release lang:nl", {"nl"}},
      {"release tag:release", {"mid"}},
      {"release year:2024", {"new", "doc", "nl"}},
      {"kind:document", {"doc"}},
      {"release date:2023..2024-05", {"doc", "nl", "mid"}},  // TO includes its whole month
      {"release date:2024-02", {"nl"}},
      {"release date:2024-05-05..", {"new", "doc"}},
      {"release date:..2022", {"old"}},
  };
  for (const auto& [q, ids] : kCases) {
    SCOPED_TRACE(q);
    EXPECT_EQ(hit_ids(search({{"q", q}, {"sort", "date"}})), ids);
  }
}

TEST_F(SearchTest, TypoGetsASpellingSuggestion) {
  const Response r = search({{"q", "picnc"}});
  EXPECT_EQ(r.body["total"], 0);
  EXPECT_EQ(r.body["suggestion"], "picnic");
  EXPECT_EQ(search({{"q", "budgte meeting"}}).body["suggestion"], "budget meeting");
  EXPECT_EQ(search({{"q", "picnic"}}).body["suggestion"], nullptr) << "known words need no suggestion";
}

TEST_F(SearchTest, NoRecordWithEveryWordRelaxesToAnyWord) {
  const Response relaxed = search({{"q", "picnic friday"}});
  EXPECT_EQ(relaxed.body["relaxed"], true);
  EXPECT_EQ(relaxed.body["total"], 2);
  const Response strict = search({{"q", "budget friday"}});
  EXPECT_EQ(strict.body["relaxed"], false);
  EXPECT_EQ(hit_ids(strict), std::vector<std::string>{"phrase1"});
  const Response any = search({{"q", "picnic friday"}, {"op", "or"}});
  EXPECT_EQ(any.body["relaxed"], false);
  EXPECT_EQ(any.body["total"], 2);
}

TEST_F(SearchTest, SnippetsMarkMatchesAndEscapeHtml) {
  const Response r = search({{"q", "forecast"}});
  ASSERT_EQ(hit_ids(r), std::vector<std::string>{"html"});
  const std::string snippet = r.body["hits"][0]["snippet_html"];
  EXPECT_NE(snippet.find("<mark>forecast</mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;b&gt;"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&amp;"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<b>"), std::string::npos) << snippet;

  const Response title = search({{"q", "handbook"}});
  EXPECT_EQ(title.body["hits"][0]["title_html"], "Release <mark>handbook</mark>");
  // Inflections found by stemming are marked too.
  const Response stemmed = search({{"q", "meetings"}, {"sort", "date"}});
  ASSERT_EQ(hit_ids(stemmed).size(), 2u);
  for (const json& hit : stemmed.body["hits"])
    EXPECT_NE(hit["snippet_html"].get<std::string>().find("<mark>"), std::string::npos) << hit.dump();
}

}  // namespace
}  // namespace kennis::it
