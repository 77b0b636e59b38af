// Highlights of hits: byte spans to offsets in bytes, code points and UTF-16 (to_highlights),
// checked against ICU's own counting; and, through a real Searcher, that the plain snippet, its
// offsets and the <mark> HTML describe the same spans.
#include <gtest/gtest.h>

#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/highlight.h"
#include "kennis/searcher.h"
#include "test_index.h"

namespace kennis {
namespace {

using nlohmann::json;

// The UTF-16 code units of UTF-8 text, by ICU (independent of the code under test).
icu::UnicodeString utf16_of(const std::string& utf8) { return icu::UnicodeString::fromUTF8(utf8); }

// The code points of UTF-8 text, by ICU.
std::u32string code_points_of(const std::string& utf8) {
  const icu::UnicodeString u = utf16_of(utf8);
  std::u32string out(static_cast<size_t>(u.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  u.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
  EXPECT_TRUE(U_SUCCESS(status));
  return out;
}

std::string utf8_of(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Checks one highlight of `text` against what ICU counts for the prefixes, and that each of the
// three slices is `word`.
void expect_highlight(const std::string& text, const Highlight& h, const std::string& word) {
  SCOPED_TRACE("«" + word + "» in «" + text + "»");
  ASSERT_LE(h.bytes.end, text.size());
  ASSERT_LT(h.bytes.start, h.bytes.end);
  EXPECT_EQ(text.substr(h.bytes.start, h.bytes.end - h.bytes.start), word);

  const std::string before = text.substr(0, h.bytes.start);
  const std::string through = text.substr(0, h.bytes.end);
  EXPECT_EQ(h.utf16.start, static_cast<uint32_t>(utf16_of(before).length()));
  EXPECT_EQ(h.utf16.end, static_cast<uint32_t>(utf16_of(through).length()));
  EXPECT_EQ(h.code_points.start, static_cast<uint32_t>(utf16_of(before).countChar32()));
  EXPECT_EQ(h.code_points.end, static_cast<uint32_t>(utf16_of(through).countChar32()));

  const icu::UnicodeString u16 = utf16_of(text);
  ASSERT_LE(h.utf16.end, static_cast<uint32_t>(u16.length()));
  EXPECT_EQ(utf8_of(u16.tempSubStringBetween(static_cast<int32_t>(h.utf16.start), static_cast<int32_t>(h.utf16.end))),
            word);
  const std::u32string u32 = code_points_of(text);
  ASSERT_LE(h.code_points.end, u32.size());
  EXPECT_EQ(u32.substr(h.code_points.start, h.code_points.end - h.code_points.start), code_points_of(word));
}

struct OffsetCase {
  std::string text;
  std::vector<std::string> words;  // each found once in text, in text order
};

TEST(ToHighlights, OffsetsAgreeWithIcuInEveryScript) {
  const OffsetCase kCases[] = {
      {"Budget review moved to Tuesday", {"Budget", "Tuesday"}},
      {"我们明天在北京开会讨论预算", {"北京", "预算"}},
      {"東京大学で日本語を勉強しています", {"東京", "日本語", "勉強"}},
      {"ภาษาไทยง่ายนิดเดียว", {"ไทย", "ง่าย", "เดียว"}},  // ่ is a combining tone mark
      {"Great job 😀 everyone 𝄞 done", {"job", "😀", "everyone", "𝄞", "done"}},
      {"😀😀 北京 𝄞ภาษา", {"北京", "ภาษา"}},
      {"cafe\u0301 au lait, re\u0301sume\u0301", {"cafe\u0301", "lait", "re\u0301sume\u0301"}},  // combining acute
      {"Naïve café résumé", {"Naïve", "résumé"}},
      {"👍🏽 Ærø e-mail", {"👍🏽", "e-mail"}},
  };
  for (const OffsetCase& c : kCases) {
    std::vector<TextRange> spans;
    size_t from = 0;
    for (const std::string& word : c.words) {
      const size_t at = c.text.find(word, from);
      ASSERT_NE(at, std::string::npos) << word;
      spans.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())});
      from = at + word.size();
    }
    const std::vector<Highlight> highlights = to_highlights(c.text, spans);
    ASSERT_EQ(highlights.size(), c.words.size());
    for (size_t i = 0; i < highlights.size(); ++i) {
      EXPECT_EQ(highlights[i].bytes, spans[i]);
      expect_highlight(c.text, highlights[i], c.words[i]);
    }
  }
}

TEST(ToHighlights, AstralCharactersAreTwoUtf16UnitsAndOneCodePoint) {
  // Counted by hand: 𝄞 and 😀 are 4 bytes, 1 code point, 2 UTF-16 units each; 北 3, 1, 1.
  const std::string text = "𝄞 😀 ok 北京";
  const std::vector<Highlight> h = to_highlights(text, {{0, 4}, {5, 9}, {10, 12}, {13, 19}});
  ASSERT_EQ(h.size(), 4u);
  EXPECT_EQ(h[0].code_points, (TextRange{0, 1}));
  EXPECT_EQ(h[0].utf16, (TextRange{0, 2}));
  EXPECT_EQ(h[1].code_points, (TextRange{2, 3}));
  EXPECT_EQ(h[1].utf16, (TextRange{3, 5}));
  EXPECT_EQ(h[2].code_points, (TextRange{4, 6}));
  EXPECT_EQ(h[2].utf16, (TextRange{6, 8}));
  EXPECT_EQ(h[3].code_points, (TextRange{7, 9}));
  EXPECT_EQ(h[3].utf16, (TextRange{9, 11}));
}

TEST(ToHighlights, NoSpansGiveNoHighlights) {
  EXPECT_TRUE(to_highlights("", {}).empty());
  EXPECT_TRUE(to_highlights("北京", {}).empty());
}

// ---- Through a real Searcher: the hit's plain text, offsets and HTML agree. ---------------

std::string escape_html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// The HTML a client would build from the plain text and the byte offsets.
std::string html_from_offsets(const std::string& text, const std::vector<Highlight>& highlights) {
  std::string out;
  size_t at = 0;
  for (const Highlight& h : highlights) {
    EXPECT_GE(h.bytes.start, at) << "highlights overlap or are out of order";
    if (h.bytes.start < at) return out;
    out += escape_html(text.substr(at, h.bytes.start - at)) + "<mark>" +
           escape_html(text.substr(h.bytes.start, h.bytes.end - h.bytes.start)) + "</mark>";
    at = h.bytes.end;
  }
  return out + escape_html(text.substr(at));
}

std::vector<std::string> slices(const std::string& text, const std::vector<Highlight>& highlights) {
  std::vector<std::string> out;
  for (const Highlight& h : highlights) {
    expect_highlight(text, h, text.substr(h.bytes.start, h.bytes.end - h.bytes.start));
    out.push_back(text.substr(h.bytes.start, h.bytes.end - h.bytes.start));
  }
  return out;
}

class HitHighlights : public ::testing::Test {
 protected:
  void index(const std::vector<json>& posts) {
    std::vector<test::TestRecord> records;
    for (json p : posts) {
      p["author"] = "anna";
      p["created"] = "2024-03-01T09:30:00Z";
      p["acl"] = "public";
      records.push_back({Kind::kPost, p.dump()});
    }
    const std::string path = test::fresh_dir() + "/index";
    test::build_index(path, records);
    reader_ = std::make_unique<IndexReader>(path);
    searcher_ = std::make_unique<Searcher>(*reader_, SearcherConfig{});
  }

