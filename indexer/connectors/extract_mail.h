/// @file extract_mail.h
/// E-mail messages (RFC 5322 / MIME, .eml) with GMime.
#pragma once

#include <string_view>

#include "extract_common.h"

namespace kennis {

/// Subject as title, the From address (lower-cased) as author, Date as created and modified,
/// Content-Language as lang, and as body the first text/plain part that is not an attachment,
/// else the first text/html part converted to text; transfer encodings and charsets decoded.
/// Meant to run isolated (extract_isolation.h): GMime and GLib keep global state. Thread-safe.
ExtractResult extract_mail(std::string_view bytes);

}  // namespace kennis
