// Language detection with CLD2 (Debian libcld2): a well-kept n-gram detector for 80+
// languages, used for records that do not say which language they are in.
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include "kennis/analysis.h"

namespace kennis {

std::string detect_language(std::string_view utf8) {
  // CLD2 calls even one word "reliable" ("connections": English); below a few words kennis
  // does not trust it and the caller's default applies.
  constexpr size_t kMinBytes = 20;
  if (utf8.size() < kMinBytes) return {};
  constexpr size_t kMaxBytes = 64 * 1024;
  if (utf8.size() > kMaxBytes) {
    size_t n = kMaxBytes;
    while (n > 0 && (static_cast<unsigned char>(utf8[n]) & 0xC0) == 0x80) --n;  // whole characters
    utf8 = utf8.substr(0, n);
  }
  bool reliable = false;
  int valid_prefix = 0;
  const CLD2::Language language = CLD2::DetectLanguageCheckUTF8(
      utf8.data(), static_cast<int>(utf8.size()), /*is_plain_text=*/true, &reliable, &valid_prefix);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return {};
  return primary_language(CLD2::LanguageCode(language));
}

}  // namespace kennis
