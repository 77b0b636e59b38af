// parse_query() compared through QueryAst::describe(), and build_query() through
// Xapian::Query::get_description() (STYLE.md §10). Errors are asserted by code, not message.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/query.h"

namespace kennis {
namespace {

struct ParseCase {
  std::string query;
  std::string expected;
};

void expect_parses(const std::vector<ParseCase>& cases) {
  for (const auto& c : cases) {
    SCOPED_TRACE(c.query);
    try {
      EXPECT_EQ(parse_query(c.query).describe(), c.expected);
    } catch (const Error& e) {
      ADD_FAILURE() << "threw " << error_name(e.code()) << ": " << e.what();
    }
  }
}

void expect_invalid(const std::string& query, const QueryLimits& limits = {}) {
  SCOPED_TRACE(query);
  try {
    const QueryAst ast = parse_query(query, limits);
    ADD_FAILURE() << "parsed as " << ast.describe();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidQuery) << e.what();
    EXPECT_EQ(e.path(), "q");
  }
}

TEST(QueryParser, Words) {
  expect_parses({
      {"", "()"},
      {"   ", "()"},
      {"budget", "budget"},
      {"annual budget", "(annual AND budget)"},
      {"  annual\tbudget  ", "(annual AND budget)"},
      {"Größe café", "(Größe AND café)"},
      {"or and not", "(or AND and AND not)"},  // keywords are upper case only
      {"C++ e-mail C#", "(C++ AND e-mail AND C#)"},
      {"jan@example.com 3.14 2024-03-01", "(jan@example.com AND 3.14 AND 2024-03-01)"},
      {"a +b", "(a AND b)"},
  });
}

TEST(QueryParser, Phrases) {
  expect_parses({
      {"\"annual budget\"", "\"annual budget\""},
      {"\"annual budget\" 2024", "(\"annual budget\" AND 2024)"},
      {"report\"draft version\"", "(report AND \"draft version\")"},
      {"\"OR\"", "\"OR\""},  // keywords inside quotes are words
  });
}

TEST(QueryParser, Exclusions) {
  expect_parses({
      {"budget -draft", "(budget AND NOT draft)"},
      // a suspended compound ("Zugriffs- und -änderungszeiten") makes "-word" its second half
      {"Zugriffs- und -änderungszeiten", "(Zugriffs- AND und AND -änderungszeiten)"},
      {"in- en -uitvoer -draft", "(in- AND en AND -uitvoer AND -draft)"},
      {"a - b -c", "(a AND - AND b AND NOT c)"},
      {"budget NOT draft", "(budget AND NOT draft)"},
      {"budget -\"first draft\"", "(budget AND NOT \"first draft\")"},
      {"budget -(draft OR old)", "(budget AND NOT (draft OR old))"},
      {"budget - draft", "(budget AND - AND draft)"},  // a lone dash is not an operator
      {"budget -kind:profile", "(budget AND NOT kind=profile)"},
  });
}

TEST(QueryParser, BooleanOperators) {
  expect_parses({
      {"a OR b", "(a OR b)"},
      {"a OR b OR c", "(a OR b OR c)"},
      {"a AND b", "(a AND b)"},
      {"a b OR c", "((a AND b) OR c)"},  // AND binds tighter than OR
      {"a OR b c", "(a OR (b AND c))"},
      {"(a OR b) c", "((a OR b) AND c)"},
      {"((a))", "a"},
      {"a OR(b)", "(a OR b)"},
      {"a -b OR c", "((a AND NOT b) OR c)"},
  });
}

TEST(QueryParser, Fields) {
  expect_parses({
      {"title:budget", "title:budget"},
      {"title:\"annual budget\"", "title:\"annual budget\""},
      {"author:anna", "author=anna"},
      {"author:\"Anna de Vries\"", "author=Anna de Vries"},
      {"group:HR kind:post lang:nl-BE", "(group=HR AND kind=post AND lang=nl-BE)"},
      {"tag:finance year:2024 mention:bob", "(tag=finance AND year=2024 AND mention=bob)"},
      {"budget author:anna", "(budget AND author=anna)"},
      {"note:hello", "note:hello"},  // unknown field: the whole thing is one word
      {"note:\"a b\"", "(note: AND \"a b\")"},
      {"http://example.org/x", "http://example.org/x"},
      {":budget", ":budget"},
  });
  // An unknown field stays a word without a field; a known one becomes a field.
  EXPECT_EQ(parse_query("note:hello").field, "");
  EXPECT_EQ(parse_query("note:hello").type, QueryAst::Type::kWord);
  EXPECT_EQ(parse_query("title:hello").field, "title");
}

TEST(QueryParser, DateRanges) {
  expect_parses({
      {"date:2024..2025", "date[2024-01-01..2026-01-01)"},
      {"date:2024-03..", "date[2024-03-01..)"},
      {"date:..2023-12-31", "date[..2024-01-01)"},
      {"date:2024", "date[2024-01-01..2025-01-01)"},
      {"date:2024-12", "date[2024-12-01..2025-01-01)"},
      {"date:2024-02-29", "date[2024-02-29..2024-03-01)"},  // leap day
      {"date:2024-03-01..2024-03-01", "date[2024-03-01..2024-03-02)"},
      {"budget date:2024-01..2024-06", "(budget AND date[2024-01-01..2024-07-01))"},
  });
}

TEST(QueryParser, WordOffsetsPointIntoTheQuery) {
  const QueryAst ast = parse_query("  budget  title:draft");
  ASSERT_EQ(ast.children.size(), 2u);
  EXPECT_EQ(ast.children[0].start, 2u);
  EXPECT_EQ(ast.children[0].end, 8u);
  EXPECT_EQ(ast.children[1].start, 16u);
  EXPECT_EQ(ast.children[1].end, 21u);
}

TEST(QueryParser, InvalidQueries) {
  for (const char* query : {
           "\"unbalanced",
           "budget \"annual",
           "author:\"Anna",
           "(budget",
           "((a) b",
           "budget)",
           ")",
           "a) (b",
           "()",
           "a OR",
           "OR a",
           "a OR OR b",
           "a AND",
           "AND a",
           "a AND OR b",
           "a NOT",
           "author:",
           "author:\"\"",
           "title:",
           "group: HR",
           "date:",
           "date:..",
           "date:2023-02-30",
           "date:2023-02-29",  // not a leap year
           "date:2024-13",
           "date:2024-00",
           "date:24",
           "date:2024-3",
           "date:yesterday",
           "date:2025..2024",
           "date:2024-06-02..2024-06-01",
           "-budget",
           "NOT budget",
           "-a -b",
           "a OR -b",
       }) {
    expect_invalid(query);
  }
}

TEST(QueryParser, Limits) {
  QueryLimits limits;
  limits.max_bytes = 10;
  limits.max_parts = 3;
  EXPECT_NO_THROW(parse_query("abcdefghij", limits));
  expect_invalid("abcdefghijk", limits);
  EXPECT_NO_THROW(parse_query("a b c", limits));
  expect_invalid("a b c d", limits);
  expect_invalid("a \"b\" c:d", QueryLimits{1024, 2});
  expect_invalid("a tag:x \"b c\" date:2024", QueryLimits{1024, 3});
  expect_invalid(std::string(1025, 'a'));
  std::string many;
  for (int i = 0; i < 65; ++i) many += "w ";
  expect_invalid(many);
}

TEST(QueryParser, RandomSyntaxEitherParsesOrIsAnInvalidQuery) {
  std::mt19937 random(42);  // fixed seed: reproducible
  const std::string pieces[] = {"a",     "Bé",    " ",     "\"",  "(",    ")",     "-",    "+",     "OR",
                                "AND",   "NOT",   ":",     "title:", "author:", "date:", "2024", "..",
                                "-03",   "kind:", "post",  "e-mail", "C++", "東京", "\xff", "year:"};
  Analyzer analyzer;
  for (int i = 0; i < 2000; ++i) {
    std::string query;
    const int length = static_cast<int>(random() % 10);
    for (int k = 0; k < length; ++k) query += pieces[random() % std::size(pieces)];
    SCOPED_TRACE(::testing::PrintToString(query));
    try {
      const QueryAst ast = parse_query(query);
      (void)ast.describe();
      (void)build_query(ast, analyzer, {});
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalidQuery) << e.what();
    }
  }
}

