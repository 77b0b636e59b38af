/// @file extract_html.h
/// HTML to text with libxml2's HTML parser (it copes with the tag soup real pages contain).
#pragma once

#include <string_view>

#include "extract_common.h"

namespace kennis {

/// Extracts an HTML page: title (<title>, else the first <h1>), body text without script, style,
/// nav and other non-content elements, lang (<html lang>, else a Content-Language meta tag),
/// authors and dates from <meta name="author|dcterms.created|dcterms.modified|date">. The
/// charset comes from the bytes (BOM, valid UTF-8), the page's own declaration, or uchardet.
/// Thread-safe once xmlInitParser() has run (the connector calls it before starting threads).
ExtractResult extract_html(std::string_view bytes);

/// The body text of an HTML fragment already in UTF-8 (a markdown HTML block, an e-mail part).
std::string html_to_text(std::string_view utf8);

}  // namespace kennis
