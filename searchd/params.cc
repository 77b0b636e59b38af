#include "params.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "kennis/analysis.h"
#include "kennis/error.h"

namespace kennis::http {

namespace {
bool listed(std::initializer_list<const char*> names, const std::string& name) {
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return name == n; });
}
std::string names(std::initializer_list<const char*> list) {
  std::string out;
  for (const char* n : list) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}
}  // namespace

void check_params(const httplib::Request& req, std::initializer_list<const char*> known,
                  std::initializer_list<const char*> repeatable) {
  for (const auto& [name, value] : req.params) {
    if (!listed(known, name))
      throw Error(ErrorCode::kUnknownParameter,
                  "unknown parameter '" + name + "'" + (known.size() ? "; known: " + names(known) : ""), name);
    if (req.get_param_value_count(name.c_str()) > 1 && !listed(repeatable, name))
      throw Error(ErrorCode::kInvalidParameter, "parameter '" + name + "' is given more than once", name);
  }
}

std::optional<std::string> param_string(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

std::optional<long long> param_int(const httplib::Request& req, const char* name, long long min, long long max) {
  const auto text = param_string(req, name);
  if (!text) return std::nullopt;
  long long value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (text->empty() || ec != std::errc() || ptr != end || value < min || value > max)
    throw Error(ErrorCode::kInvalidParameter,
                std::string(name) + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                    ", not '" + *text + "'",
                name);
  return value;
}

std::optional<std::string> param_enum(const httplib::Request& req, const char* name,
                                      std::initializer_list<const char*> allowed) {
  auto text = param_string(req, name);
  if (text && !listed(allowed, *text))
    throw Error(ErrorCode::kInvalidParameter, std::string(name) + " must be one of " + names(allowed) + ", not '" + *text + "'",
                name);
  return text;
}

std::optional<std::vector<std::string>> param_list(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  std::vector<std::string> out;
  const size_t count = req.get_param_value_count(name);
  for (size_t i = 0; i < count; ++i) {
    const std::string value = req.get_param_value(name, i);
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      if (comma == std::string::npos) comma = value.size();
      std::string item = value.substr(start, comma - start);
      item.erase(0, item.find_first_not_of(' '));
      item.erase(item.find_last_not_of(' ') + 1);
      if (!item.empty()) out.push_back(item);
      start = comma + 1;
    }
  }
  return out;
}

std::vector<std::string> accept_languages(const httplib::Request& req) {
  const std::string header = req.get_header_value("Accept-Language");
  std::vector<std::pair<double, std::string>> ranked;
  size_t at = 0;
  while (at <= header.size() && ranked.size() < 16) {
    size_t comma = header.find(',', at);
    if (comma == std::string::npos) comma = header.size();
    std::string entry = header.substr(at, comma - at);
    at = comma + 1;
    double q = 1.0;
    if (const size_t semi = entry.find(';'); semi != std::string::npos) {
      const std::string params = entry.substr(semi + 1);
      entry.resize(semi);
      if (const size_t qpos = params.find("q="); qpos != std::string::npos) {
        char* end = nullptr;
        q = std::strtod(params.c_str() + qpos + 2, &end);
        if (end == params.c_str() + qpos + 2 || !(q >= 0 && q <= 1)) continue;
      }
    }
    const size_t b = entry.find_first_not_of(" \t"), e = entry.find_last_not_of(" \t");
    if (b == std::string::npos || q <= 0) continue;
    const std::string lang = primary_language(entry.substr(b, e - b + 1));
    if (lang.size() < 2 || lang.size() > 3 ||
        !std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    if (std::none_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.second == lang; }))
      ranked.emplace_back(q, lang);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [q, lang] : ranked) out.push_back(std::move(lang));
  return out;
}

}  // namespace kennis::http
