/// @file connector.h
/// Sources of records. A connector reads one kind of source (a Slack export, a Viva Engage
/// export, a file share, an LDIF file or LDAP directory, JSON Lines) and turns each source item
/// into a record as specified by schemas/<kind>.schema.json. Connectors know nothing of Xapian
/// or text analysis; the indexer validates, analyses and writes what they emit.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "kennis/document.h"

namespace kennis {

/// A stable 64-bit hash of `bytes` (xxHash XXH3) as 16 hex digits: the fingerprint of a source
/// item's content. Stable across runs, processes and platforms, unlike std::hash.
std::string content_hash(std::string_view bytes);

/// One record from a source.
struct SourceRecord {
  Kind kind = Kind::kPost;
  nlohmann::json record;    ///< a record per schemas/<kind>.schema.json (validated downstream)
  std::string origin;       ///< where it came from, for messages: "general/2024-03-01.json:17"
  /// Changes whenever the item changes; an item whose fingerprint is unchanged since the last
  /// run is not analysed or written again. Empty: derive from the record's JSON.
  std::string fingerprint;
  /// For connectors that extract text expensively (file shares): when set and the fingerprint is
  /// unchanged, the indexer skips the item without calling this; otherwise it is called (on a
  /// worker thread) to fill in `record`. Returns false and sets the message when the item fails.
  std::function<bool(nlohmann::json& record, std::string& message)> load;
};

/// A source item that could not be turned into a record: counted and skipped.
struct SourceProblem {
  std::string origin;       ///< file and line, or file and record id
  std::string message;
};

/// Receives what a connector reads. Both callbacks are called from the connector's thread.
struct SourceSink {
  std::function<void(SourceRecord&&)> record;
  std::function<void(SourceProblem&&)> problem;
  /// Items deleted in the source itself (a Viva Engage row with deleted_at): removed from the
  /// index rather than indexed.
  std::function<void(Kind kind, const std::string& id)> deleted;
};

/// Reads one configured source.
class Connector {
 public:
  virtual ~Connector() = default;
  /// Reads the whole source, calling `sink` for each item. Throws Error(kIo) when the source as
  /// a whole cannot be read (missing export, unreadable directory); bad items go to
  /// sink.problem and reading goes on.
  virtual void read(const SourceSink& sink) = 0;
};

}  // namespace kennis
