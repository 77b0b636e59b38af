#include "kennis/document.h"

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
  return static_cast<int64_t>(timegm(&tm)) - offset;
}

std::string format_rfc3339(int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace kennis