// --- the forgiving syntax ---------------------------------------------------------------------

struct Warned {
  std::string code;
  uint32_t start, end;
};

struct ForgivingCase {
  std::string query;
  std::string expected;          // describe()
  std::vector<Warned> warnings;  // codes and spans, in order
};

std::string warnings_text(const std::vector<QueryWarning>& warnings) {
  std::string out;
  for (const QueryWarning& w : warnings) out += w.code + "[" + std::to_string(w.start) + "," + std::to_string(w.end) + ") ";
  return out;
}

// Also checks what holds for every forgiving parse: spans inside the text, messages given,
// to_text() read back strictly to the same AST, build_query() without an error.
void expect_forgiving(const std::vector<ForgivingCase>& cases, const QueryLimits& limits = {}) {
  const Analyzer analyzer;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.query);
    ParsedQuery parsed;
    try {
      parsed = parse_query(c.query, limits, QuerySyntax::kForgiving);
    } catch (const Error& e) {
      ADD_FAILURE() << "threw " << error_name(e.code()) << ": " << e.what();
      continue;
    }
    EXPECT_EQ(parsed.ast.describe(), c.expected);
    std::vector<QueryWarning> expected;
    for (const Warned& w : c.warnings) expected.push_back({w.code, "", w.start, w.end});
    EXPECT_EQ(warnings_text(parsed.warnings), warnings_text(expected));
    for (const QueryWarning& w : parsed.warnings) {
      EXPECT_LE(w.start, w.end);
      EXPECT_LE(w.end, c.query.size());
      EXPECT_FALSE(w.message.empty());
    }
    const std::string text = parsed.ast.to_text();
    try {
      EXPECT_EQ(parse_query(text, QueryLimits{1 << 20, 1 << 20}).describe(), c.expected) << "to_text: " << text;
    } catch (const Error& e) {
      ADD_FAILURE() << "to_text " << text << " threw " << e.what();
    }
    EXPECT_NO_THROW(build_query(parsed.ast, analyzer, {}));
  }
}

