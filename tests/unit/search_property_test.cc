// The search property kennis promises (STYLE.md §3): whatever the analyser makes of a record's
// text, typing that text back finds the record. Realistic sentences in every language kennis
// targets go through IndexWriter + prepare_document into a temporary index, and a real Searcher
// must then find each record by every one of its words and by every phrase of 2 to 4 words.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/searcher.h"
#include "test_index.h"

namespace kennis {
namespace {

using nlohmann::json;

struct Sample {
  std::string id;
  Kind kind;
  std::string lang;  // "" for none: the index's default language stems it
  std::string title;
  std::string body;
};

// Several sentences per language, written like real posts and documents.
const std::vector<Sample>& samples() {
  static const std::vector<Sample> kSamples = {
      {"nl-1", Kind::kPost, "nl", "Bestuursvergadering",
       "De vergaderingen van het bestuur worden voortaan op donderdagochtend gehouden in zaal 3."},
      {"nl-2", Kind::kPost, "nl", "",
       "Vergeet niet je fiets te registreren bij de receptie; de fietsenstalling gaat om 19.00 uur dicht."},
      {"nl-3", Kind::kDocument, "nl", "Subsidie coöperatie Groningen",
       "Het coöperatieve project in Groningen kreeg één miljoen euro subsidie voor twee auto's."},
      {"fr-1", Kind::kPost, "fr", "",
       "La réunion du comité aura lieu à l'hôtel de ville le 12 mars à 14 h 30."},
      {"fr-2", Kind::kDocument, "fr-BE", "Rapport d'activité",
       "Les développements récents de notre équipe à Montréal sont très prometteurs."},
      {"fr-3", Kind::kPost, "fr", "", "Merci d'envoyer vos remarques par e-mail avant vendredi soir."},
      {"de-1", Kind::kPost, "de", "",
       "Die Häuser in der Münchner Innenstadt sind im letzten Jahr deutlich teurer geworden."},
      {"de-2", Kind::kDocument, "de-CH", "Straßenreinigung",
       "Bitte füllen Sie das Formular für die Straßenreinigung bis Ende Mai aus."},
      {"de-3", Kind::kPost, "de", "", "Unsere Kinder brauchen größere Schuhe als im Katalog angegeben."},
      {"en-1", Kind::kPost, "en", "Network upgrade",
       "Our connections to the new data centre in Dublin were upgraded last weekend."},
      {"en-2", Kind::kPost, "en", "", "The quarterly budget review moved to Tuesday; please update your calendars."},
      {"en-3", Kind::kDocument, "en", "Release notes 2.4.1",
       "Anna's team shipped release 2.4.1 on 2024-03-01 after fixing 3.14 percent of the flaky tests."},
      {"zh-1", Kind::kPost, "zh", "", "我们明天在北京开会讨论明年的预算。"},
      {"zh-2", Kind::kDocument, "zh-CN", "新办公室", "新的办公室位于上海市中心，交通非常方便。"},
      {"ja-1", Kind::kPost, "ja", "", "東京大学で日本語を勉強しています。"},
      {"ja-2", Kind::kPost, "ja", "会議のお知らせ", "来週の会議は大阪の本社で行われます。"},
      {"ar-1", Kind::kPost, "ar", "", "مَرْحَبًا بِكُمْ فِي اجْتِمَاعِ الفَرِيقِ الأُسْبُوعِيّ"},
      {"ar-2", Kind::kDocument, "ar", "التقرير السنوي", "سيتم نشر التقرير السنوي على الموقع الداخلي غدا"},
      {"th-1", Kind::kPost, "th", "", "ภาษาไทยง่ายนิดเดียว"},
      {"code-1", Kind::kPost, "en", "", "We rewrote the parser from C# to C++ and the build got twice as fast."},
      {"mail-1", Kind::kPost, "en", "",
       "Questions? Mail helpdesk@example.com or see https://intranet.example.org/wiki/Onboarding for the checklist."},
      {"emoji-1", Kind::kPost, "en", "", "Great job everyone 👍🏽🎉 the launch went smoothly ❤️"},
      {"num-1", Kind::kDocument, "", "Factuur 2024-0042",
       "Invoice 2024-0042 totals 1,250.75 EUR and is due on 15.04.2024 at 10:30."},
  };
  return kSamples;
}

std::string to_line(const Sample& s, const json& acl = "public") {
  json j = {{"id", s.id}, {"body", s.body}, {"created", "2024-03-01T09:30:00Z"}, {"acl", acl}};
  if (!s.lang.empty()) j["lang"] = s.lang;
  if (s.kind == Kind::kPost) {
    j["author"] = "anna";
    if (!s.title.empty()) j["title"] = s.title;
  } else {
    j["title"] = s.title;
  }
  return j.dump();
}

class SearchProperty : public ::testing::Test {
 protected:
  void index(const std::vector<test::TestRecord>& records) {
    const std::string path = test::fresh_dir() + "/index";
    test::build_index(path, records);
    reader_ = std::make_unique<IndexReader>(path);
    searcher_ = std::make_unique<Searcher>(*reader_, SearcherConfig{});
  }