  // The one hit for `q`; checks that its HTML is its plain text with the offsets marked.
  Hit hit(const std::string& q) {
    SearchRequest request;
    request.q = q;
    request.facets.clear();
    const SearchResult result = searcher_->search(request, Caller{});
    EXPECT_EQ(result.hits.size(), 1u) << q;
    if (result.hits.empty()) return {};
    const Hit& h = result.hits.front();
    EXPECT_EQ(h.title_html, html_from_offsets(h.title, h.title_highlights)) << q;
    EXPECT_EQ(h.snippet_html, html_from_offsets(h.snippet, h.snippet_highlights)) << q;
    return h;
  }

  std::unique_ptr<IndexReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

using Words = std::vector<std::string>;

TEST_F(HitHighlights, MatchesInTitleAndSnippetInEveryScript) {
  index({
      {{"id", "zh"}, {"lang", "zh"}, {"title", "北京办公室"}, {"body", "🎉 我们明天在北京开会讨论预算。"}},
      {{"id", "ja"}, {"lang", "ja"}, {"body", "𝄞 東京大学で日本語を勉強しています。"}},
      {{"id", "th"}, {"lang", "th"}, {"body", "😀 ภาษาไทยง่ายนิดเดียว"}},
      {{"id", "en"},
       {"lang", "en"},
       {"title", "Résumé tips 😀"},
       {"body", "Send your résumé & cover <letter> by Friday"}},
  });
  const Hit zh = hit("北京");
  EXPECT_EQ(slices(zh.title, zh.title_highlights), (Words{"北京"}));
  EXPECT_EQ(slices(zh.snippet, zh.snippet_highlights), (Words{"北京"}));
  const Hit ja = hit("日本語");
  EXPECT_EQ(slices(ja.snippet, ja.snippet_highlights), (Words{"日本語"}));
  const Hit th = hit("ง่าย");
  EXPECT_EQ(slices(th.snippet, th.snippet_highlights), (Words{"ง่าย"}));
  const Hit en = hit("resume");  // accent-folded match of résumé, HTML escaped around it
  EXPECT_EQ(slices(en.title, en.title_highlights), (Words{"Résumé"}));
  EXPECT_EQ(slices(en.snippet, en.snippet_highlights), (Words{"résumé"}));
  EXPECT_NE(en.snippet_html.find("&lt;letter&gt;"), std::string::npos) << en.snippet_html;
}

TEST_F(HitHighlights, OverlappingAndTouchingMatchesAreOneSpan) {
  index({
      {{"id", "mail"}, {"body", "Please send an e-mail before noon"}},
      {{"id", "zh"}, {"lang", "zh"}, {"body", "我们明天在北京开会讨论预算"}},
  });
  // "e" and the joined form "email" cover the same bytes as "e-mail".
  const Hit mail = hit("e email");
  EXPECT_EQ(slices(mail.snippet, mail.snippet_highlights), (Words{"e-mail"}));
  EXPECT_NE(mail.snippet_html.find("<mark>e-mail</mark>"), std::string::npos) << mail.snippet_html;
  // Two words the query segments out of one run of Chinese, side by side in the text.
  const Hit zh = hit("北京开会");
  EXPECT_EQ(slices(zh.snippet, zh.snippet_highlights), (Words{"北京开会"}));
}

TEST_F(HitHighlights, PlainSnippetIsWhatTheHtmlShows) {
  index({{{"id", "short"}, {"body", "Line one\nline\ttwo with the forecast\r\nat its end"}}});
  // A body that fits is shown whole, newlines and tabs as spaces.
  const Hit h = hit("forecast");
  EXPECT_EQ(h.snippet, "Line one line two with the forecast  at its end");
  EXPECT_EQ(slices(h.snippet, h.snippet_highlights), (Words{"forecast"}));
}

TEST_F(HitHighlights, LongBodyIsCutAroundItsMatch) {
  // The match lies far from the start; the passage must hold it, and the offsets count the
  // ellipses and the characters above U+FFFF before it.
  std::string body;
  for (int i = 0; i < 40; ++i) body += "filler\twords\r\nhere 😀 ";
  body += "the quarterly budget is ready ";
  for (int i = 0; i < 40; ++i) body += "more 𝄞 text\nafter ";
  index({{{"id", "long"}, {"body", body}}});
  const Hit h = hit("budget");
  EXPECT_EQ(h.snippet.rfind("… ", 0), 0u) << h.snippet;
  EXPECT_EQ(h.snippet.substr(h.snippet.size() - 4), " …") << h.snippet;
  EXPECT_EQ(h.snippet.find_first_of("\t\r\n"), std::string::npos);
  EXPECT_LE(h.snippet.size(), SearcherConfig{}.snippet_bytes + 8);
  ASSERT_EQ(slices(h.snippet, h.snippet_highlights), (Words{"budget"})) << h.snippet;
  EXPECT_GT(h.snippet_highlights[0].utf16.start, h.snippet_highlights[0].code_points.start);
}

}  // namespace
}  // namespace kennis