TEST(ForgivingQuery, ValidQueriesParseAsStrictlyWithoutWarnings) {
  for (const char* query : {"", "budget", "annual budget -draft", "\"annual budget\" 2024", "a OR b c", "(a OR b) c",
                            "title:\"annual budget\" author:\"Anna de Vries\" kind:post year:2024",
                            "date:2024-01..2024-06 budget", "Zugriffs- und -änderungszeiten", "a - b", "note:hello",
                            "budget -(draft OR old)", "budget NOT draft", "C++ e-mail C#"}) {
    SCOPED_TRACE(query);
    const ParsedQuery parsed = parse_query(query, {}, QuerySyntax::kForgiving);
    const std::string strict = parse_query(query).describe();
    if (std::string(query) == "a - b") {
      EXPECT_EQ(parsed.ast.describe(), "(a AND b)");  // the strict syntax keeps the dash as a word
      continue;
    }
    EXPECT_EQ(parsed.ast.describe(), strict);
    EXPECT_TRUE(parsed.warnings.empty()) << warnings_text(parsed.warnings);
  }
}

TEST(ForgivingQuery, Issue12_EmptyParenthesesAreDropped) {
  expect_forgiving({
      {"ioctl() operations for Linux namespaces", "(ioctl AND operations AND for AND Linux AND namespaces)",
       {{"empty_parentheses", 5, 7}}},
      {"()", "()", {{"empty_parentheses", 0, 2}}},
      {"a ( ) b", "(a AND b)", {{"empty_parentheses", 2, 5}}},
      {"main() OR printf()", "(main OR printf)", {{"empty_parentheses", 4, 6}, {"empty_parentheses", 16, 18}}},
      {"a -()", "a", {{"empty_parentheses", 3, 5}, {"dangling_operator", 2, 3}}},
  });
}

