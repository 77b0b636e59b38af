/// @file extract_common.h
/// What a text extractor returns, and the pieces every extractor shares: charset conversion to
/// UTF-8, a builder that lays text out in paragraphs, language tags and metadata dates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kennis {

/// The text and metadata of one document. Every string is valid UTF-8.
struct Extracted {
  std::string title;                 ///< from the document's metadata; empty if it has none
  std::string body;                  ///< paragraphs separated by blank lines
  std::string lang;                  ///< BCP 47 tag the document declares ("fr-BE"), or empty
  std::vector<std::string> authors;  ///< creator/author names or lower-cased e-mail addresses
  std::optional<int64_t> created;    ///< seconds since the epoch, UTC
  std::optional<int64_t> modified;
};

/// Why a document could not be extracted, for the operator: "not a PDF file (…)".
struct ExtractError {
  std::string message;
};

using ExtractResult = std::variant<Extracted, ExtractError>;

/// Longest body an extractor returns (bytes); longer text is cut at a character boundary, so
/// one huge file stays within the record schema's text limit.
inline constexpr size_t kMaxBodyBytes = 8u << 20;

/// Converts text in an unknown or declared charset to UTF-8. `declared` (e.g. a MIME charset
/// parameter) is used when ICU knows it and the bytes are not already valid UTF-8; otherwise a
/// Unicode signature (BOM), then valid UTF-8, then uchardet's guess decide, with windows-1252
/// as the last resort. Never fails: undecodable bytes become U+FFFD. Thread-safe.
std::string to_utf8(std::string_view bytes, std::string_view declared = {});

/// True if `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

/// Cuts `text` to at most `max_bytes` without splitting a UTF-8 sequence.
void truncate_utf8(std::string& text, size_t max_bytes);

/// A language tag as a document declares it ("en_US", "EN-gb", "nl") turned into a well-formed
/// BCP 47 tag ("en-US", "en-GB", "nl") by ICU; empty when it is not one ("und", "x-default").
std::string normalize_lang(std::string_view declared);

/// A date from document metadata: RFC 3339, ISO 8601 without a zone (read as UTC), or a bare
/// date ("2024-03-01"). nullopt when it is none of these.
std::optional<int64_t> parse_metadata_date(std::string_view text);

/// One-line text for titles and names: whitespace runs become one space, ends trimmed, control
/// characters dropped, at most 1000 bytes.
std::string clean_line(std::string_view text);

/// Lays out extracted text. Inline text is appended with its whitespace collapsed; line and
/// paragraph breaks are requested between blocks and only emitted before the next text, so
/// empty elements leave no blank lines. finish() gives paragraphs separated by "\n\n".
class TextBuilder {
 public:
  /// Appends running text; any whitespace run becomes one space.
  void text(std::string_view utf8);
  /// Appends text keeping its line breaks (preformatted blocks, plain text files).
  void preformatted(std::string_view utf8);
  /// Appends one space (a table cell or tab boundary).
  void space();
  void line_break();
  void paragraph_break();
  /// The text so far, trimmed, control characters removed, cut to kMaxBodyBytes.
  std::string finish();
  bool full() const { return out_.size() >= kMaxBodyBytes; }

 private:
  enum class Pending { kNone, kSpace, kLine, kParagraph };
  void flush_pending();
  std::string out_;
  Pending pending_ = Pending::kNone;
};

}  // namespace kennis
