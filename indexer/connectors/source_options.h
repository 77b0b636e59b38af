// Reading a [[source]] table of the indexer's TOML configuration: typed getters that name the
// source and key in their errors, and a check that no unknown key was given.
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <vector>

namespace kennis {

/// One [[source]] table. Every getter marks its key as known; finish() then throws
/// Error(kInvalidConfig) for any key nobody asked for (a typo must not pass silently).
class SourceOptions {
 public:
  SourceOptions(const toml::table& table, std::string name);

  const std::string& name() const { return name_; }
  std::string required_string(const char* key);
  std::optional<std::string> string(const char* key);
  std::optional<int64_t> integer(const char* key);
  std::optional<bool> boolean(const char* key);
  std::optional<std::vector<std::string>> strings(const char* key);
  /// A sub-table (e.g. access = { "HR/" = ["hr"] }); nullptr when absent.
  const toml::table* table(const char* key);
  void finish() const;
  /// Error(kInvalidConfig) naming the source and key.
  [[noreturn]] void fail(const char* key, const std::string& message) const;

 private:
  const toml::table& table_;
  std::string name_;
  std::vector<std::string> known_{"name", "type"};
};

}  // namespace kennis
