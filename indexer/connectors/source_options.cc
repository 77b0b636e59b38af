#include "source_options.h"

#include <algorithm>

#include "kennis/error.h"

namespace kennis {

SourceOptions::SourceOptions(const toml::table& table, std::string name) : table_(table), name_(std::move(name)) {}

void SourceOptions::fail(const char* key, const std::string& message) const {
  throw Error(ErrorCode::kInvalidConfig, "source '" + name_ + "': " + key + ": " + message, key);
}

std::optional<std::string> SourceOptions::string(const char* key) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node) return std::nullopt;
  if (!node->is_string()) fail(key, "must be a string");
  return node->as_string()->get();
}

std::string SourceOptions::required_string(const char* key) {
  auto value = string(key);
  if (!value || value->empty()) fail(key, "is required");
  return *value;
}

std::optional<int64_t> SourceOptions::integer(const char* key) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node) return std::nullopt;
  if (!node->is_integer()) fail(key, "must be a whole number");
  return node->as_integer()->get();
}

std::optional<bool> SourceOptions::boolean(const char* key) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node) return std::nullopt;
  if (!node->is_boolean()) fail(key, "must be true or false");
  return node->as_boolean()->get();
}

std::optional<std::vector<std::string>> SourceOptions::strings(const char* key) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node) return std::nullopt;
  if (node->is_string()) return std::vector<std::string>{node->as_string()->get()};
  if (!node->is_array()) fail(key, "must be a string or a list of strings");
  std::vector<std::string> out;
  for (const toml::node& item : *node->as_array()) {
    if (!item.is_string()) fail(key, "must be a list of strings");
    out.push_back(item.as_string()->get());
  }
  return out;
}

const toml::table* SourceOptions::table(const char* key) {
  known_.emplace_back(key);
  const toml::node* node = table_.get(key);
  if (!node) return nullptr;
  if (!node->is_table()) fail(key, "must be a table");
  return node->as_table();
}

void SourceOptions::finish() const {
  for (const auto& [key, value] : table_) {
    const std::string k(key.str());
    if (std::find(known_.begin(), known_.end(), k) == known_.end())
      throw Error(ErrorCode::kInvalidConfig, "source '" + name_ + "': unknown key '" + k + "'", k);
  }
}

}  // namespace kennis
