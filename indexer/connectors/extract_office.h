/// @file extract_office.h
/// Office documents: OOXML (docx, xlsx, pptx) and ODF (odt, ods, odp), read as ZIP packages of
/// XML parts (see extract_package.h). Meant to run isolated (extract_isolation.h).
#pragma once

#include <string_view>

#include "extract_common.h"

namespace kennis {

/// word/document.xml text (paragraphs; table cells on one line per row) and docProps/core.xml
/// dc:title, dc:creator, dcterms:created/modified, dc:language. Thread-safe.
ExtractResult extract_docx(std::string_view bytes);
/// Every worksheet in workbook order: its name, then one line per row with the cells' shown
/// values (shared and inline strings, numbers); formulas are left out. Metadata as for docx.
ExtractResult extract_xlsx(std::string_view bytes);
/// The text of every slide in presentation order, one paragraph per slide. Metadata as docx.
ExtractResult extract_pptx(std::string_view bytes);
/// content.xml text of a text document, spreadsheet (sheet names, one line per row) or
/// presentation (one paragraph per page); meta.xml dc:title, meta:initial-creator, dc:creator,
/// meta:creation-date, dc:date and dc:language, else the default language in styles.xml.
ExtractResult extract_odf(std::string_view bytes);

}  // namespace kennis
