/// @file extract_pdf.h
/// PDF text and document information with poppler-cpp.
#pragma once

#include <string_view>

#include "extract_common.h"

namespace kennis {

/// The text of every page (pages separated by blank lines, in reading order) and the Info
/// dictionary's Title, Author, CreationDate and ModDate. Encrypted files that need a password
/// are an error. Meant to run isolated (see extract_isolation.h): a hostile PDF can make poppler
/// slow or large. Thread-safe.
ExtractResult extract_pdf(std::string_view bytes);

}  // namespace kennis
