// Analyzer: segmentation, normalisation, folding and stemming, table-driven (STYLE.md §10).
// Results are written "text[position]" per token, in the order analyze() returns them.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/index_writer.h"

namespace kennis {
namespace {

struct AnalysisCase {
  std::string input;
  std::string expected;
};

// Strict UTF-8 check: no overlongs, no surrogates, nothing above U+10FFFF.
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    uint32_t cp = 0, min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;  // truncated sequence
    for (size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

std::string render(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text + "[" + std::to_string(t.position) + "]";
  }
  return out;
}

// The contract of analyze() that holds for every input (analysis.h, STYLE.md §3). A token is a
// joined form ("email" for "e-mail") when its position does not advance; it must then share
// the position and start of the first part.
void check_invariants(std::string_view input, const std::vector<Token>& tokens, const AnalyzerConfig& config) {
  const Token* previous = nullptr;  // last word that was not a joined form
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    SCOPED_TRACE("token " + std::to_string(i) + " '" + t.text + "'");
    EXPECT_FALSE(t.text.empty());
    EXPECT_TRUE(valid_utf8(t.text));
    EXPECT_TRUE(valid_utf8(t.lower));
    EXPECT_LE(t.text.size(), config.max_token_bytes);
    EXPECT_LT(t.start, t.end);
    EXPECT_LE(t.end, input.size());
    const bool joined = previous != nullptr && t.position <= previous->position;
    if (joined) {
      bool has_first_part = false;
      // ... or a part of an earlier word at its position (elisions: "école" in "l'école").
      for (size_t k = 0; k < i; ++k)
        has_first_part |= tokens[k].position == t.position &&
                          ((tokens[k].start == t.start && tokens[k].end < t.end) ||
                           (tokens[k].start <= t.start && t.end <= tokens[k].end && t.end - t.start < tokens[k].end - tokens[k].start));
      EXPECT_TRUE(has_first_part) << "a token whose position does not advance must be a joined form or a part";
      continue;
    }
    if (previous) {
      EXPECT_GE(t.position, previous->position);
      EXPECT_GE(t.start, previous->end) << "offsets go backwards";
    }
    previous = &t;
  }
}

void expect_tokens(const Analyzer& analyzer, std::string_view input, const std::string& expected,
                   const AnalyzerConfig& config = {}) {
  const std::vector<Token> tokens = analyzer.analyze(input);
  EXPECT_EQ(render(tokens), expected);
  check_invariants(input, tokens, config);
}

void run(const Analyzer& analyzer, const std::vector<AnalysisCase>& cases, const AnalyzerConfig& config = {}) {
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    expect_tokens(analyzer, c.input, c.expected, config);
  }
}

class AnalyzerTest : public ::testing::Test {
 protected:
  Analyzer analyzer_;
};

TEST_F(AnalyzerTest, EmptyAndPunctuationGiveNoTokens) {
  run(analyzer_, {
                     {"", ""},
                     {"   \t\n", ""},
                     {"... -- !? ()", ""},
                 });
}

TEST_F(AnalyzerTest, CaseFolding) {
  run(analyzer_, {
                     {"simple-example", "simple[0] example[1] simpleexample[0]"},
                     {"Hello WORLD MiXeD", "hello[0] world[1] mixed[2]"},
                     {"ΟΔΟΣ οδος", "οδοσ[0] οδοσ[1]"},  // final sigma folds like sigma
                     {"İstanbul", "istanbul[0]"},
                     {"Привет МИР", "привет[0] мир[1]"},
                 });
}

TEST_F(AnalyzerTest, AccentFolding) {
  run(analyzer_, {
                     {"Ünïcode CAFÉ", "unicode[0] cafe[1]"},
                     {"café Café cafe", "cafe[0] cafe[1] cafe[2]"},
                     {"Ærø", "aero[0]"},
                     {"ß Straße", "ss[0] strasse[1]"},
                     {"Łódź", "lodz[0]"},
                     {"naïve coöperatie één", "naive[0] cooperatie[1] een[2]"},
                     {"Œuvre Ångström Dvořák ÞÓR", "oeuvre[0] angstrom[1] dvorak[2] thor[3]"},
                     {"Ωμέγα", "ωμεγα[0]"},
                 });
}

