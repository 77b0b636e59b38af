// Fuzzes the search box's query syntax: parse_query() and build_query() (core/query) with the
// shared analyzer, as /v1/search and /v1/experts run them on `q`. Invalid queries must be
// Error(kInvalidQuery); anything else thrown, and every crash or sanitizer report, is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_util.h"
#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/query.h"

namespace {

const kennis::Analyzer& analyzer() {
  static const kennis::Analyzer instance;
  return instance;
}

void expect_invalid_query(const kennis::Error& e) {
  if (e.code() != kennis::ErrorCode::kInvalidQuery) {
    std::fprintf(stderr, "unexpected error code %s: %s\n", std::string(kennis::error_name(e.code())).c_str(), e.what());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = kennis::fuzz::as_text(data, size);
  kennis::QueryAst ast;
  try {
    ast = kennis::parse_query(text);
  } catch (const kennis::Error& e) {
    expect_invalid_query(e);
    return 0;
  }
  (void)ast.describe();
  // The languages searchd picks for a Dutch query: stems of two languages, Dutch compounds
  // and stopwords; then the plain defaults.
  kennis::BuildOptions dutch;
  dutch.stem_languages = {"nl", "en"};
  dutch.compound_languages = {"nl"};
  dutch.stopword_languages = {"nl"};
  dutch.default_op = size % 2 ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
  for (const kennis::BuildOptions& options : {dutch, kennis::BuildOptions{}}) {
    try {
      const kennis::BuiltQuery built = kennis::build_query(ast, analyzer(), options);
      (void)built.query.get_description();
    } catch (const kennis::Error& e) {
      expect_invalid_query(e);
    }
  }
  return 0;
}
