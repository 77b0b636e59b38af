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
};

/// Limits on query text, so that one request cannot make the matcher do unbounded work.
struct QueryLimits {
  size_t max_bytes = 1024;
  size_t max_parts = 64;
};

/// Parses `text`. Throws Error(kInvalidQuery) with a message naming the column for
/// unbalanced quotes or parentheses, a dangling OR, an empty field value, a bad date range,
/// a query that only excludes, or text over the limits. Empty text gives an empty kAnd.
QueryAst parse_query(std::string_view text, const QueryLimits& limits = {});

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
/// anything by construction (unknown kind, bad year).
BuiltQuery build_query(const QueryAst& ast, const Analyzer& analyzer, const BuildOptions& options);

}  // namespace kennis