TEST_F(AnalyzerTest, AccentFoldingKeepsCaseFoldedFormForStemmers) {
  const std::vector<Token> tokens = analyzer_.analyze("Häuser Haus");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "hauser");
  EXPECT_EQ(tokens[0].lower, "häuser");
  EXPECT_EQ(tokens[1].text, "haus");
  EXPECT_EQ(tokens[1].lower, "") << "lower is set only when it differs from text";
}

TEST_F(AnalyzerTest, Nfkc) {
  run(analyzer_, {
                     {"ＦＵＬＬ ｗｉｄｔｈ", "full[0] width[1]"},
                     {"ﬁnance ﬂow", "finance[0] flow[1]"},
                     {"ﾃｽﾄ", "テスト[0]"},  // half-width katakana
                 });
}

TEST_F(AnalyzerTest, WesternLanguages) {
  run(analyzer_,
      {
          {"De vergaderingen van het bestuur zijn verplaatst naar donderdag.",
           "de[0] vergaderingen[1] van[2] het[3] bestuur[4] zijn[5] verplaatst[6] naar[7] donderdag[8]"},
          {"Twee auto's en één fiets", "twee[0] auto's[1] auto[1] en[2] een[3] fiets[4]"},
          {"Réunion à l'hôtel de ville à 14 h",
           "reunion[0] a[1] l'hotel[2] hotel[2] de[3] ville[4] a[5] 14[6] h[7]"},
          {"Die Größe der Häuser in München", "die[0] grosse[1] der[2] hauser[3] in[4] munchen[5]"},
          {"The quick brown fox's tail", "the[0] quick[1] brown[2] fox's[3] fox[3] tail[4]"},
          {"l’hôtel Don’t ‘n", "l'hotel[0] hotel[0] don't[1] don[1] n[2]"},  // typographic apostrophes fold to '
      });
}

TEST_F(AnalyzerTest, ProgrammingLanguageNamesStayOneWord) {
  run(analyzer_, {
                     {"C++ and C# are languages", "c++[0] and[1] c#[2] are[3] languages[4]"},
                     {"F# Notepad++", "f#[0] notepad++[1]"},
                     {"(C++)", "c++[0]"},
                     {"c++11", "c[0] 11[1]"},  // a word character after the suffix: no suffix
                     {"a+b", "a[0] b[1]"},
                 });
}

TEST_F(AnalyzerTest, HyphenatedWordsAddTheJoinedForm) {
  run(analyzer_, {
                     {"e-mail", "e[0] mail[1] email[0]"},
                     {"Send an E-Mail now", "send[0] an[1] e[2] mail[3] email[2] now[4]"},
                     {"state-of-the-art", "state[0] of[1] the[2] art[3] stateoftheart[0]"},
                     {"a-b-c-d-e", "a[0] b[1] c[2] d[3] e[4]"},  // more than four parts: no joined form
                     {"e - mail", "e[0] mail[1]"},              // spaced dash joins nothing
                     {"2024-03", "2024[0] 03[1]"},              // numbers are not joined
                 });
}

TEST_F(AnalyzerTest, UrlsAndAddresses) {
  run(analyzer_, {
                     {"https://example.org/a/b?x=1", "https[0] example.org[1] a[2] b[3] x[4] 1[5]"},
                     {"jan.jansen@example.com", "jan.jansen@example.com[0]"},
                     {"budget_2024.xlsx", "budget_2024[0] xlsx[1]"},
                 });
}

TEST_F(AnalyzerTest, Numbers) {
  run(analyzer_, {
                     {"3.14", "3.14[0]"},
                     {"2024-03-01", "2024[0] 03[1] 01[2]"},
                     {"1,000 and 2.0.1", "1,000[0] and[1] 2.0.1[2]"},
                     {"10:30", "10[0] 30[1]"},
                 });
}

TEST_F(AnalyzerTest, Emoji) {
  run(analyzer_, {
                     {"👍🏽 ok 👍", "👍[0] ok[1] 👍[2]"},  // skin tone removed
                     {"❤️", "❤[0]"},                        // presentation selector removed
                     {"🎉🎉", "🎉[0] 🎉[1]"},
                 });
  const AnalyzerConfig no_emoji{64, /*emoji=*/false};
  Analyzer without(no_emoji);
  run(without, {{"ok 👍 go", "ok[0] go[1]"}}, no_emoji);
}