  void index_samples() {
    std::vector<test::TestRecord> records;
    for (const Sample& s : samples()) records.push_back({s.kind, to_line(s)});
    index(records);
  }

  // Ids of all records `caller` finds for `q`; a rejected query fails the test.
  std::vector<std::string> ids(const std::string& q, const Caller& caller = {}) {
    SearchRequest request;
    request.q = q;
    request.size = 100;
    request.facets.clear();
    std::vector<std::string> out;
    try {
      for (const Hit& hit : searcher_->search(request, caller).hits) out.push_back(hit.id);
    } catch (const Error& e) {
      ADD_FAILURE() << "query «" << q << "» failed: " << error_name(e.code()) << ": " << e.what();
    }
    return out;
  }

  bool finds(const std::string& q, const std::string& id, const Caller& caller = {}) {
    const std::vector<std::string> found = ids(q, caller);
    return std::find(found.begin(), found.end(), id) != found.end();
  }

  std::string found_list(const std::string& q) {
    std::string out;
    for (const std::string& id : ids(q)) out += (out.empty() ? "" : ", ") + id;
    return "[" + out + "]";
  }

  Analyzer analyzer_;
  std::unique_ptr<IndexReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

// Tokens that are not joined forms, in text order: the words a phrase is made of.
std::vector<Token> words_of(const std::vector<Token>& tokens) {
  std::vector<Token> out;
  for (const Token& t : tokens)
    if (out.empty() || t.position > out.back().position) out.push_back(t);
  return out;
}

TEST_F(SearchProperty, EveryWordFindsItsRecord) {
  index_samples();
  size_t checked = 0;
  for (const Sample& s : samples()) {
    for (const std::string* field : {&s.title, &s.body}) {
      for (const Token& token : analyzer_.analyze(*field)) {
        const std::string word = field->substr(token.start, token.end - token.start);
        ++checked;
        EXPECT_TRUE(finds(word, s.id)) << "word «" << word << "» (token " << token.text << ") does not find "
                                       << s.id << ": " << *field << "\nfound: " << found_list(word);
      }
    }
  }
  EXPECT_GT(checked, 250u);
}

TEST_F(SearchProperty, EveryPhraseOfTwoToFourWordsFindsItsRecord) {
  index_samples();
  size_t checked = 0;
  for (const Sample& s : samples()) {
    for (const std::string* field : {&s.title, &s.body}) {
      const std::vector<Token> words = words_of(analyzer_.analyze(*field));
      for (size_t first = 0; first < words.size(); ++first) {
        for (size_t n = 2; n <= 4 && first + n <= words.size(); ++n) {
          const Token& last = words[first + n - 1];
          const std::string phrase = "\"" + field->substr(words[first].start, last.end - words[first].start) + "\"";
          ++checked;
          EXPECT_TRUE(finds(phrase, s.id)) << "phrase " << phrase << " does not find " << s.id << ": " << *field
                                           << "\nfound: " << found_list(phrase);
        }
      }
    }
  }
  EXPECT_GT(checked, 400u);
}

TEST_F(SearchProperty, TitleWordsAndPhrasesFindTheirRecordThroughTheTitleField) {
  index_samples();
  for (const Sample& s : samples()) {
    const std::vector<Token> words = words_of(analyzer_.analyze(s.title));
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string word = "title:" + s.title.substr(words[i].start, words[i].end - words[i].start);
      EXPECT_TRUE(finds(word, s.id)) << word << " does not find " << s.id << "; found " << found_list(word);
      if (i + 1 < words.size()) {
        const std::string phrase =
            "title:\"" + s.title.substr(words[i].start, words[i + 1].end - words[i].start) + "\"";
        EXPECT_TRUE(finds(phrase, s.id)) << phrase << " does not find " << s.id << "; found " << found_list(phrase);
      }
    }
    // Body words are not title words.
    const std::vector<Token> body = analyzer_.analyze(s.body);
    if (s.title.empty() && !body.empty()) {
      const std::string word = "title:" + s.body.substr(body[0].start, body[0].end - body[0].start);
      EXPECT_FALSE(finds(word, s.id)) << word << " finds " << s.id << " by its body";
    }
  }
}

TEST_F(SearchProperty, PhrasesDoNotMatchWordsOutOfOrder) {
  index_samples();
  EXPECT_TRUE(finds("\"data centre\"", "en-1"));
  EXPECT_FALSE(finds("\"centre data\"", "en-1"));
  EXPECT_TRUE(finds("centre data", "en-1"));
  // A phrase never spans the title and the body.
  EXPECT_FALSE(finds("\"upgrade our connections\"", "en-1"));
}

struct InflectionCase {
  std::string query;
  std::string id;
};

TEST_F(SearchProperty, InflectionsAndUnaccentedTypingFindTheRecord) {
  index_samples();
  const InflectionCase kCases[] = {
      // Stems (Snowball) in the record's language.
      {"vergadering", "nl-1"},   // vergaderingen
      {"registreer", "nl-2"},    // registreren
      {"projecten", "nl-3"},     // project
      {"zalen", "nl-1"},         // zaal
      {"développement", "fr-2"}, // développements
      {"réunions", "fr-1"},      // réunion
      {"Haus", "de-1"},          // Häuser
      {"Kind", "de-3"},          // Kinder
      {"connection", "en-1"},    // connections
      {"upgrade", "en-1"},       // upgraded
      {"calendar", "en-2"},      // calendars
      {"Anna", "en-3"},          // Anna's
      // Accent-free typing finds accented text, and the other way round.
      {"cooperatieve", "nl-3"},
      {"een miljoen", "nl-3"},
      {"developpements recents", "fr-2"},
      {"equipe a Montreal", "fr-2"},
      {"Hauser Munchner", "de-1"},
      {"Strassenreinigung", "de-2"},
      {"fullen", "de-2"},
      {"REUNION", "fr-1"},
      {"مرحبا", "ar-1"},  // harakat in the record, none in the query
      {"اجتماع", "ar-1"},
      {"emails", "fr-3"},  // e-mail, via its joined form's stem
      {"email", "fr-3"},
      {"👍", "emoji-1"},  // skin tone in the record only
      {"❤", "emoji-1"},
      {"c++ c#", "code-1"},
  };
  for (const auto& c : kCases) {
    EXPECT_TRUE(finds(c.query, c.id)) << "«" << c.query << "» does not find " << c.id << "; found " << found_list(c.query);
  }
  // Stemming must not merge unrelated words, and C++ is not C#.
  EXPECT_FALSE(finds("C", "code-1"));
  EXPECT_FALSE(finds("Dublin", "de-1"));
}

TEST_F(SearchProperty, CjkAndThaiWordsAreFoundInsideUnsegmentedSentences) {
  // Neither the records nor the queries have spaces between words: ICU's dictionaries segment
  // both, at index and at query time, into the same words.
  index_samples();
  const InflectionCase kCases[] = {
      {"北京", "zh-1"},       {"预算", "zh-1"},     {"北京开会", "zh-1"}, {"交通", "zh-2"},
      {"日本語", "ja-1"},     {"勉強", "ja-1"},     {"大阪", "ja-2"},     {"ไทย", "th-1"},
      {"ง่าย", "th-1"},       {"ภาษาไทย", "th-1"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(ids(c.query), std::vector<std::string>{c.id}) << "«" << c.query << "»";
  // A run of characters that straddles two words is not a word of the record.
  EXPECT_FALSE(finds("京大", "ja-1"));
  // Known limit (issue 5): the dictionary keeps 上海市 ("Shanghai city") as one word, so 上海
  // alone does not find zh-2; splitting such compounds, or character bigrams, would.
}

TEST_F(SearchProperty, DutchStemmerLimitIsKnown) {
  // Snowball Dutch stems "fiets" to "fiet" but "fietsen" to "fiets", so the bicycle and its
  // plural do not meet. Recorded here so that a stemmer change shows up as a test change.
  Analyzer analyzer;
  EXPECT_EQ(analyzer.stem(analyzer.analyze("fiets").front(), "nl"), "fiet");
  EXPECT_EQ(analyzer.stem(analyzer.analyze("fietsen").front(), "nl"), "fiets");
}

TEST_F(SearchProperty, TypographicApostropheMatchesTheTypedOne) {
  // Word processors write ’ (U+2019) where people type ' (U+0027); ICU keeps either inside a
  // word, so the analyser must fold one into the other.
  const Sample curly{"curly", Kind::kPost, "fr", "", "Rendez-vous à l’hôtel. Don’t forget the badge."};
  const Sample straight{"straight", Kind::kPost, "en", "", "It's in the team's shared folder."};
  index({{curly.kind, to_line(curly)}, {straight.kind, to_line(straight)}});
  for (const char* q : {"l'hôtel", "l'hotel", "l’hôtel", "don't", "Don’t", "\"don't forget\""})
    EXPECT_TRUE(finds(q, "curly")) << q;
  for (const char* q : {"it’s", "team’s", "\"it’s in the team’s\""}) EXPECT_TRUE(finds(q, "straight")) << q;
}

TEST_F(SearchProperty, FrenchElidedWordsAreFoundWithoutTheArticle) {
  index_samples();
  EXPECT_TRUE(finds("hôtel", "fr-1")) << found_list("hôtel");
  EXPECT_TRUE(finds("envoyer", "fr-3")) << found_list("envoyer");
  EXPECT_TRUE(finds("activité", "fr-2")) << found_list("activité");
}

TEST_F(SearchProperty, DutchApostrophePluralsAreFoundByTheSingular) {
  index_samples();
  EXPECT_TRUE(finds("auto", "nl-3")) << found_list("auto");
}

TEST_F(SearchProperty, PrivateRecordsAreSeenOnlyByTheirGroupsAndPersons) {
  const Sample secret{"secret-1", Kind::kPost, "nl", "Reorganisatie", "Vertrouwelijk: de reorganisatie van afdeling inkoop."};
  const Sample open{"open-1", Kind::kPost, "nl", "", "Openbaar bericht over de reorganisatie."};
  index({{secret.kind, to_line(secret, {{"groups", {"Directie"}}, {"persons", {"bob@example.com"}}})},
         {open.kind, to_line(open)}});

  const std::string q = "reorganisatie";
  EXPECT_EQ(ids(q, Caller{}), std::vector<std::string>{"open-1"});
  EXPECT_EQ(ids(q, Caller{"carla", {"inkoop"}, {}}), std::vector<std::string>{"open-1"});
  EXPECT_TRUE(finds(q, "secret-1", Caller{"", {"directie"}, {}}));
  EXPECT_TRUE(finds(q, "secret-1", Caller{"", {"DIRECTIE"}, {}}));  // group names fold like keywords
  EXPECT_TRUE(finds(q, "secret-1", Caller{"bob@example.com", {}, {}}));
  EXPECT_TRUE(finds(q, "secret-1", Caller{"slack:u42", {}, {"U42", "bob@example.com"}}));  // any of the person's ids
  EXPECT_FALSE(finds(q, "secret-1", Caller{"slack:u42", {}, {"U42"}}));
  EXPECT_FALSE(finds("vertrouwelijk", "secret-1", Caller{}));
  EXPECT_FALSE(finds("kind:post", "secret-1", Caller{}));  // filter-only queries too
  EXPECT_TRUE(finds("kind:post", "secret-1", Caller{"", {"Directie"}, {}}));

  // Fetching by id follows the same rule, and says "not found" either way.
  try {
    searcher_->get_document(Kind::kPost, "secret-1", Caller{});
    ADD_FAILURE() << "an anonymous caller fetched a private record";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kDocumentNotFound);
  }
  EXPECT_EQ(searcher_->get_document(Kind::kPost, "secret-1", Caller{"", {"directie"}, {}}).at("id"), "secret-1");
}

}  // namespace
}  // namespace kennis
