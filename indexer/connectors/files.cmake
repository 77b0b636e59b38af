# File-share connector and its text extractors. Each format is read by the library made for
# it (Debian packages, see scripts/bootstrap.sh): libxml2 for HTML and the XML inside OOXML/ODF,
# libzip for their ZIP containers, poppler-cpp for PDF, GMime for e-mail, cmark for markdown,
# uchardet + ICU to find and convert charsets.
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(GMIME REQUIRED IMPORTED_TARGET gmime-3.0)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET libcmark)

target_sources(kennis_connectors PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/extract_common.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_formats.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_html.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_isolation.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_mail.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_odf.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_ooxml.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_package.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_pdf.cc
  ${CMAKE_CURRENT_LIST_DIR}/extract_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/file_share.cc
)
target_link_libraries(kennis_connectors PRIVATE
  PkgConfig::POPPLER_CPP PkgConfig::GMIME PkgConfig::LIBXML2 PkgConfig::LIBZIP PkgConfig::UCHARDET
  PkgConfig::CMARK ICU::uc)
