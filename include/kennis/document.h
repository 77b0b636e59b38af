/// @file document.h
/// A record (post, document or profile) as the indexer and searcher see it: the validated
/// input JSON plus the fields kennis reads out of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace kennis {

enum class Kind { kPost, kDocument, kProfile };

/// "post", "document" or "profile".
std::string_view kind_name(Kind kind);
/// Parses a kind name; nullopt when unknown.
std::optional<Kind> parse_kind(std::string_view name);

/// Who may see a record.
struct Acl {
  bool is_public = false;
  std::vector<std::string> groups;
  std::vector<std::string> persons;
};

/// A record after schema validation. `source_json` is exactly what the record said (it is what
/// GET /v1/documents returns); the other members are derived from it for indexing.
struct Record {
  Kind kind = Kind::kPost;
  std::string id;
  std::string title;
  std::string body;
  std::string lang;                    ///< primary subtag ("nl"), empty if unknown
  std::optional<int64_t> created;      ///< seconds since the epoch, UTC
  std::optional<int64_t> updated;
  Acl acl;
  std::vector<std::string> people;     ///< authors, owner (documents) or the person (profiles)
  std::string group;                   ///< group / channel
  std::string thread;
  std::string reply_to;                ///< posts: id of the post this one answers
  std::vector<std::string> mentions;   ///< `mentions`, then e-mail addresses in the body (lower-cased)
  std::vector<std::string> tags;
  std::vector<std::string> extra_text; ///< further searchable fields (profile skills, …)
  nlohmann::json source_json;
};

/// Why one input record was rejected: where it was and what is wrong.
struct RecordError {
  std::string file;
  uint64_t line = 0;
  std::string pointer;  ///< JSON pointer of the bad field, "" for the whole record
  std::string message;
};

/// Parses RFC 3339 ("2024-03-01T09:30:00+01:00") to seconds since the epoch; nullopt if invalid.
std::optional<int64_t> parse_rfc3339(std::string_view text);
/// Formats seconds since the epoch as RFC 3339 in UTC ("2024-03-01T08:30:00Z").
std::string format_rfc3339(int64_t seconds);

}  // namespace kennis
