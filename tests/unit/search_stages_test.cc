// The stages of a search (search_stages.h), each on its own over a small real index: plan,
// match (with facet counts checked against counting every record by hand), render, suggest.
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "kennis/index_reader.h"
#include "kennis/search_stages.h"
#include "test_index.h"

namespace kennis {
namespace {

using nlohmann::json;

struct Doc {
  std::string id, kind, lang, group, author, year, body;
};

class SearchStages : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* langs[] = {"en", "nl", "de"};
    const char* groups[] = {"Energie", "ICT", "Bestuur"};
    const char* authors[] = {"anna", "bram", "chris", "dora"};
    std::vector<test::TestRecord> records;
    for (int i = 0; i < 60; ++i) {
      Doc d;
      d.id = "r" + std::to_string(i);
      d.kind = i % 3 == 0 ? "document" : "post";
      d.lang = langs[i % 3];
      d.group = groups[i % 4 == 0 ? 0 : i % 3];
      d.author = authors[i % 4];
      d.year = std::to_string(2020 + i % 5);
      d.body = "harbour crane maintenance report number " + std::to_string(i) + (i % 2 ? " with a harbour pilot" : "");
      json j = {{"id", d.id}, {"title", "Report " + std::to_string(i)}, {"body", d.body}, {"lang", d.lang},
                {"group", d.group}, {"created", d.year + "-03-01T09:30:00Z"}, {"acl", "public"}};
      if (d.kind == "post") j["author"] = d.author;
      else j["authors"] = {d.author};
      records.push_back({d.kind == "post" ? Kind::kPost : Kind::kDocument, j.dump()});
      docs_.push_back(d);
    }
    path_ = test::fresh_dir() + "/index";
    test::build_index(path_, records);
    reader_ = std::make_unique<IndexReader>(path_);
  }

  // Runs plan and match for `q`; `check` sees the view, the plan and the matches.
  template <typename Check>
  void stages(const SearchRequest& request, const SearcherConfig& config, Check check) {
    reader_->read([&](const IndexReader::View& view) {
      search::Plan plan = search::plan(parse_query(request.q, config.query_limits, request.syntax), request, config,
                                       view, Caller{});
      search::Matches matches = search::match(plan, request, config, view);
      check(view, plan, matches);
    });
  }

  std::vector<Doc> docs_;
  std::string path_;
  std::unique_ptr<IndexReader> reader_;
};

TEST_F(SearchStages, PlanKeepsTheForgivingParsersWarnings) {
  SearchRequest request;
  request.q = "ioctl() crane";
  reader_->read([&](const IndexReader::View& view) {
    const search::Plan plan =
        search::plan(parse_query(request.q, {}, QuerySyntax::kForgiving), request, SearcherConfig{}, view, Caller{});
    EXPECT_TRUE(plan.built.has_text);
    ASSERT_FALSE(plan.parsed.warnings.empty());
    EXPECT_EQ(plan.parsed.warnings.front().code, "empty_parentheses");
    EXPECT_FALSE(plan.by_date);
  });
}

TEST_F(SearchStages, FacetCountsAreThoseOfEveryMatchingRecord) {
  SearchRequest request;
  request.q = "pilot";  // the odd records
  std::map<std::string, std::map<std::string, uint64_t>> expected;
  for (size_t i = 0; i < docs_.size(); ++i) {
    if (i % 2 == 0) continue;
    const Doc& d = docs_[i];
    ++expected["kind"][d.kind];
    ++expected["lang"][d.lang];
    ++expected["group"][d.group];
    ++expected["author"][d.author];
    ++expected["year"][d.year];
  }
  stages(request, SearcherConfig{}, [&](const IndexReader::View&, const search::Plan&, const search::Matches& m) {
    EXPECT_EQ(m.mset.get_matches_estimated(), 30u);
    EXPECT_TRUE(m.facet_accuracy.exact);
    EXPECT_EQ(m.facet_accuracy.counted, 30u);
    ASSERT_EQ(m.facets.size(), 5u);
    for (const Facet& facet : m.facets) {
      std::map<std::string, uint64_t> got;
      for (const FacetValue& v : facet.values) got[v.value] = v.count;
      EXPECT_EQ(got, expected[facet.name]) << facet.name;
    }
  });
}

TEST_F(SearchStages, FacetsOverASampleSaySo) {
  SearchRequest request;
  request.q = "harbour";
  SearcherConfig config;
  config.facet_sample = 20;
  stages(request, config, [&](const IndexReader::View&, const search::Plan&, const search::Matches& m) {
    EXPECT_EQ(m.mset.get_matches_estimated(), 60u);
    EXPECT_FALSE(m.facet_accuracy.exact);
    EXPECT_GE(m.facet_accuracy.counted, 20u);
    EXPECT_LT(m.facet_accuracy.counted, 60u);
  });
  request.facets = {"kind", "kind"};  // asked twice: counted once, shown twice
  stages(request, SearcherConfig{}, [&](const IndexReader::View&, const search::Plan&, const search::Matches& m) {
    ASSERT_EQ(m.facets.size(), 2u);
    EXPECT_EQ(m.facets[0].values.size(), 2u);
    EXPECT_EQ(m.facets[0].values[0].count + m.facets[0].values[1].count, 60u);
    EXPECT_EQ(m.facets[1].values[0].count, m.facets[0].values[0].count);
  });
}

TEST_F(SearchStages, MatchRelaxesAQueryNoRecordHasWhole) {
  SearchRequest request;
  request.q = "pilot zeppelin";
  stages(request, SearcherConfig{}, [&](const IndexReader::View&, const search::Plan& plan, const search::Matches& m) {
    EXPECT_TRUE(m.relaxed);
    EXPECT_EQ(m.mset.get_matches_estimated(), 30u);
    EXPECT_EQ(plan.options.default_op, Xapian::Query::OP_OR);
  });
}

TEST_F(SearchStages, RenderReadsStoredRecordsAndMarksTheWords) {
  SearchRequest request;
  request.q = "report 7";
  request.size = 3;
  stages(request, SearcherConfig{}, [&](const IndexReader::View&, const search::Plan& plan, const search::Matches& m) {
    const std::vector<Hit> hits = search::render(m.mset, plan, SearcherConfig{});
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().id, "r7");
    EXPECT_EQ(hits.front().kind, Kind::kPost);
    EXPECT_EQ(hits.front().title, "Report 7");
    EXPECT_EQ(hits.front().title_html, "<mark>Report</mark> <mark>7</mark>");
    EXPECT_NE(hits.front().snippet_html.find("<mark>report</mark>"), std::string::npos) << hits.front().snippet_html;
    EXPECT_EQ(hits.front().people, std::vector<std::string>{"dora"});
  });
}

TEST_F(SearchStages, SuggestCorrectsAWordNoVisibleRecordHas) {
  SearchRequest request;
  request.q = "harbuor crane";
  stages(request, SearcherConfig{}, [&](const IndexReader::View& view, const search::Plan& plan, const search::Matches&) {
    EXPECT_EQ(search::suggest(plan, request.q, view), std::optional<std::string>("harbour crane"));
  });
  request.q = "harbour crane";
  stages(request, SearcherConfig{}, [&](const IndexReader::View& view, const search::Plan& plan, const search::Matches&) {
    EXPECT_EQ(search::suggest(plan, request.q, view), std::nullopt);
  });
}

}  // namespace
}  // namespace kennis
