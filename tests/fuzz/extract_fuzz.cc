// Fuzzes the file-share connector's text extractors (indexer/connectors/extract_*): the first
// byte picks one of builtin_formats() (plain text, markdown, HTML, PDF, OOXML, ODF, e-mail), the
// rest is the file. What every extractor promises is checked: all strings valid UTF-8, the body
// within kMaxBodyBytes. A std::exception is how an extractor may fail (extract_file turns it
// into an ExtractError); anything else, and every crash or sanitizer report, is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <variant>

#include "extract_common.h"
#include "extract_formats.h"
#include "extract_isolation.h"
#include "fuzz_util.h"

namespace {

void check_utf8(const char* field, const std::string& text) {
  if (!kennis::is_valid_utf8(text)) {
    std::fprintf(stderr, "extracted %s is not valid UTF-8\n", field);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kennis::prepare_isolation();  // libxml2's globals, as the file-share connector sets them up
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::vector<kennis::FileFormat>& formats = kennis::builtin_formats();
  const kennis::FileFormat& format = formats[data[0] % formats.size()];
  kennis::ExtractResult result;
  try {
    result = format.extract(kennis::fuzz::as_text(data + 1, size - 1));
  } catch (const std::exception&) {
    return 0;
  }
  if (const auto* extracted = std::get_if<kennis::Extracted>(&result)) {
    check_utf8("title", extracted->title);
    check_utf8("body", extracted->body);
    check_utf8("lang", extracted->lang);
    for (const std::string& author : extracted->authors) check_utf8("author", author);
    if (extracted->body.size() > kennis::kMaxBodyBytes) {
      std::fprintf(stderr, "body of %zu bytes\n", extracted->body.size());
      std::abort();
    }
  }
  return 0;
}
