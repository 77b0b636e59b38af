// Multilingual analysis and search: compound splitting (Dutch, German), language-tagged stems
// for every Snowball language Xapian ships, and the choice of a query's languages.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <set>
#include <variant>
#include <string>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/index_writer.h"
#include "kennis/records.h"
#include "kennis/schema.h"
#include "kennis/searcher.h"
#include "test_index.h"

namespace kennis {
namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

class Compounds : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Analyzer::splits_compounds("de") || !Analyzer::splits_compounds("nl"))
      GTEST_SKIP() << "hunspell-de-de / hunspell-nl not installed (scripts/bootstrap.sh installs them)";
  }
  Analyzer analyzer;
};

TEST_F(Compounds, SplitsGermanAndDutchCompoundsIntoDictionaryWords) {
  struct Case {
    const char* lang;
    const char* word;
    std::vector<std::string> parts;
  } cases[] = {
      {"de", "Projektleitung", {"projekt", "leitung"}},
      {"de", "Netzwerkadministrator", {"netzwerk", "netz", "werk", "administrator"}},
      {"nl", "kennisdeling", {"kennis", "deling"}},
      {"nl", "arbeidsmarkt", {"arbeid", "markt"}},  // linking s
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.word);
    const std::vector<Token> tokens = analyzer.analyze(c.word, c.lang);
    ASSERT_FALSE(tokens.empty());
    std::vector<std::string> got = texts(tokens);
    EXPECT_EQ(got.front(), analyzer.normalize(c.word)) << "the compound itself comes first";
    for (const std::string& part : c.parts) EXPECT_TRUE(contains(got, part)) << part;
    for (const Token& t : tokens) EXPECT_EQ(t.position, 0u) << "parts share the compound's position";
  }
}

TEST_F(Compounds, LeavesUnknownWordsShortWordsAndOtherLanguagesWhole) {
  for (const auto& [lang, word] : std::vector<std::pair<std::string, std::string>>{
           {"de", "Qwertzuiopasdf"}, {"de", "Haus"}, {"nl", "Kubernetes"}, {"en", "Projektleitung"}, {"", "kennisdeling"}}) {
    SCOPED_TRACE(lang + " " + word);
    EXPECT_EQ(analyzer.analyze(word, lang).size(), 1u);
  }
}

TEST_F(Compounds, PartsCarryTheirOwnByteOffsetsInTheOriginalText) {
  const std::string text = "Die Prüfungsordnung gilt.";
  const std::vector<Token> tokens = analyzer.analyze(text, "de");
  std::vector<std::string> spans;
  for (const Token& t : tokens) spans.push_back(text.substr(t.start, t.end - t.start));
  EXPECT_TRUE(contains(spans, "Prüfungsordnung"));
  EXPECT_TRUE(contains(spans, "Prüfung")) << "the head part, without the linking s, accents kept";
  EXPECT_TRUE(contains(spans, "ordnung"));
  EXPECT_TRUE(contains(texts(tokens), "prufung")) << "parts are folded like any word";
}

// Records and searches through the real Searcher.
class CompoundSearch : public Compounds {
 protected:
  void SetUp() override {
    Compounds::SetUp();
    if (IsSkipped()) return;
    dir_ = test::fresh_dir();
    test::build_index(dir_, {
        {Kind::kDocument, R"({"id":"de1","title":"Sitzung","body":"Die Projektleitung hat heute entschieden.","lang":"de","created":"2026-01-05T10:00:00Z","acl":"public"})"},
        {Kind::kDocument, R"({"id":"de2","title":"Team","body":"Die Leitung des Projekts liegt bei Anna.","lang":"de","created":"2026-01-05T10:00:00Z","acl":"public"})"},
        {Kind::kDocument, R"({"id":"nl1","title":"Intranet","body":"Kennisdeling maakt ons sterker.","lang":"nl","created":"2026-01-05T10:00:00Z","acl":"public"})"},
        {Kind::kDocument, R"({"id":"en1","title":"Projects","body":"The project lead decided today.","lang":"en","created":"2026-01-05T10:00:00Z","acl":"public"})"},
    });
    reader_ = std::make_unique<IndexReader>(dir_);
    searcher_ = std::make_unique<Searcher>(*reader_, SearcherConfig{});
  }

  std::vector<std::string> ids(const std::string& q, std::vector<std::string> langs = {}) const {
    SearchRequest request;
    request.q = q;
    request.langs = std::move(langs);
    request.facets.clear();
    std::vector<std::string> out;
    for (const Hit& h : searcher_->search(request, Caller{}).hits) out.push_back(h.id);
    return out;
  }

  std::string snippet(const std::string& q, const std::string& id) const {
    SearchRequest request;
    request.q = q;
    request.facets.clear();
    for (const Hit& h : searcher_->search(request, Caller{}).hits)
      if (h.id == id) return h.snippet_html;
    return "(no hit " + id + ")";
  }

