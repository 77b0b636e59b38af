/// @file analysis.h
/// The one text analysis chain: ICU word segmentation, Unicode normalisation, case and accent
/// folding, and Snowball stemming. Indexing, query building and snippets all call it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kennis {

/// Version of the analysis chain. Any change that alters the terms produced for some input
/// (segmentation, folding, stemmers, limits) must increase it: an index made with another
/// version cannot be searched reliably and searchd refuses it.
inline constexpr int kAnalyzerVersion = 5;  // 2: ’ ‘ fold to '; 3: elisions; 4: detected languages;
                                            // 5: language-tagged stems, compound parts

/// One word of analysed text.
struct Token {
  std::string text;   ///< normalised: NFKC, case-folded, accents removed; what is indexed
  std::string lower;  ///< NFKC and case-folded with accents kept, when it differs from text;
                      ///< stemmers see this form (Snowball rules know é, ü, ø)
  uint32_t position;  ///< 0-based word position, non-decreasing along the text
  uint32_t start;     ///< byte offset of the word in the original input
  uint32_t end;       ///< byte offset one past the word in the original input
};

/// Limits and switches of the chain. Changing a default changes kAnalyzerVersion.
struct AnalyzerConfig {
  size_t max_token_bytes = 64;  ///< longer words (hashes, base64 blobs) are dropped
  bool emoji = true;            ///< index emoji as words
};

/// Turns text into tokens. Construction loads ICU data once; analyze() then allocates only the
/// result. Not thread-safe (ICU break iterators and Snowball stemmers keep state): use one
/// Analyzer per thread. Never throws on input: invalid UTF-8 is replaced, not rejected.
class Analyzer {
 public:
  explicit Analyzer(const AnalyzerConfig& config = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  /// Segments, normalises and folds `utf8`. Word-joined forms are added at the position of the
  /// first part ("e-mail" gives e[0] email[0] mail[1]); "C++" and "C#" stay one word.
  /// With `compound_lang` ("nl", "de"), the parts of compound words follow the word at its
  /// position, with their own byte offsets: "Projektleitung" gives projektleitung[0]
  /// projekt[0] leitung[0], so phrases over the compound stay intact and highlighting can mark
  /// the part that matched.
  std::vector<Token> analyze(std::string_view utf8, std::string_view compound_lang = {}) const;

  /// The parts of `token` if it is a compound in `lang`; with `leaves_only` just the smallest
  /// parts ("netzwerkadministrator": netz, werk, administrator). Empty when it is not one.
  std::vector<Token> compound_parts(const Token& token, std::string_view lang, bool leaves_only) const;

  /// True when `token` is a stopword of `lang` (Snowball's lists: "de", "van", "the", "und"),
  /// compared accent-folded. Queries use it; the index keeps every word, so phrases with
  /// stopwords stay exact.
  static bool is_stopword(const Token& token, std::string_view lang);

  /// True when kennis splits compounds of `lang` (a dictionary is installed).
  static bool splits_compounds(std::string_view lang);

  /// Normalises one word without segmenting or stemming (filter values, prefixes).
  std::string normalize(std::string_view word) const;

  /// Snowball stem of a token in language `lang` (ISO 639-1 code such as "nl"), accent-folded
  /// like Token::text. Returns an empty string when kennis has no stemmer for `lang`.
  std::string stem(const Token& token, std::string_view lang) const;

  /// True when a stemmer exists for `lang`.
  static bool has_stemmer(std::string_view lang);

 private:
  std::vector<Token> segment(std::string_view utf8) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Identifies the data the chain depends on besides its code: the installed compound
/// dictionaries. Stored in the index; another value means the index must be rebuilt.
std::string analysis_data_id();

/// The primary language subtag of a BCP 47 tag, lower-cased: "fr-BE" gives "fr".
std::string primary_language(std::string_view bcp47);

}  // namespace kennis

namespace kennis {
/// Normalises a keyword value (group, person id, tag) for boolean terms and facets: NFKC case
/// folding and trimming, accents kept. Thread-safe.
std::string fold_keyword(std::string_view value);
}  // namespace kennis

namespace kennis {
/// The language of `utf8` by CLD2 (ISO 639-1 primary subtag such as "nl"), or "" when the text
/// is too short (under 20 bytes) or too mixed to tell reliably. Looks at the first 64 KB. Thread-safe.
std::string detect_language(std::string_view utf8);
}  // namespace kennis
