/// @file extract_text.h
/// Plain text and markdown files: charset detection (uchardet) and conversion (ICU), markdown
/// read by cmark so that its markup is dropped and its structure kept as paragraphs.
#pragma once

#include <string_view>

#include "extract_common.h"

namespace kennis {

/// A plain text file in any charset: lines kept, blank lines separate paragraphs. No title.
/// Thread-safe.
ExtractResult extract_plain_text(std::string_view bytes);

/// A CommonMark file: the text without markup (emphasis, link targets, list markers, fences);
/// the first level-1 heading is the title; HTML blocks are reduced to their text. Thread-safe.
ExtractResult extract_markdown(std::string_view bytes);

}  // namespace kennis