  std::string dir_;
  std::unique_ptr<IndexReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(CompoundSearch, APartFindsTheCompound) {
  EXPECT_TRUE(contains(ids("Leitung"), "de1"));
  EXPECT_TRUE(contains(ids("kennis"), "nl1"));
  EXPECT_TRUE(contains(ids("deling"), "nl1"));
}

TEST_F(CompoundSearch, TheCompoundFindsItsPartsElsewhereButRanksItselfFirst) {
  // The caller says the query is German (lang=de); see QueryLanguages for queries that do not.
  const std::vector<std::string> got = ids("Projektleitung", {"de"});
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0], "de1");
  EXPECT_TRUE(contains(got, "de2")) << "Leitung … Projekts has both parts";
  EXPECT_FALSE(contains(got, "en1"));
}

TEST_F(CompoundSearch, PhrasesOverTheCompoundAndFromAPartStayExact) {
  EXPECT_EQ(ids("\"Projektleitung hat heute\""), std::vector<std::string>{"de1"});
  EXPECT_EQ(ids("\"Leitung hat heute\""), std::vector<std::string>{"de1"}) << "a phrase may start with a part";
  EXPECT_TRUE(ids("\"Projektleitung heute\"").empty()) << "parts must not stretch the phrase";
}

TEST_F(CompoundSearch, HighlightMarksThePartThatMatched) {
  const std::string html = snippet("Leitung", "de1");
  EXPECT_NE(html.find("Projekt<mark>leitung</mark>"), std::string::npos) << html;
}

// A query of unknown language is stemmed in the languages the index says it is in: the
// French stem of the Dutch "informatie" is that of the French "informatique", and without a
// choice French records about computing would flood a Dutch query about sharing information.
TEST(QueryLanguages, AQueryIsStemmedInTheLanguagesTheIndexKnowsItIn) {
  const Analyzer analyzer;
  ASSERT_EQ(analyzer.stem(analyzer.analyze("informatie").front(), "fr"),
            analyzer.stem(analyzer.analyze("informatique").front(), "fr")) << "the premise of this test";

  const std::string dir = test::fresh_dir();
  std::vector<test::TestRecord> records;
  const char* dutch[] = {"Wij delen onze kennis graag", "Het delen van informatie", "Deel je ervaring met het team",
                         "Informatie op het intranet", "We vergaderen en delen notulen"};
  const char* french[] = {"L'informatique de gestion", "Un service informatique", "Les délais sont respectés",
                          "Nous partageons nos connaissances", "La réunion a lieu demain"};
  int n = 0;
  for (int round = 0; round < 6; ++round) {
    for (const char* text : dutch)
      records.push_back({Kind::kPost, R"({"id":"nl)" + std::to_string(n++) + R"(","body":")" + text +
                                          R"(","lang":"nl","author":"a","created":"2026-01-05T10:00:00Z","acl":"public"})"});
    for (const char* text : french)
      records.push_back({Kind::kPost, R"({"id":"fr)" + std::to_string(n++) + R"(","body":")" + text +
                                          R"(","lang":"fr","author":"a","created":"2026-01-05T10:00:00Z","acl":"public"})"});
  }
  test::build_index(dir, records);
  const IndexReader reader(dir);
  const Searcher searcher(reader, SearcherConfig{});
  auto languages_of_hits = [&](std::vector<std::string> langs) {
    SearchRequest request;
    request.q = "informatie delen";
    request.default_op = DefaultOperator::kOr;
    request.langs = std::move(langs);
    request.size = 100;
    request.facets.clear();
    std::set<std::string> out;
    for (const Hit& h : searcher.search(request, Caller{}).hits) out.insert(h.lang);
    return out;
  };
  EXPECT_EQ(languages_of_hits({}), (std::set<std::string>{"nl"}));
  EXPECT_EQ(languages_of_hits({"nl", "fr"}), (std::set<std::string>{"nl", "fr"}))
      << "asked to stem in French too, the French stem matches informatique";
}

