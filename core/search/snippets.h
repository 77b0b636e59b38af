// Highlighted passages of stored text, found with the shared Analyzer so that whatever matched
// in the index (exact word or stem, accent-folded, CJK words) is what gets marked.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "kennis/analysis.h"

namespace kennis::detail {

/// Terms to mark: exact tokens ("cafe") and stem terms ("Zfr:caf", layout::stem_term).
using HighlightTerms = std::unordered_set<std::string>;

/// Returns the passage of at most about `max_bytes` of `text` holding the most distinct query
/// terms, HTML-escaped, with each matching word in <mark>…</mark> and "…" where text was cut.
/// `lang` selects the stemmer (the record's language). Looks only at the first
/// `kMaxAnalysedBytes` of long texts.
std::string highlight(std::string_view text, const Analyzer& analyzer, const std::string& lang,
                      const HighlightTerms& terms, size_t max_bytes);

inline constexpr size_t kMaxAnalysedBytes = 64 * 1024;

/// HTML-escapes text (& < > " ').
void append_escaped(std::string& out, std::string_view text);

}  // namespace kennis::detail
