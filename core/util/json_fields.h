// Reading fields of stored or incoming records (nlohmann::json objects) without throwing:
// the one pair of helpers records, search, people and experts code share.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kennis::detail {

/// The string at `key`, or "" when it is absent or not a string.
inline std::string json_text(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The strings of the array at `key` (other elements skipped), or none.
inline std::vector<std::string> json_texts(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

}  // namespace kennis::detail