// Every stemmer Xapian 1.4 ships, by the ISO 639-1 code records carry, stems an inflected
// word of its language through the one chain, into terms tagged with the language.
TEST(Stemmers, EveryShippedLanguageStemsItsOwnInflections) {
  const Analyzer analyzer;
  struct Case {
    const char* lang;
    const char* inflected;
    const char* base;  // another form with the same stem
  } cases[] = {
      {"ar", "الكتاب", "كتاب"},        {"hy", "գրքեր", "գիրք"},          {"eu", "etxeak", "etxea"},
      {"ca", "cases", "casa"},         {"da", "husene", "huset"},        {"nl", "vergaderingen", "vergadering"},
      {"en", "connections", "connected"}, {"fi", "taloissa", "talossa"}, {"fr", "documents", "document"},
      {"de", "Häusern", "Häuser"},     {"hu", "házakban", "házak"},      {"id", "bukunya", "buku"},
      {"ga", "leabhair", "leabhar"},   {"it", "documenti", "documento"}, {"lt", "namuose", "namai"},
      {"ne", "घरहरू", "घर"},            {"no", "husene", "huset"},        {"pt", "documentos", "documento"},
      {"ro", "documentele", "documentul"}, {"ru", "документов", "документы"}, {"es", "documentos", "documento"},
      {"sv", "husen", "huset"},        {"ta", "வீடுகள்", "வீடு"},          {"tr", "evlerde", "evler"},
  };
  int same = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lang);
    ASSERT_TRUE(Analyzer::has_stemmer(c.lang));
    const std::string a = analyzer.stem(analyzer.analyze(c.inflected).front(), c.lang);
    const std::string b = analyzer.stem(analyzer.analyze(c.base).front(), c.lang);
    EXPECT_FALSE(a.empty());
    if (a == b) ++same;
    EXPECT_EQ(layout::stem_term("", c.lang, a), "Z" + std::string(c.lang) + ":" + a);
  }
  // Snowball is a light stemmer: a few irregular pairs differ; most must meet.
  EXPECT_GE(same, 18) << "of " << std::size(cases);
}

// Detection on short and mixed text: a record that names no language gets its language from
// CLD2 when the text says enough, a long field in another language is stemmed in its own,
// and text too short to tell falls back to the configured default.
TEST(LanguageDetection, LongFieldsGetTheirOwnLanguageShortTextTheDefault) {
  const Analyzer analyzer;
  const RecordSchemas schemas;
  auto prepare = [&](const std::string& json) {
    auto parsed = parse_record(Kind::kDocument, json, schemas);
    EXPECT_TRUE(std::holds_alternative<Record>(parsed)) << json;
    return prepare_document(std::get<Record>(parsed), analyzer, MappingOptions{}).document;
  };
  auto has = [](const Xapian::Document& doc, const std::string& term) {
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
  };
  // Title in English (long enough to tell), body in Dutch.
  const Xapian::Document mixed = prepare(
      R"({"id":"m","created":"2026-01-05T10:00:00Z","acl":"public",)"
      R"("title":"Guidelines for connecting the meeting rooms to the wireless network and for booking the projectors in advance of the weekly meetings",)"
      R"("body":"De vergaderingen van het team worden voortaan in de nieuwe zalen gehouden. Iedereen moet de projectoren vooraf reserveren via het intranet, anders zijn ze vaak bezet."})");
  EXPECT_TRUE(has(mixed, "Lnl")) << "the body decides the record's language";
  EXPECT_TRUE(has(mixed, "Znl:vergader")) << "Dutch body, Dutch stems";
  EXPECT_TRUE(has(mixed, "ZSen:connect")) << "English title, English stems";
  EXPECT_FALSE(has(mixed, "ZSnl:connect"));

  const Xapian::Document short_text =
      prepare(R"({"id":"s","created":"2026-01-05T10:00:00Z","acl":"public","title":"Ok","body":"connections"})");
  Xapian::TermIterator it = short_text.termlist_begin();
  it.skip_to("L");
  EXPECT_TRUE(it == short_text.termlist_end() || std::string(*it).rfind("L", 0) != 0) << "too short: no language term";
  EXPECT_TRUE(has(short_text, "Zen:connect")) << "stemmed in the default language";

  const Xapian::Document declared = prepare(
      R"({"id":"d","created":"2026-01-05T10:00:00Z","acl":"public","lang":"de",)"
      R"("title":"Guidelines for connecting the meeting rooms to the wireless network and for booking the projectors in advance","body":"x"})");
  EXPECT_TRUE(has(declared, "ZSde:connecting")) << "the record's own lang wins over detection";
}

// Queries are split with the dictionaries installed now; an index split with others would
// silently miss, so searchd refuses it and says to rebuild.
TEST(AnalysisData, AnIndexMadeWithOtherCompoundDictionariesIsRefused) {
  const std::string dir = test::fresh_dir();
  test::build_index(dir, {{Kind::kPost, R"({"id":"p","body":"Projektleitung","lang":"de","author":"a","created":"2026-01-05T10:00:00Z","acl":"public"})"}});
  const IndexReader reader(dir);
  SearchRequest request;
  request.q = "Projektleitung";
  EXPECT_EQ(Searcher(reader, SearcherConfig{}).search(request, Caller{}).hits.size(), 1u);
  {
    Xapian::WritableDatabase db(dir);
    db.set_metadata(std::string(layout::kAnalysisDataKey), "de:1+1");
    db.commit();
  }
  try {
    Searcher(reader, SearcherConfig{}).search(request, Caller{});
    FAIL() << "searched an index made with other dictionaries";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIndexIncompatible);
    EXPECT_NE(std::string(e.what()).find("rebuild"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kennis
