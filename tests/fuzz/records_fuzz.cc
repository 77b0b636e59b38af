// Fuzzes JSON Lines records (core/records): parse_record() parses one line and validates it
// against the embedded schema of its kind (post, document, profile: the first byte picks it)
// before the fields are read. It promises never to throw for bad input: any exception, crash or
// sanitizer report is a bug. RFC 3339 dates, which records and requests both carry, are parsed
// and formatted back as well.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "fuzz_util.h"
#include "kennis/document.h"
#include "kennis/records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const kennis::RecordSchemas schemas;
  static constexpr kennis::Kind kKinds[] = {kennis::Kind::kPost, kennis::Kind::kDocument, kennis::Kind::kProfile};
  const kennis::Kind kind = kKinds[data[0] % 3];
  const std::string_view line = kennis::fuzz::as_text(data + 1, size - 1);
  const auto result = kennis::parse_record(kind, line, schemas);
  (void)std::holds_alternative<kennis::Record>(result);
  if (size < 64) {
    // A date that parses formats to a date that parses to the same instant.
    if (const auto seconds = kennis::parse_rfc3339(line)) {
      const std::string formatted = kennis::format_rfc3339(*seconds);
      if (kennis::parse_rfc3339(formatted) != seconds) {
        std::fprintf(stderr, "'%s' does not parse back to %lld\n", formatted.c_str(), static_cast<long long>(*seconds));
        std::abort();
      }
    }
  }
  return 0;
}