TEST(ForgivingQuery, Issue12_DanglingOperators) {
  expect_forgiving({
      // The whole query: the word a person searched for.
      {"AND", "AND", {{"dangling_operator", 0, 3}}},
      {"OR", "OR", {{"dangling_operator", 0, 2}}},
      {" NOT ", "NOT", {{"dangling_operator", 1, 4}}},
      {"AND OR", "(AND AND OR)", {{"dangling_operator", 0, 3}, {"dangling_operator", 4, 6}}},
      // At the start or the end of a longer query: dropped.
      {"AND budget", "budget", {{"dangling_operator", 0, 3}}},
      {"budget AND", "budget", {{"dangling_operator", 7, 10}}},
      {"OR budget", "budget", {{"dangling_operator", 0, 2}}},
      {"budget OR", "budget", {{"dangling_operator", 7, 9}}},
      {"a OR OR b", "(a OR b)", {{"dangling_operator", 2, 4}}},
      {"a AND AND b", "(a AND b)", {{"dangling_operator", 2, 5}}},
      {"a AND OR b", "(a OR b)", {{"dangling_operator", 2, 5}}},
      {"a OR AND b", "(a OR b)", {{"dangling_operator", 5, 8}}},
      {"budget NOT", "budget", {{"dangling_operator", 7, 10}}},
      {"(a OR) b", "(a AND b)", {{"dangling_operator", 3, 5}}},
      // A dash with nothing after it excludes nothing.
      {"-", "()", {{"dangling_operator", 0, 1}}},
      {"budget -", "budget", {{"dangling_operator", 7, 8}}},
      {"budget - draft", "(budget AND draft)", {{"dangling_operator", 7, 8}}},
      {"(budget -)", "budget", {{"dangling_operator", 8, 9}}},
      {"(budget +)", "(budget AND +)", {}},  // a plus is a word, as in the strict syntax
      {"(a +", "(a AND +)", {{"unbalanced_parenthesis", 0, 1}}},
  });
}

TEST(ForgivingQuery, Issue12_UnbalancedQuoteIsIgnored) {
  // The words after the quote are words, not a phrase to the end: a quote may be an inch mark
  // (5" screen), and words find at least what the phrase would.
  expect_forgiving({
      {"\"heat pump", "(heat AND pump)", {{"unbalanced_quote", 0, 1}}},
      {"budget \"annual", "(budget AND annual)", {{"unbalanced_quote", 7, 8}}},
      {"5\" screen", "(5 AND screen)", {{"unbalanced_quote", 1, 2}}},
      {"\"", "()", {{"unbalanced_quote", 0, 1}}},
      {"\"a b\" \"c", "(\"a b\" AND c)", {{"unbalanced_quote", 6, 7}}},
      {"budget -\"draft", "(budget AND NOT draft)", {{"unbalanced_quote", 8, 9}}},
      {"budget -\"", "budget", {{"unbalanced_quote", 8, 9}, {"dangling_operator", 7, 8}}},  // fuzz: read past the end
      {"author:\"Anna de Vries", "(author=Anna AND de AND Vries)", {{"unbalanced_quote", 7, 8}}},
      {"title:\"plan", "title:plan", {{"unbalanced_quote", 6, 7}}},
      {"\"OR", "()", {{"unbalanced_quote", 0, 1}, {"dangling_operator", 1, 3}}},
  });
}

TEST(ForgivingQuery, Issue12_UnbalancedParentheses) {
  expect_forgiving({
      {"(budget", "budget", {{"unbalanced_parenthesis", 0, 1}}},
      {"(a OR b", "(a OR b)", {{"unbalanced_parenthesis", 0, 1}}},
      {"((a) b", "(a AND b)", {{"unbalanced_parenthesis", 0, 1}}},
      {"(a OR b) c (d", "((a OR b) AND c AND d)", {{"unbalanced_parenthesis", 11, 12}}},
      {"budget)", "budget", {{"unbalanced_parenthesis", 6, 7}}},
      {")", "()", {{"unbalanced_parenthesis", 0, 1}}},
      {"a) (b", "(a AND b)", {{"unbalanced_parenthesis", 1, 2}, {"unbalanced_parenthesis", 3, 4}}},
      {"a ) OR b", "(a OR b)", {{"unbalanced_parenthesis", 2, 3}}},
      {"(a OR b)) c", "((a OR b) AND c)", {{"unbalanced_parenthesis", 8, 9}}},
      {"smile :)", "(smile AND :)", {{"unbalanced_parenthesis", 7, 8}}},
  });
}

