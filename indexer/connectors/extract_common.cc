#include "extract_common.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "kennis/document.h"

namespace kennis {
namespace {

// uchardet settles long before this; feeding it a whole 50 MiB file only costs time.
constexpr size_t kCharsetSampleBytes = 256u << 10;
constexpr size_t kMaxLineBytes = 1000;

// Converts with ICU; nullopt when ICU does not know `from`. Illegal input becomes U+FFFD.
std::optional<std::string> convert(std::string_view bytes, const char* from) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return std::nullopt;
  const auto length = static_cast<int32_t>(bytes.size());
  UErrorCode status = U_ZERO_ERROR;
  const int32_t needed = ucnv_convert("UTF-8", from, nullptr, 0, bytes.data(), length, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("UTF-8", from, out.data(), needed, bytes.data(), length, &status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::string repair_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  return convert(text, "UTF-8").value_or(std::string());
}

std::string guess_charset(std::string_view bytes) {
  std::unique_ptr<struct uchardet, decltype(&uchardet_delete)> detector(uchardet_new(), uchardet_delete);
  if (!detector) return {};
  const size_t sample = std::min(bytes.size(), kCharsetSampleBytes);
  if (uchardet_handle_data(detector.get(), bytes.data(), sample) != 0) return {};
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  return name ? name : "";
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_control(char c) {
  return (static_cast<unsigned char>(c) < 0x20 && !is_space(c)) || c == 0x7f;
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_alnum_ascii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The record schema's pattern for lang: ^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$, and not "und".
bool is_schema_lang(std::string_view tag) {
  size_t start = 0;
  for (size_t i = 0; i <= tag.size(); ++i) {
    if (i < tag.size() && tag[i] != '-') {
      if (!is_alnum_ascii(tag[i])) return false;
      continue;
    }
    const size_t len = i - start;
    if (start == 0) {
      if (len < 2 || len > 3) return false;
      for (size_t k = 0; k < len; ++k)
        if (tag[k] >= '0' && tag[k] <= '9') return false;
    } else if (len < 1 || len > 8) {
      return false;
    }
    start = i + 1;
  }
  return tag.substr(0, 3) != "und";
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  if (text.size() > static_cast<size_t>(INT32_MAX)) return false;
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(status);
}

std::string to_utf8(std::string_view bytes, std::string_view declared) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t signature = 0;
  const int32_t probe = static_cast<int32_t>(std::min<size_t>(bytes.size(), 4));
  if (const char* name = ucnv_detectUnicodeSignature(bytes.data(), probe, &signature, &status);
      name && U_SUCCESS(status)) {
    if (auto out = convert(bytes.substr(static_cast<size_t>(signature)), name)) return *out;
  }
  if (is_valid_utf8(bytes)) return std::string(bytes);
  if (!declared.empty()) {
    const std::string name(declared);
    if (auto out = convert(bytes, name.c_str())) return *out;
  }
  const std::string guess = guess_charset(bytes);
  if (!guess.empty() && guess != "ASCII") {
    if (auto out = convert(bytes, guess.c_str())) return *out;
  }
  return convert(bytes, "windows-1252").value_or(std::string());
}

void truncate_utf8(std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return;
  size_t end = max_bytes;
  // Step back over continuation bytes to the start of the cut character.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
}

std::string normalize_lang(std::string_view declared) {
  std::string tag = clean_line(declared);
  std::replace(tag.begin(), tag.end(), '_', '-');
  if (tag.empty() || tag.size() > 100) return {};
  char locale[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  uloc_forLanguageTag(tag.c_str(), locale, sizeof locale, &parsed, &status);
  if (U_FAILURE(status) || parsed <= 0) return {};
  char out[ULOC_FULLNAME_CAPACITY];
  status = U_ZERO_ERROR;
  const int32_t length = uloc_toLanguageTag(locale, out, sizeof out, /*strict=*/true, &status);
  if (U_FAILURE(status) || length <= 0 || length >= static_cast<int32_t>(sizeof out)) return {};
  std::string result(out, static_cast<size_t>(length));
  return is_schema_lang(result) ? result : std::string();
}

std::optional<int64_t> parse_metadata_date(std::string_view text) {
  std::string s = clean_line(text);
  if (s.size() == 10 && is_digits(s.substr(0, 4)) && s[4] == '-' && s[7] == '-') s += "T00:00:00Z";
  if (s.size() < 19) return std::nullopt;
  size_t zone = 19;
  if (zone < s.size() && s[zone] == '.') {
    ++zone;
    while (zone < s.size() && s[zone] >= '0' && s[zone] <= '9') ++zone;
  }
  const std::string_view rest = std::string_view(s).substr(zone);
  if (rest.empty()) {
    s += 'Z';
  } else if (rest.size() == 5 && (rest[0] == '+' || rest[0] == '-') && is_digits(rest.substr(1))) {
    s.insert(zone + 3, ":");  // "+0100" → "+01:00"
  }
  return parse_rfc3339(s);
}

std::string clean_line(std::string_view text) {
  std::string out;
  out.reserve(std::min(text.size(), kMaxLineBytes));
  bool space = false;
  for (char c : text) {
    if (is_space(c)) {
      space = !out.empty();
    } else if (!is_control(c)) {
      if (space) out += ' ';
      space = false;
      out += c;
      if (out.size() > kMaxLineBytes) break;
    }
  }
  truncate_utf8(out, kMaxLineBytes);
  return repair_utf8(out);
}

void TextBuilder::text(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size() && !full(); ++i) {
    const char c = utf8[i];
    // U+00A0 NO-BREAK SPACE separates words as far as search is concerned.
    const bool nbsp = c == '\xC2' && i + 1 < utf8.size() && utf8[i + 1] == '\xA0';
    if (is_space(c) || nbsp) {
      if (nbsp) ++i;
      if (pending_ == Pending::kNone) pending_ = Pending::kSpace;
    } else if (!is_control(c)) {
      flush_pending();
      out_ += c;
    }
  }
}

void TextBuilder::preformatted(std::string_view utf8) {
  bool first = true;
  while (!utf8.empty() && !full()) {
    const size_t eol = utf8.find('\n');
    const std::string_view line = utf8.substr(0, eol);
    const bool blank = std::all_of(line.begin(), line.end(), [](char c) { return is_space(c) || is_control(c); });
    if (blank) {
      paragraph_break();
    } else {
      if (!first) line_break();
      text(line);
    }
    first = false;
    if (eol == std::string_view::npos) break;
    utf8.remove_prefix(eol + 1);
  }
}

void TextBuilder::space() {
  if (pending_ == Pending::kNone) pending_ = Pending::kSpace;
}

void TextBuilder::line_break() {
  if (pending_ != Pending::kParagraph) pending_ = Pending::kLine;
}

void TextBuilder::paragraph_break() {
  pending_ = Pending::kParagraph;
}

void TextBuilder::flush_pending() {
  if (out_.empty()) {
    pending_ = Pending::kNone;
    return;
  }
  switch (pending_) {
    case Pending::kNone:
      break;
    case Pending::kSpace:
      out_ += ' ';
      break;
    case Pending::kLine:
      out_ += '\n';
      break;
    case Pending::kParagraph:
      out_ += "\n\n";
      break;
  }
  pending_ = Pending::kNone;
}

std::string TextBuilder::finish() {
  truncate_utf8(out_, kMaxBodyBytes);
  while (!out_.empty() && is_space(out_.back())) out_.pop_back();
  pending_ = Pending::kNone;
  std::string result = repair_utf8(out_);
  out_.clear();
  return result;
}

}  // namespace kennis
