/// @file query.h
/// Query text in, Xapian::Query out, in two stages: parse_query() reads the syntax (no schema,
/// no analysis) into a QueryAst; build_query() analyses its words with the shared Analyzer
/// and maps fields to prefixes.
///
/// Syntax (the search box's): words; "exact phrases"; -word and -"phrase" exclude; OR between
/// two parts; AND (the default between parts); ( ) grouping; field:value and field:"a phrase"
/// for title: (words) and author: group: kind: lang: tag: year: (filters); date:FROM..TO with
/// FROM and TO as YYYY, YYYY-MM or YYYY-MM-DD, either end may be left open. A word with a colon
/// whose field is unknown ("note:") is an ordinary word.
///
/// Two readings of that syntax (QuerySyntax): the strict one refuses malformed text with
/// Error(kInvalidQuery); the forgiving one, for text people type, reads every text under the
/// byte limit and reports what it read differently as QueryWarnings.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "kennis/analysis.h"

namespace kennis {

/// One node of a parsed query. Plain value; describe() gives a compact text form for tests.
struct QueryAst {
  enum class Type { kWord, kPhrase, kFilter, kDateRange, kAnd, kOr, kNot };
  Type type = Type::kAnd;
  std::string field;      ///< kWord/kPhrase: "" or "title"; kFilter: author, group, kind, …
  std::string text;       ///< kWord/kPhrase/kFilter: the text as typed
  uint32_t start = 0;     ///< byte offsets of `text` in the query (kWord)
  uint32_t end = 0;
  std::optional<int64_t> from, to;  ///< kDateRange, seconds since epoch, [from, to)
  std::vector<QueryAst> children;   ///< kAnd/kOr: parts; kNot: the one excluded part

  std::string describe() const;
  /// Query text in the strict syntax that parses back (QuerySyntax::kStrict, limits aside: the
  /// text may be longer than the query it came from) to an AST with the same describe(), for
  /// any AST the forgiving parser returns. Offsets are not kept.
  std::string to_text() const;
};

/// Limits on query text, so that one request cannot make the matcher do unbounded work.
struct QueryLimits {
  size_t max_bytes = 1024;
  size_t max_parts = 64;
};

enum class QuerySyntax {
  kForgiving,  ///< the search box: malformed parts are read as words or dropped, with a warning
  kStrict,     ///< tools: malformed parts are Error(kInvalidQuery)
};

/// What the forgiving parser read differently from the syntax, for the response's "warnings".
struct QueryWarning {
  /// Stable, machine-readable: "unbalanced_quote", "unbalanced_parenthesis",
  /// "empty_parentheses", "dangling_operator", "only_excludes", "empty_field_value",
  /// "invalid_filter_value", "invalid_date", "too_many_parts".
  std::string code;
  std::string message;  ///< for people: what was read how, with the column
  uint32_t start = 0, end = 0;  ///< byte span in the query text it is about
};

struct ParsedQuery {
  QueryAst ast;
  std::vector<QueryWarning> warnings;  ///< in the order of the text; always empty for kStrict
};

/// Parses `text`. Both syntaxes throw Error(kInvalidQuery) for text over limits.max_bytes.
/// kStrict also throws it, with a message naming the column, for unbalanced quotes or
/// parentheses, empty parentheses, a dangling AND, OR or NOT, an empty field value, a bad
/// date range, a part that only excludes, or more than limits.max_parts parts. kForgiving
/// throws nothing else; it reads those as follows, with one QueryWarning each:
///   - an unclosed quote is ignored: the words after it are words ("unbalanced_quote");
///   - an unclosed '(' is closed at the end, a ')' that closes nothing is dropped
///     ("unbalanced_parenthesis"); "()" is dropped: "ioctl()" is the word ioctl
///     ("empty_parentheses");
///   - an AND or OR with no part on one side, a NOT or '-' with no part after it, is dropped
///     ("dangling_operator"); a query of nothing but AND, OR and NOT searches them as words;
///   - a group (the query, a bracket, a side of OR) whose parts all exclude searches for the
///     excluded parts instead: "-Wall" finds -Wall ("only_excludes");
///   - a field with no value ("author:", "title: x") is dropped ("empty_field_value");
///   - a kind or year that no record can have ("kind:xyz", "year:abc"), a bad date range
///     ("date:2024-13"), is searched as the phrase of the text as typed
///     ("invalid_filter_value", "invalid_date");
///   - parts beyond limits.max_parts are dropped ("too_many_parts", once).
/// build_query() accepts every AST the forgiving parser returns without throwing.
/// Empty text gives an empty kAnd.
ParsedQuery parse_query(std::string_view text, const QueryLimits& limits, QuerySyntax syntax);

/// parse_query(text, limits, QuerySyntax::kStrict).ast.
QueryAst parse_query(std::string_view text, const QueryLimits& limits = {});

/// Why `value` cannot match any record as the value of filter `field` ("kind:xyz is not a
/// kind; …"), or nullopt when it can. The parser and build_query() share this one rule.
std::optional<std::string> filter_value_problem(std::string_view field, std::string_view value);

/// The boolean query of filter `field`:`value` (kind, lang, group, author, year, tag, mention),
/// as the query language and the API's filter parameter both build it. Throws
/// Error(kInvalidQuery) for an unknown field; check filter_value_problem() first.
Xapian::Query filter_query(std::string_view field, std::string_view value);

/// Records created in [from, to) (seconds since the epoch; either end may be open, not both).
Xapian::Query created_range_query(std::optional<int64_t> from, std::optional<int64_t> to);

/// A query ready for Xapian and what the searcher needs besides it.
struct BuiltQuery {
  Xapian::Query query;         ///< relevance part, filters folded in with OP_FILTER
  bool has_text = false;       ///< false when the query only filters (rank by date then)
  std::vector<std::string> highlight_terms;  ///< exact and stemmed terms of positive words
  /// Positive plain words with their analysed token, for spelling suggestions.
  struct Word {
    uint32_t start, end;
    std::string token;
    std::vector<std::string> terms;  ///< the exact and stemmed terms the word matches
  };
  std::vector<Word> words;
};

/// How words become terms.
struct BuildOptions {
  /// Languages whose stems a word also matches (ISO 639-1). Each word becomes
  /// SYNONYM(exact, stem in each language), so inflections are found whichever language the
  /// query is in; exact phrases use exact forms only.
  std::vector<std::string> stem_languages{"en"};
  /// Languages whose compounds a query word is split into: the word then also matches all of
  /// its parts anywhere, at half weight. Only set when the query's language is known: a
  /// dictionary splits the other languages' words into nonsense ("vergaderingen" in German).
  std::vector<std::string> compound_languages;
  /// Languages whose stopwords are optional in an AND query ("wie weet iets van subsidies":
  /// only "weet" and "subsidies" must match; the others still add weight). A query of
  /// stopwords only keeps them all. Set when the query's language is known.
  std::vector<std::string> stopword_languages;
  Xapian::Query::op default_op = Xapian::Query::OP_AND;
};

/// Builds the Xapian query. Throws Error(kInvalidQuery) for filter values that cannot match
/// anything by construction (unknown kind, bad year: filter_value_problem()), which only a
/// strict parse lets through.
BuiltQuery build_query(const QueryAst& ast, const Analyzer& analyzer, const BuildOptions& options);

}  // namespace kennis