TEST(ForgivingQuery, Issue12_OnlyExcludesSearchesTheExcluded) {
  expect_forgiving({
      {"-Wall", "Wall", {{"only_excludes", 0, 5}}},
      {"NOT budget", "budget", {{"only_excludes", 0, 10}}},
      {"-a -b", "(a AND b)", {{"only_excludes", 0, 5}}},
      {"a OR -b", "(a OR b)", {{"only_excludes", 5, 7}}},
      {"-(a OR b)", "(a OR b)", {{"only_excludes", 0, 9}}},
      {"-kind:post", "kind=post", {{"only_excludes", 0, 10}}},
  });
}

TEST(ForgivingQuery, Issue12_EmptyFieldValueIsDropped) {
  expect_forgiving({
      {"author:", "()", {{"empty_field_value", 0, 7}}},
      {"budget title:", "budget", {{"empty_field_value", 7, 13}}},
      {"group: HR", "HR", {{"empty_field_value", 0, 6}}},
      {"author:\"\" budget", "budget", {{"empty_field_value", 0, 9}}},
      {"date: 2024", "2024", {{"empty_field_value", 0, 5}}},
      {"(tag:)", "()", {{"empty_field_value", 1, 5}}},
  });
}

TEST(ForgivingQuery, Issue12_FilterValuesThatCannotMatchAreWords) {
  expect_forgiving({
      {"kind:xyz", "\"kind:xyz\"", {{"invalid_filter_value", 0, 8}}},
      {"budget kind:Posts", "(budget AND \"kind:Posts\")", {{"invalid_filter_value", 7, 17}}},
      {"year:abc", "\"year:abc\"", {{"invalid_filter_value", 0, 8}}},
      {"year:24", "\"year:24\"", {{"invalid_filter_value", 0, 7}}},
      {"kind:\"x y\"", "\"kind:x y\"", {{"invalid_filter_value", 0, 10}}},
      {"kind:post year:2024", "(kind=post AND year=2024)", {}},
      {"author:\"Anna de Vries\"", "author=Anna de Vries", {}},
  });
}

TEST(ForgivingQuery, Issue12_BadDatesAreWords) {
  expect_forgiving({
      {"date:2024-13", "\"date:2024-13\"", {{"invalid_date", 0, 12}}},
      {"budget date:yesterday", "(budget AND \"date:yesterday\")", {{"invalid_date", 7, 21}}},
      {"date:2025..2024", "\"date:2025..2024\"", {{"invalid_date", 0, 15}}},
      {"date:..", "\"date:..\"", {{"invalid_date", 0, 7}}},
      {"date:2023-02-29", "\"date:2023-02-29\"", {{"invalid_date", 0, 15}}},
      {"date:\"2024..2025\"", "date[2024-01-01..2026-01-01)", {}},  // quoted, it is still a date
      {"date:0000..9999", "date[0-01-01..10000-01-01)", {}},
  });
}

TEST(ForgivingQuery, Issue12_TooManyPartsAreDropped) {
  QueryLimits limits;
  limits.max_parts = 3;
  expect_forgiving({
      {"a b c", "(a AND b AND c)", {}},
      {"a b c d e", "(a AND b AND c)", {{"too_many_parts", 6, 9}}},
      {"a \"b\" tag:x date:2024 e", "(a AND \"b\" AND tag=x)", {{"too_many_parts", 12, 23}}},
      {"a b c -d", "(a AND b AND c)", {{"too_many_parts", 7, 8}, {"dangling_operator", 6, 7}}},
  }, limits);
  std::string many;
  for (int i = 0; i < 70; ++i) many += "w ";
  const ParsedQuery parsed = parse_query(many, {}, QuerySyntax::kForgiving);
  EXPECT_EQ(parsed.ast.children.size(), 64u);
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_EQ(parsed.warnings[0].code, "too_many_parts");
  EXPECT_EQ(parsed.warnings[0].start, 128u);
}