TEST_F(AnalyzerTest, ChineseAndJapaneseAreSegmentedIntoWords) {
  run(analyzer_, {
                     {"我们明天在北京开会讨论预算", "我们[0] 明天[1] 在[2] 北京[3] 开会[4] 讨论[5] 预算[6]"},
                     {"東京大学で日本語を勉強しています",
                      "東京[0] 大学[1] で[2] 日本語[3] を[4] 勉強[5] し[6] てい[7] ます[8]"},
                     {"日本語のテキスト", "日本語[0] の[1] テキスト[2]"},
                     {"Tokyo東京", "tokyo[0] 東京[1]"},
                     {"한국어 텍스트", "한국어[0] 텍스트[1]"},
                 });
}

TEST_F(AnalyzerTest, KanaVoicingMarksAreKept) {
  run(analyzer_, {
                     {"が", "が[0]"},
                     {"ガイド パン", "ガイド[0] パン[1]"},
                 });
  EXPECT_NE(analyzer_.normalize("が"), analyzer_.normalize("か"));
  EXPECT_NE(analyzer_.normalize("パン"), analyzer_.normalize("ハン"));
}

TEST_F(AnalyzerTest, ThaiAndIndicKeepTheirVowelSigns) {
  run(analyzer_, {
                     {"ภาษาไทยง่ายนิดเดียว", "ภาษา[0] ไทย[1] ง่าย[2] นิด[3] เดียว[4]"},
                     {"नमस्ते दुनिया", "नमस्ते[0] दुनिया[1]"},
                 });
}

TEST_F(AnalyzerTest, ArabicHarakatAreRemoved) {
  run(analyzer_, {
                     {"مَرْحَبًا بِالْعَالَمِ", "مرحبا[0] بالعالم[1]"},
                     {"مرحبا بالعالم", "مرحبا[0] بالعالم[1]"},
                 });
}

TEST_F(AnalyzerTest, OverLongTokensAreDroppedButKeepTheirPosition) {
  run(analyzer_, {
                     {"ab " + std::string(65, 'x') + " cd", "ab[0] cd[2]"},
                     {"ab " + std::string(64, 'x') + " cd", "ab[0] " + std::string(64, 'x') + "[1] cd[2]"},
                 });
  const AnalyzerConfig small{5, true};
  Analyzer analyzer(small);
  run(analyzer,
      {
          {"short longerword tiny", "short[0] tiny[2]"},
          {"ab-cd-ef", "ab[0] cd[1] ef[2]"},  // joined "abcdef" is 6 bytes: dropped
          {"ab-cde", "ab[0] cde[1] abcde[0]"},
      },
      small);
}

TEST_F(AnalyzerTest, InvalidUtf8NeitherCrashesNorLeaks) {
  run(analyzer_, {
                     {"bad\xff\xfeutf \xc3 end", "bad[0] utf[1] end[2]"},
                     {"\xf0\x9f\x91x \xed\xa0\x80 \xc0\xaf ok", "x[0] ok[1]"},  // truncated, surrogate, overlong
                     {"caf\xc3", "caf[0]"},
                 });
}

TEST_F(AnalyzerTest, RandomBytesKeepTheInvariants) {
  std::mt19937 random(20240301);  // fixed seed: reproducible
  const std::string alphabet[] = {"a", "Z", "é", "ß", "-", "+", "#", " ", ".", "👍", "🏽", "東", "が", "\xff",
                                  "\xc3", "\xe2\x82", "\xcc\x81", "'", "1", "ﬁ"};
  for (int i = 0; i < 500; ++i) {
    std::string input;
    const int length = static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) input += alphabet[random() % std::size(alphabet)];
    SCOPED_TRACE(::testing::PrintToString(input));
    check_invariants(input, analyzer_.analyze(input), AnalyzerConfig{});
  }
}

TEST_F(AnalyzerTest, NormalizeDoesNotSplitOrStem) {
  EXPECT_EQ(analyzer_.normalize("Café"), "cafe");
  EXPECT_EQ(analyzer_.normalize("E-Mail"), "e-mail");
  EXPECT_EQ(analyzer_.normalize("Connections"), "connections");
  EXPECT_EQ(analyzer_.normalize("ＦＵＬＬ"), "full");
}

struct StemCase {
  std::string lang;
  std::string word;
  std::string stem;
};

