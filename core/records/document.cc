#include "kennis/document.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace kennis {

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::kPost: return "post";
    case Kind::kDocument: return "document";
    case Kind::kProfile: return "profile";
  }
  return "post";
}

std::optional<Kind> parse_kind(std::string_view name) {
  if (name == "post") return Kind::kPost;
  if (name == "document") return Kind::kDocument;
  if (name == "profile") return Kind::kProfile;
  return std::nullopt;
}

namespace {

// The instants RFC 3339 can write: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
constexpr int64_t kFirstRfc3339Second = -62167219200;
constexpr int64_t kLastRfc3339Second = 253402300799;

bool read_digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<int64_t> parse_rfc3339(std::string_view s) {
  int year, month, day, hour, minute, second;
  if (!read_digits(s, 0, 4, &year) || s.size() < 20 || s[4] != '-' ||
      !read_digits(s, 5, 2, &month) || s[7] != '-' || !read_digits(s, 8, 2, &day) ||
      (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !read_digits(s, 11, 2, &hour) ||
      s[13] != ':' || !read_digits(s, 14, 2, &minute) || s[16] != ':' ||
      !read_digits(s, 17, 2, &second))
    return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 ||
      minute > 59 || second > 60)
    return std::nullopt;
  size_t pos = 19;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    const size_t digits = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == digits) return std::nullopt;
  }
  int offset = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh, om;
    if (!read_digits(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
        !read_digits(s, pos + 4, 2, &om) || oh > 23 || om > 59)
      return std::nullopt;
    offset = (oh * 60 + om) * 60 * (s[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second == 60 ? 59 : second;
  const int64_t seconds = static_cast<int64_t>(timegm(&tm)) - offset;
  // An offset can carry the first or last day past year 0000 or 9999, where RFC 3339 has no
  // form to write the instant back in (found by tests/fuzz/records_fuzz).
  if (seconds < kFirstRfc3339Second || seconds > kLastRfc3339Second) return std::nullopt;
  return seconds;
}

std::string format_rfc3339(int64_t seconds) {
  // Years have four digits, also before 1000 (strftime's %Y writes "224"; found by
  // tests/fuzz/records_fuzz); instants outside years 0000-9999 are written as the nearest one.
  const auto t = static_cast<std::time_t>(std::clamp(seconds, kFirstRfc3339Second, kLastRfc3339Second));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[80];  // room for any int fields, which GCC's -Wformat-truncation asks for
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buffer;
}

}  // namespace kennis