TEST(ForgivingQuery, TheByteLimitStillThrows) {
  QueryLimits limits;
  limits.max_bytes = 10;
  EXPECT_NO_THROW(parse_query("abcdefghij", limits, QuerySyntax::kForgiving));
  try {
    parse_query("abcdefghijk", limits, QuerySyntax::kForgiving);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidQuery);
  }
}

TEST(ForgivingQuery, EmojiAndUnknownFieldsAreWords) {
  expect_forgiving({
      {"🎉 party", "(🎉 AND party)", {}},
      {"👍🏽", "👍🏽", {}},
      {"note:hello x:y", "(note:hello AND x:y)", {}},
      {"note: hello", "(note: AND hello)", {}},
      {"Title:budget", "Title:budget", {}},  // fields are lower case
      {":-)", ":-", {{"unbalanced_parenthesis", 2, 3}}},
  });
}

TEST(ForgivingQuery, WarningsSayWhatWasRead) {
  const ParsedQuery parsed = parse_query("budget \"annual", {}, QuerySyntax::kForgiving);
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_EQ(parsed.warnings[0].message,
            "the quote at column 8 is never closed; it was ignored and the words after it searched as words");
}

TEST(ForgivingQuery, StrictSyntaxHasNoWarnings) {
  const ParsedQuery parsed = parse_query("annual budget", {}, QuerySyntax::kStrict);
  EXPECT_EQ(parsed.ast.describe(), "(annual AND budget)");
  EXPECT_TRUE(parsed.warnings.empty());
  EXPECT_THROW(parse_query("ioctl()", {}, QuerySyntax::kStrict), Error);
}

TEST(ForgivingQuery, ToTextRoundTrips) {
  // Words the strict syntax would read otherwise, dates, quoted filters, nesting.
  expect_forgiving({
      {"in- en -uitvoer -draft", "(in- AND en AND -uitvoer AND -draft)", {}},
      {"a -(-b c)", "(a AND NOT (NOT b AND c))", {}},
      {"a -+b NOT +c", "(a AND NOT b AND NOT c)", {}},
      {"a --b", "(a AND NOT -b)", {}},
      {"date:2024 date:..2023-06 date:2024-02-29..", "(date[2024-01-01..2025-01-01) AND date[..2023-07-01) AND date[2024-02-29..))", {}},
      {"author:\"Anna (HR)\" tag:a:b", "(author=Anna (HR) AND tag=a:b)", {}},
      {"a (b (c OR d)) OR e", "((a AND (b AND (c OR d))) OR e)", {}},
      {"title:\"\" \"\"", "(title:\"\" AND \"\")", {}},
      {"++ C++ +", "(++ AND C++ AND +)", {}},
  });
  QueryAst word;
  word.type = QueryAst::Type::kWord;
  word.text = "AND";
  QueryAst excluded;
  excluded.type = QueryAst::Type::kNot;
  excluded.children = {word};
  QueryAst both;
  both.children = {word, excluded};
  EXPECT_EQ(both.to_text(), "+AND NOT (+AND)");
  EXPECT_EQ(parse_query(both.to_text()).describe(), both.describe());
}

TEST(ForgivingQuery, RandomSyntaxAlwaysParsesAndRoundTrips) {
  std::mt19937 random(12);  // fixed seed: reproducible
  const std::string pieces[] = {"a",     "Bé",     " ",     "\"",    "(",     ")",      "-",     "+",    "OR",
                                "AND",   "NOT",    ":",     "title:", "author:", "date:", "2024", "..",
                                "-03",   "kind:",  "post",  "e-mail", "C++",   "東京",   "\xff",  "year:", "()", "- "};
  const Analyzer analyzer;
  const QueryLimits limits{1024, 6};
  for (int i = 0; i < 5000; ++i) {
    std::string query;
    const int length = static_cast<int>(random() % 12);
    for (int k = 0; k < length; ++k) query += pieces[random() % std::size(pieces)];
    SCOPED_TRACE(::testing::PrintToString(query));
    try {
      const ParsedQuery parsed = parse_query(query, limits, QuerySyntax::kForgiving);
      for (const QueryWarning& w : parsed.warnings) EXPECT_TRUE(w.start <= w.end && w.end <= query.size());
      const std::string text = parsed.ast.to_text();
      EXPECT_EQ(parse_query(text, QueryLimits{1 << 20, 1 << 20}).describe(), parsed.ast.describe()) << text;
      (void)build_query(parsed.ast, analyzer, {});
    } catch (const Error& e) {
      ADD_FAILURE() << error_name(e.code()) << ": " << e.what();
    }
  }
}