TEST_F(AnalyzerTest, Stem) {
  const StemCase kCases[] = {
      {"en", "connections", "connect"},
      {"en", "connected", "connect"},
      {"en", "Running", "run"},
      {"en", "Anna's", "anna"},
      {"en", "Anna’s", "anna"},
      {"nl", "vergaderingen", "vergader"},
      {"nl", "vergadering", "vergader"},
      {"nl", "boeken", "boek"},
      {"nl", "fietsen", "fiets"},  // Snowball Dutch gives "fiets" -> "fiet": the two do not meet
      {"fr", "développements", "developp"},
      {"fr", "développement", "developp"},
      {"fr", "chevaux", "cheval"},
      {"de", "Häuser", "haus"},  // the stemmer sees "häuser"; the stem is accent-folded
      {"de", "Häusern", "haus"},
      {"de", "Kindern", "kind"},
      {"de", "Größen", "gross"},
      {"en", "2024", ""},  // numbers are not stemmed
      {"de", "3.14", ""},
      {"xx", "houses", ""},  // no stemmer for the language
      {"", "houses", ""},
      {"none", "houses", ""},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.lang + " " + c.word);
    const std::vector<Token> tokens = analyzer_.analyze(c.word);
    ASSERT_GE(tokens.size(), 1u);  // "Anna's" also gives its part "anna"
    EXPECT_EQ(analyzer_.stem(tokens.front(), c.lang), c.stem);
  }
}

TEST(Analysis, HasStemmer) {
  for (const char* lang : {"en", "nl", "fr", "de"}) EXPECT_TRUE(Analyzer::has_stemmer(lang)) << lang;
  for (const char* lang : {"", "none", "xx", "zh"}) EXPECT_FALSE(Analyzer::has_stemmer(lang)) << lang;
}

TEST(Analysis, PrimaryLanguage) {
  EXPECT_EQ(primary_language("fr-BE"), "fr");
  EXPECT_EQ(primary_language("EN_gb"), "en");
  EXPECT_EQ(primary_language("nl"), "nl");
  EXPECT_EQ(primary_language(""), "");
}

TEST(Analysis, FoldKeywordKeepsAccents) {
  EXPECT_EQ(fold_keyword("  HR Team\t"), "hr team");
  EXPECT_EQ(fold_keyword("Équipe"), "équipe");
  EXPECT_EQ(fold_keyword("ＨＲ"), "hr");
}

}  // namespace
}  // namespace kennis

namespace kennis {
namespace {

TEST(LanguageDetection, LongerTextInEachLanguage) {
  const std::pair<const char*, const char*> kCases[] = {
      {"nl", "De gemeente wil de subsidieaanvraag voor het natuurherstel nog dit jaar indienen, maar de begroting "
             "moet eerst door de raad worden goedgekeurd."},
      {"fr", "La réunion sur les subventions aura lieu à Lyon la semaine prochaine ; merci d'envoyer vos "
             "questions avant jeudi."},
      {"de", "Wir planen für das denkmalgeschützte Rathaus eine Wärmepumpe, aber die Denkmalbehörde möchte "
             "zuerst ein Gutachten sehen."},
      {"en", "The heat pump in the office has now run through its first winter, and the energy bills came "
             "in lower than we expected."},
  };
  for (const auto& [lang, text] : kCases) EXPECT_EQ(detect_language(text), lang) << text;
}

TEST(LanguageDetection, TooShortToTellGivesNothing) {
  EXPECT_EQ(detect_language(""), "");
  EXPECT_EQ(detect_language("ok"), "");
  EXPECT_EQ(detect_language("12345 67890"), "");
}

TEST(LanguageDetection, ARecordWithoutLangIsIndexedInItsDetectedLanguage) {
  Record record;
  record.kind = Kind::kDocument;
  record.id = "d1";
  record.title = "Verslag";
  record.body = "De vergaderingen over de subsidieaanvragen werden door alle gemeenten goed bezocht, en de "
                "aanvragers kregen veel nuttige adviezen over de begroting.";
  record.acl.is_public = true;
  const Analyzer analyzer;
  MappingOptions options;  // default_lang "en"
  const Xapian::Document doc = prepare_document(record, analyzer, options).document;
  auto has = [&](const std::string& term) {
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
  };
  EXPECT_TRUE(has("Lnl"));
  EXPECT_TRUE(has("Znl:vergader")) << "Dutch stems, not English ones";
  options.detect_language = false;
  const Xapian::Document english = prepare_document(record, analyzer, options).document;
  Xapian::TermIterator it = english.termlist_begin();
  it.skip_to("L");
  EXPECT_TRUE(it == english.termlist_end() || std::string(*it).rfind("L", 0) != 0) << "no language term without detection";
}

}  // namespace
}  // namespace kennis
