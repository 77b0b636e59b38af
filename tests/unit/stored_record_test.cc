// The stored record (core/index/stored_record.h): what the indexer writes is what the read side
// reads, field by field; highlighting from the stored words marks exactly what analysing the
// text again would; damaged data is refused, never read past its end.
#include <gtest/gtest.h>

#include <set>
#include <variant>

#include <nlohmann/json.hpp>

#include "kennis/index_writer.h"
#include "kennis/query.h"
#include "kennis/records.h"
#include "snippets.h"
#include "stored_record.h"

namespace kennis {
namespace {

using nlohmann::json;

Record parse(Kind kind, const std::string& line) {
  static const RecordSchemas schemas;
  auto parsed = parse_record(kind, line, schemas);
  if (const auto* error = std::get_if<RecordError>(&parsed)) {
    ADD_FAILURE() << error->pointer << ": " << error->message;
    return {};
  }
  return std::get<Record>(std::move(parsed));
}

StoredRecord stored(const Record& record, const Analyzer& analyzer) {
  const PreparedDocument prepared = prepare_document(record, analyzer, MappingOptions{});
  std::optional<StoredRecord> r = read_stored_record(prepared.document.get_data());
  EXPECT_TRUE(r.has_value());
  return r ? std::move(*r) : StoredRecord{};
}

TEST(StoredRecord, APostReadsBackFieldByField) {
  const Analyzer analyzer;
  const std::string line =
      R"({"id":"p1","title":"Warmtepompen in de wijk","body":"De gemeente geeft subsidie voor warmtepompen.",)"
      R"("lang":"nl","author":"anna","url":"https://chat.example.org/p1","created":"2024-03-01T09:30:00Z",)"
      R"("acl":"public","tags":["energie"]})";
  const Record record = parse(Kind::kPost, line);
  const StoredRecord r = stored(record, analyzer);
  EXPECT_EQ(r.kind, Kind::kPost);
  EXPECT_EQ(r.id, "p1");
  EXPECT_EQ(r.url, "https://chat.example.org/p1");
  EXPECT_EQ(r.title.text, "Warmtepompen in de wijk");
  EXPECT_EQ(r.body.text, "De gemeente geeft subsidie voor warmtepompen.");
  EXPECT_EQ(r.body.lang, "nl");
  // The JSON as given, with the kind: the body the record keeps once comes back.
  json expected = json::parse(line);
  expected["kind"] = "post";
  EXPECT_EQ(json::parse(r.json()), expected);
}

TEST(StoredRecord, AProfileKeepsWhatTheDirectoryAndExpertsRead) {
  const Analyzer analyzer;
  const std::string line =
      R"({"id":"ldap:jan","name":"Jan de Vries","email":"Jan@Example.org","person_id":"jan@example.org",)"
      R"("aliases":["U123","slack:jan"],"languages":["nl-BE","en"],"groups":["Bestuur"],"active":false,)"
      R"("job_title":"Adviseur subsidies","department":"Energie","location":"Utrecht",)"
      R"("skills":["warmtepompen","isolatie"],"ask_me_about":["subsidieregelingen"],"about":"Ik help met subsidies.",)"
      R"("url":"https://people.example.org/jan","acl":"public"})";
  const StoredRecord r = stored(parse(Kind::kProfile, line), analyzer);
  EXPECT_EQ(r.kind, Kind::kProfile);
  EXPECT_EQ(r.name, "Jan de Vries");
  EXPECT_EQ(r.title.text, "Jan de Vries");  // a profile's title defaults to its name
  EXPECT_EQ(r.email, "Jan@Example.org");
  EXPECT_EQ(r.person_id, "jan@example.org");
  EXPECT_EQ(std::vector<std::string>(r.aliases.begin(), r.aliases.end()), (std::vector<std::string>{"U123", "slack:jan"}));
  EXPECT_EQ(std::vector<std::string>(r.languages.begin(), r.languages.end()), (std::vector<std::string>{"nl", "en"}));
  EXPECT_EQ(std::vector<std::string>(r.groups.begin(), r.groups.end()), std::vector<std::string>{"Bestuur"});
  EXPECT_FALSE(r.active);
  EXPECT_EQ(r.department, "Energie");
  EXPECT_EQ(r.location, "Utrecht");
  EXPECT_EQ(r.job_title.text, "Adviseur subsidies");
  EXPECT_EQ(r.skills.text, "warmtepompen, isolatie");
  EXPECT_EQ(r.ask_me_about.text, "subsidieregelingen");
  EXPECT_EQ(r.about.text, "Ik help met subsidies.");
  json expected = json::parse(line);
  expected["kind"] = "profile";
  EXPECT_EQ(json::parse(r.json()), expected);
}

// The highlight terms of a query, as build_query() makes them for the searcher.
detail::HighlightTerms terms_of(const std::string& q, const Analyzer& analyzer, const std::vector<std::string>& langs) {
  BuildOptions options;
  options.stem_languages = langs;
  options.default_op = Xapian::Query::OP_OR;
  const BuiltQuery built = build_query(parse_query(q), analyzer, options);
  return {built.highlight_terms.begin(), built.highlight_terms.end()};
}

TEST(StoredRecord, StoredWordsHighlightWhatAnalysingAgainWould) {
  const Analyzer analyzer;
  struct Case {
    std::string lang, body, query;
  };
  const Case cases[] = {
      {"nl", "De gemeente geeft subsidie voor warmtepompen en isolatie; vraag het loket om een subsidieaanvraag.",
       "subsidies warmtepomp"},
      {"de", "Die Projektleitung hat entschieden: die Leitung des Projekts liegt bei Anna. Zugriffsrechte folgen.",
       "Leitung Zugriffsrecht"},
      {"fr", "L'école publique ouvre ses portes. Les écoles privées suivent, à l'université aussi.", "ecole universites"},
      {"en", "Send an e-mail to the help desk; e-mails and emails about C++ builds go to the build team.",
       "email c++ build"},
      {"en", "Lead text with the word harbour. " + std::string(3000, 'x') + " and harbour cranes at the end",
       "harbour cranes"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lang + ": " + c.query);
    const std::string line = json{{"id", "d"}, {"title", c.query}, {"body", c.body}, {"lang", c.lang},
                                  {"created", "2024-03-01T09:30:00Z"}, {"acl", "public"}}.dump();
    const StoredRecord r = stored(parse(Kind::kDocument, line), analyzer);
    const detail::HighlightTerms terms = terms_of(c.query, analyzer, {c.lang});
    for (size_t bytes : {size_t{60}, size_t{240}, detail::kWholeText}) {
      const detail::Passage from_index = detail::highlight(r.body, terms, bytes);
      const detail::Passage again = detail::highlight(c.body, analyzer, c.lang, terms, bytes);
      EXPECT_EQ(from_index.text, again.text) << bytes;
      EXPECT_EQ(from_index.marks, again.marks) << bytes;
      EXPECT_EQ(from_index.marked_words, again.marked_words) << bytes;
      EXPECT_FALSE(from_index.marks.empty()) << bytes;
    }
  }
}

TEST(StoredRecord, DamagedOrForeignDataIsRefusedNotOverread) {
  const Analyzer analyzer;
  EXPECT_FALSE(read_stored_record(R"({"id":"p1","kind":"post"})"));  // layout 3: JSON as data
  EXPECT_FALSE(read_stored_record(""));
  EXPECT_FALSE(read_stored_record(std::string("k\x7f", 2)));  // another format version
  const Record record = parse(Kind::kPost, R"({"id":"p1","title":"Titel","body":"Een tekst over subsidies en meer.",)"
                                           R"("lang":"nl","author":"a","created":"2024-03-01T09:30:00Z","acl":"public"})");
  const std::string data = prepare_document(record, analyzer, MappingOptions{}).document.get_data();
  const detail::HighlightTerms terms = terms_of("subsidies", analyzer, {"nl"});
  // Every truncation is either refused or read as far as it goes; highlighting what was read
  // stays within its text (ASan would catch a read past the end).
  for (size_t n = 0; n < data.size(); ++n) {
    const std::optional<StoredRecord> r = read_stored_record(data.substr(0, n));
    if (!r) continue;
    const detail::Passage p = detail::highlight(r->body, terms, 240);
    for (const TextRange& m : p.marks) EXPECT_LE(m.end, p.text.size());
  }
}

}  // namespace
}  // namespace kennis