// --- build_query ----------------------------------------------------------------------------

struct BuildCase {
  std::string query;
  std::string expected;  // Xapian::Query::get_description()
};

class QueryBuilder : public ::testing::Test {
 protected:
  std::string built(const std::string& query, const BuildOptions& options) {
    return build_query(parse_query(query), analyzer_, options).query.get_description();
  }
  void expect_built(const std::vector<BuildCase>& cases, const BuildOptions& options = {}) {
    for (const auto& c : cases) {
      SCOPED_TRACE(c.query);
      EXPECT_EQ(built(c.query, options), c.expected);
    }
  }
  Analyzer analyzer_;
};

TEST_F(QueryBuilder, WordIsSynonymOfExactAndStems) {
  expect_built({
      {"budget", "Query((budget SYNONYM Zen:budget))"},
      {"Connections", "Query((connections SYNONYM Zen:connect))"},
      {"Café", "Query((cafe SYNONYM Zen:cafe))"},
      {"2024", "Query(2024)"},  // numbers have no stem
      {"title:Connections", "Query((Sconnections SYNONYM ZSen:connect))"},
  });
  BuildOptions several;
  several.stem_languages = {"en", "nl", "de"};
  expect_built({{"vergaderingen",
                 "Query((vergaderingen SYNONYM Zen:vergaderingen SYNONYM Znl:vergader SYNONYM Zde:vergadering))"},
                // the same stem in several languages is a term per language: each matches its own records
                {"budget", "Query((budget SYNONYM Zen:budget SYNONYM Znl:budget SYNONYM Zde:budget))"}},
               several);
  BuildOptions none;
  none.stem_languages = {};
  expect_built({{"Connections", "Query(connections)"}}, none);
}

TEST_F(QueryBuilder, PhraseUsesExactTerms) {
  expect_built({
      {"\"annual budget\"", "Query((annual PHRASE 2 budget))"},
      {"\"Connections\"", "Query(connections)"},
      {"title:\"annual budget\"", "Query((Sannual PHRASE 2 Sbudget))"},
      {"\"the e-mail\"", "Query((the PHRASE 3 e PHRASE 3 mail))"},
      {"e-mail", "Query((((e PHRASE 2 mail) OR email) OR 0.5 * ((e SYNONYM Zen:e) AND (mail SYNONYM Zen:mail))))"},  // or its parts anywhere, at half weight
      {"C++", "Query((c++ SYNONYM Zen:c++))"},
      {"東京大学", "Query((東京 PHRASE 2 大学))"},
  });
}

// Stopwords of the query's language are optional in an AND query: they add weight where they
// occur but a record need not have them. Phrases keep them; a query of stopwords only too.
TEST_F(QueryBuilder, StopwordsOfTheQueryLanguageAreOptional) {
  BuildOptions dutch;
  dutch.stem_languages = {"nl"};
  dutch.stopword_languages = {"nl"};
  expect_built({
      {"wie weet iets van subsidies",
       "Query((((weet SYNONYM Znl:wet) AND (subsidies SYNONYM Znl:subsidies)) AND_MAYBE "
       "((wie SYNONYM Znl:wie) OR (iets SYNONYM Znl:iet) OR (van SYNONYM Znl:van))))"},
      {"\"van de\" subsidies", "Query(((van PHRASE 2 de) AND (subsidies SYNONYM Znl:subsidies)))"},
      {"van de", "Query(((van SYNONYM Znl:van) AND (de SYNONYM Znl:de)))"},
  }, dutch);
  BuildOptions unknown = dutch;
  unknown.stopword_languages.clear();
  EXPECT_EQ(built("van subsidies", unknown), "Query(((van SYNONYM Znl:van) AND (subsidies SYNONYM Znl:subsidies)))");
}

