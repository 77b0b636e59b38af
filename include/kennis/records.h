/// @file records.h
/// Reading input records: JSON Lines, validated against the JSON Schemas in schemas/, turned
/// into Records. The schemas are the runtime contract: the same files are documentation.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "kennis/document.h"

namespace kennis {

/// Validates records of every kind against schemas/<kind>.schema.json, which the build embeds
/// in the binary (so the files in schemas/ are the contract, and no install path can drift).
/// validate() is const and thread-safe.
class RecordSchemas {
 public:
  RecordSchemas();
  ~RecordSchemas();

  /// Empty string if `record` is valid for `kind`, else sets `pointer` to the JSON pointer of
  /// the first bad field and returns a message.
  std::string validate(Kind kind, const nlohmann::json& record, std::string* pointer) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Validates a record of `kind` (already parsed JSON) and extracts its fields. Never throws for
/// bad input: returns a RecordError with the JSON pointer (origin is left for the caller).
std::variant<Record, RecordError> to_record(Kind kind, nlohmann::json json, const RecordSchemas& schemas);

/// Parses one JSON Lines line of `kind` into a Record, validating it. Never throws for bad
/// input: returns a RecordError (file and line are left for the caller to fill).
std::variant<Record, RecordError> parse_record(Kind kind, std::string_view line,
                                               const RecordSchemas& schemas);

}  // namespace kennis
