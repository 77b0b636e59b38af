#include "chat_text.h"

#include <algorithm>

namespace kennis::chat {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid too).
size_t utf8_sequence_length(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  size_t copied = 0;  // text[0, copied) is in `out` (or nothing was bad yet)
  bool repaired = false;
  for (size_t i = 0; i < text.size();) {
    const size_t length = utf8_sequence_length(text, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (!repaired) out.reserve(text.size() + 8);
    out.append(text.substr(copied, i - copied));
    out.append("\xEF\xBF\xBD");
    repaired = true;
    copied = ++i;
  }
  if (!repaired) return std::string(text);
  out.append(text.substr(copied));
  return out;
}

std::string clip(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (chars++ == max_chars) return std::string(text.substr(0, i));
  }
  return std::string(text);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool is_email(std::string_view text) {
  const size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == text.size()) return false;
  if (text.find('@', at + 1) != std::string_view::npos || text.size() > 320) return false;
  return std::none_of(text.begin(), text.end(), is_space);
}

std::optional<std::string> person_id_from_email(std::string_view email) {
  const std::string_view address = trim(email);
  if (!is_email(address) || address.size() > kMaxNameChars) return std::nullopt;
  return ascii_lower(address);
}

void append_unique(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

std::optional<std::pair<std::string, std::string>> split_heading(std::string_view text) {
  text = trim(text);
  const size_t end = text.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view heading = trim(text.substr(0, end));
  const std::string_view rest = text.substr(end + 1);
  const size_t next_end = rest.find('\n');
  if (next_end == std::string_view::npos || !trim(rest.substr(0, next_end)).empty()) return std::nullopt;
  const std::string_view body = trim(rest);
  if (heading.empty() || body.empty() || clip(heading, kMaxHeadingChars).size() != heading.size() ||
      heading.find_last_of(",:;") == heading.size() - 1)
    return std::nullopt;
  return std::pair{std::string(heading), std::string(body)};
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace kennis::chat
