// Fuzzes the analysis chain (core/analysis) that indexing, queries and snippets share, and
// checks the invariants every caller relies on: tokens are valid UTF-8, their byte offsets lie
// inside the input and do not go backwards, positions do not decrease. The first byte picks the
// compound language (none, nl, de).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unicode/utf8.h>

#include "fuzz_util.h"
#include "kennis/analysis.h"

namespace {

const kennis::Analyzer& analyzer() {
  static const kennis::Analyzer instance;
  return instance;
}

bool valid_utf8(const std::string& s) {
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(s.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(s.data(), i, length, c);
    if (c < 0) return false;
  }
  return true;
}

[[noreturn]] void fail(const char* what, const kennis::Token& token) {
  std::fprintf(stderr, "%s: token '%s' position %u bytes [%u, %u)\n", what, token.text.c_str(), token.position,
               token.start, token.end);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kCompoundLangs[] = {"", "nl", "de"};
  const std::string_view lang = kCompoundLangs[data[0] % 3];
  const std::string_view text = kennis::fuzz::as_text(data + 1, size - 1);
  const std::vector<kennis::Token> tokens = analyzer().analyze(text, lang);
  // As tests/unit/analysis_test.cc checks them: a token whose position does not advance is a
  // joined form or a part of an earlier word at that position; other tokens move forward. A
  // compound part may span its whole word: it keeps the word's offsets when case folding
  // changed the word's length ("vrĳgestaan", set_part_offsets in core/analysis/analysis.cc).
  const kennis::Token* previous = nullptr;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const kennis::Token& t = tokens[i];
    if (t.text.empty()) fail("empty token", t);
    if (!valid_utf8(t.text) || !valid_utf8(t.lower)) fail("token is not valid UTF-8", t);
    if (t.text.size() > kennis::AnalyzerConfig{}.max_token_bytes) fail("token longer than max_token_bytes", t);
    if (t.start >= t.end || t.end > text.size()) fail("offsets outside the input", t);
    if (previous && t.position <= previous->position) {
      bool has_first_part = false;
      for (size_t k = 0; k < i; ++k)
        has_first_part |= tokens[k].position == t.position &&
                          ((tokens[k].start == t.start && tokens[k].end < t.end) ||
                           (tokens[k].start <= t.start && t.end <= tokens[k].end &&
                            (!lang.empty() || t.end - t.start < tokens[k].end - tokens[k].start)));
      if (!has_first_part) fail("position does not advance, but the token is no joined form or part", t);
      continue;
    }
    if (previous && t.start < previous->end) fail("offsets go backwards", t);
    previous = &t;
  }
  for (const kennis::Token& t : tokens) (void)analyzer().normalize(t.text);
  return 0;
}
