// What a search answers: facet counts, date order, phrases and the rest of the query syntax,
// spelling suggestions, relaxed matching and highlighted snippets.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <cstring>
#include <regex>
#include <string>
#include <utility>
#include <vector>

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

TEST_F(SearchTest, FilterParametersSelectFacetValues) {
  // Same field: any of the values; different fields: all of them.
  EXPECT_EQ(search({{"q", "release"}, {"filter", "group:eng"}}).body["total"], 3);
  EXPECT_EQ(search({{"q", "release"}, {"filter", "group:eng"}, {"filter", "group:ops"}}).body["total"], 5);
  EXPECT_EQ(hit_ids(search({{"q", "release"}, {"filter", "group:eng"}, {"filter", "kind:document"}})),
            (std::vector<std::string>{"doc"}));
  EXPECT_EQ(hit_ids(search({{"q", "release"}, {"filter", "author:carol"}})), (std::vector<std::string>{"nl"}));
  // Dates: from and to are whole days, both inclusive.
  EXPECT_EQ(search({{"q", "release"}, {"from", "2024-01-01"}}).body["total"], 3);
  EXPECT_EQ(search({{"q", "release"}, {"to", "2023-06-10"}}).body["total"], 2);
  EXPECT_EQ(search({{"q", "release"}, {"from", "2023-06-10"}, {"to", "2023-06-10"}}).body["total"], 1);
  for (const Params& bad : std::vector<Params>{{{"filter", "color:red"}}, {{"filter", "group:"}}, {{"filter", "kind:xyz"}},
                                               {{"from", "2024-13-01"}}, {{"from", "2024-02-01"}, {"to", "2024-01-01"}},
                                               {{"facet_counts", "both"}}}) {
    const Response r = searchd_->search(bad);
    EXPECT_EQ(r.status, 400) << query_string(bad);
    EXPECT_EQ(r.body["error"]["code"], "invalid_parameter") << r.raw;
  }
}

TEST_F(SearchTest, DisjunctiveFacetCountsLeaveOutTheFacetsOwnFilter) {
  const Params eng = {{"q", "release"}, {"filter", "group:eng"}, {"facets", "group,kind"}};
  // Conjunctive (the default): every facet follows every filter.
  EXPECT_EQ(search(eng).body["facets"]["group"], json::parse(R"([{"value": "eng", "count": 3}])"));
  Params disjunctive = eng;
  disjunctive.push_back({"facet_counts", "disjunctive"});
  const Response r = search(disjunctive);
  // The hits and total follow the filter; the group facet still counts the other group; the
  // kind facet follows the group filter.
  EXPECT_EQ(r.body["total"], 3);
  EXPECT_EQ(r.body["facets"]["group"], json::parse(R"([{"value": "eng", "count": 3}, {"value": "ops", "count": 2}])"));
  EXPECT_EQ(r.body["facets"]["kind"], json::parse(R"([{"value": "post", "count": 2}, {"value": "document", "count": 1}])"));
  // Each count is what picking that value alone gives.
  for (const json& v : r.body["facets"]["group"])
    EXPECT_EQ(search({{"q", "release"}, {"filter", "group:" + v["value"].get<std::string>()}}).body["total"], v["count"]);
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


// Chinese, Japanese and Thai through the real binaries: words inside unsegmented sentences are
// found (ICU dictionary segmentation at index and at query time), and each hit's highlights
// slice the words out of the JSON strings as a web client (UTF-16) or Python (code points)
// would, marking the same spans as the HTML.
class MultilingualSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Records records;
    // Characters above U+FFFF before the words make UTF-16 and code point offsets differ.
    records.posts = {
        post("zh", "🎉 我们明天在北京开会讨论预算。", {{"lang", "zh"}, {"title", "北京办公室 😀"}}),
        post("ja", "𝄞 東京大学で日本語を勉強しています。", {{"lang", "ja"}}),
        post("th", "😀 ภาษาไทยง่ายนิดเดียว", {{"lang", "th"}}),
        post("en", "😀 Budget <review> & planning", {{"lang", "en"}}),
    };
    const IndexerRun run = index_records(ws_, index_, records);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    searchd_ = std::make_unique<Searchd>(ws_, index_);
  }

  Response search(const std::string& q) {
    Response r = searchd_->search({{"q", q}});
    EXPECT_EQ(r.status, 200) << q << ": " << r.raw;
    return r;
  }

  Workspace ws_;
  const std::string index_ = ws_.path("index");
  std::unique_ptr<Searchd> searchd_;
};

std::string utf8_of(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string unescape_html(std::string s) {
  const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, text] : kEntities)
    for (size_t at = s.find(entity); at != std::string::npos; at = s.find(entity, at + 1))
      s.replace(at, std::strlen(entity), text);
  return s;
}

