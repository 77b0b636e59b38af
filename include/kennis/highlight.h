/// @file highlight.h
/// Matched spans of a hit's plain text (title, snippet), with offsets in the three units that
/// clients count in, so that a client can highlight without parsing the HTML forms.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kennis {

/// A half-open range [start, end) of offsets into a text.
struct TextRange {
  uint32_t start = 0;
  uint32_t end = 0;
  friend bool operator==(const TextRange& a, const TextRange& b) { return a.start == b.start && a.end == b.end; }
};

/// One matched span of a plain text, as UTF-8 byte offsets (C, C++, Go, Rust), code point
/// offsets (Python) and UTF-16 code unit offsets (JavaScript, Java, C#). All three describe the
/// same characters.
struct Highlight {
  TextRange bytes;
  TextRange code_points;
  TextRange utf16;
};

/// Converts byte spans of the UTF-8 text `utf8` into Highlights, in one pass over the text.
/// `byte_spans` must be sorted, disjoint, within the text and on character boundaries (the
/// snippet code guarantees it; anything else is a bug and asserts). A character of four UTF-8
/// bytes (U+10000 and above, e.g. 😀) counts 1 code point and 2 UTF-16 units; text is expected to
/// be valid UTF-8 (records are validated at ingest). Thread-safe; never throws.
std::vector<Highlight> to_highlights(std::string_view utf8, const std::vector<TextRange>& byte_spans);

}  // namespace kennis
