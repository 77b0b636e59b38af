// Which languages a query is in, for stemming it. See query_language.cc for the reasoning.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "kennis/analysis.h"
#include "kennis/query.h"
#include "kennis/searcher.h"  // QueryLanguageOptions

namespace kennis::detail {

struct QueryLanguages {
  /// Languages whose stems the query's words match, best fitting first.
  std::vector<std::string> stem_languages;
  /// True when the index singled out some of the candidates: records in these languages are
  /// then preferred a little in the ranking.
  bool decided = false;
};

/// Chooses among `candidates` (the index's main languages and the caller's) the languages of
/// the positive words of `ast`, using the index itself as the language model. `hints` are
/// the caller's preferred languages, best first.
QueryLanguages choose_query_languages(const QueryAst& ast, const Analyzer& analyzer, const Xapian::Database& db,
                                      const std::vector<std::string>& candidates,
                                      const std::vector<std::string>& hints, const QueryLanguageOptions& options = {});

}  // namespace kennis::detail
