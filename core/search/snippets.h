// Highlighted passages of stored text, found with the shared Analyzer so that whatever matched
// in the index (exact word or stem, accent-folded, CJK words) is what gets marked.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/highlight.h"

namespace kennis {
struct StoredText;
}

namespace kennis::detail {

/// Terms to mark: exact tokens ("cafe") and stem terms ("Zfr:caf", layout::stem_term).
using HighlightTerms = std::unordered_set<std::string>;

/// A passage as a hit shows it: plain text and the matching words in it. The HTML form
/// (to_html) and the offsets (to_highlights) are both made from this, so they mark the same
/// spans.
struct Passage {
  /// The shown text, unescaped: a slice of the stored text with \n, \r and \t as spaces, "… "
  /// before it when it starts after the text's start and " …" after it when it ends early.
  std::string text;
  /// Byte spans of matching words in `text`: sorted, and overlapping or touching matches (a
  /// joined form such as "email" over "e-mail", a part inside a compound) merged into one.
  std::vector<TextRange> marks;
  /// Distinct words of the text (folded forms) among the marks.
  size_t marked_words = 0;
};

/// max_bytes for a passage that is the whole text (titles: the hit's title is the plain text).
inline constexpr size_t kWholeText = std::numeric_limits<size_t>::max();

/// Returns the passage of at most about `max_bytes` of `text` holding the most distinct query
/// terms (all of `text` when it fits), with the words that match `terms` as marks. `lang`
/// selects the stemmer (the record's language). Looks only at the first `kMaxAnalysedBytes` of
/// long texts for words.
Passage highlight(std::string_view text, const Analyzer& analyzer, const std::string& lang,
                  const HighlightTerms& terms, size_t max_bytes);

/// The same for a text field of a stored record, from the words the indexer found in it
/// (stored_record.h) in the language they were stemmed in: no analysis at query time.
Passage highlight(const StoredText& text, const HighlightTerms& terms, size_t max_bytes);

/// The passage HTML-escaped, each mark in <mark>…</mark>.
std::string to_html(const Passage& passage);

inline constexpr size_t kMaxAnalysedBytes = 64 * 1024;

/// HTML-escapes text (& < > " ').
void append_escaped(std::string& out, std::string_view text);

}  // namespace kennis::detail
