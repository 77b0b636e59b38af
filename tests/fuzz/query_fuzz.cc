// Fuzzes the search box's query syntax: parse_query() and build_query() (core/query) with the
// shared analyzer, as /v1/search and /v1/experts run them on `q`.
//   - strict: invalid queries must be Error(kInvalidQuery), anything else thrown is a bug;
//   - forgiving: nothing under the byte limit throws; warning spans lie within the text;
//     to_text() parses strictly to an AST with the same describe(); build_query() on the
//     forgiving AST never throws.
// Every crash, sanitizer report or abort() below is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/error.h"
#include "kennis/query.h"

namespace {

const kennis::Analyzer& analyzer() {
  static const kennis::Analyzer instance;
  return instance;
}

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
  std::abort();
}

void expect_invalid_query(const kennis::Error& e) {
  if (e.code() != kennis::ErrorCode::kInvalidQuery)
    fail("unexpected error code", std::string(kennis::error_name(e.code())) + ": " + e.what());
}

// The languages searchd picks for a Dutch query: stems of two languages, Dutch compounds
// and stopwords; then the plain defaults.
std::vector<kennis::BuildOptions> build_options(size_t size) {
  kennis::BuildOptions dutch;
  dutch.stem_languages = {"nl", "en"};
  dutch.compound_languages = {"nl"};
  dutch.stopword_languages = {"nl"};
  dutch.default_op = size % 2 ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
  return {dutch, kennis::BuildOptions{}};
}

void strict(std::string_view text) {
  kennis::QueryAst ast;
  try {
    ast = kennis::parse_query(text);
  } catch (const kennis::Error& e) {
    expect_invalid_query(e);
    return;
  }
  (void)ast.describe();
  for (const kennis::BuildOptions& options : build_options(text.size())) {
    try {
      const kennis::BuiltQuery built = kennis::build_query(ast, analyzer(), options);
      (void)built.query.get_description();
    } catch (const kennis::Error& e) {
      expect_invalid_query(e);
    }
  }
}

void forgiving(std::string_view text) {
  // Few parts, so that dropping parts over the limit is fuzzed too.
  const kennis::QueryLimits limits{kennis::QueryLimits{}.max_bytes, text.size() % 3 == 0 ? 4u : 64u};
  if (text.size() > limits.max_bytes) return;  // the byte limit is the one error left
  kennis::ParsedQuery parsed;
  try {
    parsed = kennis::parse_query(text, limits, kennis::QuerySyntax::kForgiving);
  } catch (const kennis::Error& e) {
    fail("forgiving parse threw", e.what());
  }
  for (const kennis::QueryWarning& w : parsed.warnings) {
    if (w.start > w.end || w.end > text.size() || w.code.empty() || w.message.empty())
      fail("bad warning", w.code + " [" + std::to_string(w.start) + ", " + std::to_string(w.end) + ")");
  }
  const std::string described = parsed.ast.describe();
  const std::string round_trip = parsed.ast.to_text();
  try {
    // to_text() may be longer than the text: no limits on the reading back.
    const kennis::QueryAst back = kennis::parse_query(round_trip, kennis::QueryLimits{SIZE_MAX, SIZE_MAX});
    if (back.describe() != described)
      fail("round trip differs", described + " -> " + round_trip + " -> " + back.describe());
  } catch (const kennis::Error& e) {
    fail("round trip is not strict syntax", described + " -> " + round_trip + ": " + e.what());
  }
  for (const kennis::BuildOptions& options : build_options(text.size())) {
    try {
      const kennis::BuiltQuery built = kennis::build_query(parsed.ast, analyzer(), options);
      (void)built.query.get_description();
    } catch (const kennis::Error& e) {
      fail("build_query threw on a forgiving AST", described + ": " + e.what());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Not fuzz_util.h: that one brings the connectors' headers, which a query needs none of.
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  strict(text);
  forgiving(text);
  return 0;
}