// The texts the HTML puts in <mark>, and the HTML without its marks, both unescaped.
std::pair<std::vector<std::string>, std::string> read_marks(const std::string& html) {
  std::vector<std::string> marked;
  std::string plain;
  static const std::regex kMark("<mark>(.*?)</mark>");
  size_t at = 0;
  for (auto m = std::sregex_iterator(html.begin(), html.end(), kMark); m != std::sregex_iterator(); ++m) {
    plain += html.substr(at, static_cast<size_t>(m->position(0)) - at) + (*m)[1].str();
    marked.push_back(unescape_html((*m)[1].str()));
    at = static_cast<size_t>(m->position(0) + m->length(0));
  }
  return {marked, unescape_html(plain + html.substr(at))};
}

// The words each highlight of `field` slices out of hit[field], checking that the UTF-16, code
// point and byte slices agree and that the field's HTML marks exactly these words.
std::vector<std::string> highlighted(const json& hit, const std::string& field) {
  SCOPED_TRACE(field + " of " + hit.dump());
  const std::string text = hit.at(field);
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(text);  // as JavaScript sees it
  std::u32string code_points(static_cast<size_t>(utf16.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  utf16.toUTF32(reinterpret_cast<UChar32*>(code_points.data()), static_cast<int32_t>(code_points.size()), status);
  EXPECT_TRUE(U_SUCCESS(status));

  std::vector<std::string> words;
  for (const json& h : hit.at("highlights").at(field)) {
    const int32_t u_start = h.at("utf16")[0], u_end = h.at("utf16")[1];
    const size_t c_start = h.at("code_points")[0], c_end = h.at("code_points")[1];
    const size_t b_start = h.at("bytes")[0], b_end = h.at("bytes")[1];
    EXPECT_LE(u_end, utf16.length());
    EXPECT_LE(c_end, code_points.size());
    EXPECT_LE(b_end, text.size());
    const std::string word = utf8_of(utf16.tempSubStringBetween(u_start, u_end));
    const std::u32string cps = code_points.substr(c_start, c_end - c_start);
    EXPECT_EQ(utf8_of(icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(cps.data()),
                                                    static_cast<int32_t>(cps.size()))),
              word);
    EXPECT_EQ(text.substr(b_start, b_end - b_start), word);
    words.push_back(word);
  }
  const auto [marked, plain] = read_marks(hit.at(field + "_html"));
  EXPECT_EQ(marked, words) << "the HTML marks other spans than the offsets";
  EXPECT_EQ(plain, text) << "the HTML shows other text than the plain field";
  return words;
}

using Words = std::vector<std::string>;

TEST_F(MultilingualSearchTest, WordsInsideUnsegmentedSentencesAreFound) {
  EXPECT_EQ(hit_ids(search("北京")), Words{"zh"});
  EXPECT_EQ(hit_ids(search("预算")), Words{"zh"});
  EXPECT_EQ(hit_ids(search("北京开会")), Words{"zh"});  // the query is segmented too
  EXPECT_EQ(hit_ids(search("我们明天在北京开会")), Words{"zh"});
  EXPECT_EQ(hit_ids(search("日本語")), Words{"ja"});
  EXPECT_EQ(hit_ids(search("大学")), Words{"ja"});
  EXPECT_EQ(hit_ids(search("ไทย")), Words{"th"});
  EXPECT_EQ(hit_ids(search("ง่าย")), Words{"th"});
  EXPECT_TRUE(hit_ids(search("上海")).empty());
  EXPECT_TRUE(hit_ids(search("京大")).empty()) << "a run of characters across two words is no word";
}

TEST_F(MultilingualSearchTest, HighlightOffsetsSliceTheMatchedWordInEveryUnit) {
  struct Case {
    std::string q, id;
    Words title, snippet;
  };
  const Case kCases[] = {
      {"北京", "zh", {"北京"}, {"北京"}},
      {"预算", "zh", {}, {"预算"}},
      {"北京开会", "zh", {"北京"}, {"北京开会"}},  // two adjacent words: one span
      {"日本語", "ja", {}, {"日本語"}},
      {"ไทย", "th", {}, {"ไทย"}},
      {"ง่าย", "th", {}, {"ง่าย"}},
      {"planning", "en", {}, {"planning"}},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.q);
    const Response r = search(c.q);
    ASSERT_EQ(hit_ids(r), Words{c.id});
    const json& hit = r.body["hits"][0];
    EXPECT_EQ(highlighted(hit, "title"), c.title);
    EXPECT_EQ(highlighted(hit, "snippet"), c.snippet);
    // The astral character before each word: one code point, two UTF-16 units.
    for (const json& h : hit["highlights"]["snippet"])
      EXPECT_EQ(h["utf16"][0].get<int>(), h["code_points"][0].get<int>() + 1) << hit.dump();
  }
}

}  // namespace
}  // namespace kennis::it