TEST_F(QueryBuilder, BooleanStructure) {
  expect_built({
      {"a OR b", "Query(((a SYNONYM Zen:a) OR (b SYNONYM Zen:b)))"},
      {"budget -draft", "Query(((budget SYNONYM Zen:budget) AND_NOT (draft SYNONYM Zen:draft)))"},
      {"budget -draft -old", "Query(((budget SYNONYM Zen:budget) AND_NOT ((draft SYNONYM Zen:draft) OR (old SYNONYM Zen:old))))"},
  });
  BuildOptions any;
  any.default_op = Xapian::Query::OP_OR;
  expect_built({{"a b", "Query(((a SYNONYM Zen:a) OR (b SYNONYM Zen:b)))"}}, any);
}

TEST_F(QueryBuilder, FiltersDoNotRank) {
  expect_built({
      {"budget author:Anna", "Query(((budget SYNONYM Zen:budget) FILTER XPanna))"},
      {"budget kind:post", "Query(((budget SYNONYM Zen:budget) FILTER XKpost))"},
      {"budget lang:nl-BE", "Query(((budget SYNONYM Zen:budget) FILTER Lnl))"},
      {"budget group:HR tag:Finance", "Query(((budget SYNONYM Zen:budget) FILTER (XGhr AND XTfinance)))"},
      // Several values of one field: any of them.
      {"budget year:2023 year:2024", "Query(((budget SYNONYM Zen:budget) FILTER (XY2023 OR XY2024)))"},
      {"author:\"Anna de Vries\"", "Query(0 * XPanna de vries)"},
      {"kind:document", "Query(0 * XKdocument)"},
      {"budget -kind:profile", "Query(((budget SYNONYM Zen:budget) AND_NOT XKprofile))"},
  });
  const BuiltQuery only_filter = build_query(parse_query("kind:post"), analyzer_, {});
  EXPECT_FALSE(only_filter.has_text);
  const BuiltQuery text = build_query(parse_query("budget kind:post"), analyzer_, {});
  EXPECT_TRUE(text.has_text);
}

TEST_F(QueryBuilder, DateRangeIsAValueRangeOnCreated) {
  // Value ranges carry no weight, so Xapian drops the "0 *" scaling of a filter-only query.
  const std::string open_end = built("date:2024..", {});
  EXPECT_EQ(open_end.rfind("Query(VALUE_GE 0 ", 0), 0u) << open_end;
  const std::string open_start = built("date:..2024", {});
  EXPECT_EQ(open_start.rfind("Query(VALUE_LE 0 ", 0), 0u) << open_start;
  const std::string both = built("budget date:2024", {});
  EXPECT_EQ(both.rfind("Query(((budget SYNONYM Zen:budget) FILTER VALUE_RANGE 0 ", 0), 0u) << both;
}

TEST_F(QueryBuilder, FilterValuesThatCannotMatchAreErrors) {
  for (const char* query : {"kind:foo", "budget kind:Posts", "year:24", "year:twenty"}) {
    SCOPED_TRACE(query);
    try {
      build_query(parse_query(query), analyzer_, {});
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalidQuery);
    }
  }
}

TEST_F(QueryBuilder, WordsAndHighlightTerms) {
  const BuiltQuery b = build_query(parse_query("Connections -draft \"annual budget\""), analyzer_, {});
  ASSERT_EQ(b.words.size(), 1u);  // phrases and excluded words are not spelling candidates
  EXPECT_EQ(b.words[0].token, "connections");
  EXPECT_EQ(b.words[0].start, 0u);
  EXPECT_EQ(b.words[0].end, 11u);
  EXPECT_EQ(b.highlight_terms, (std::vector<std::string>{"connections", "Zen:connect", "annual", "budget"}));
}

TEST_F(QueryBuilder, EmptyQueryMatchesAll) {
  const BuiltQuery b = build_query(parse_query(""), analyzer_, {});
  EXPECT_EQ(b.query.get_description(), "Query(<alldocuments>)");
  EXPECT_FALSE(b.has_text);
}

}  // namespace
}  // namespace kennis
