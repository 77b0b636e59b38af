/// @file chat_csv.h
/// RFC 4180 CSV (as Viva Engage exports it) read with libcsv: a header record, then records
/// whose fields are looked up by column name, each with the physical line it starts on.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chat_export.h"

namespace kennis::chat {

/// One record of a CSV file.
struct CsvRow {
  uint64_t line = 0;                ///< physical line (1-based) the record starts on
  std::vector<std::string> fields;  ///< valid UTF-8 (invalid bytes become U+FFFD)
  std::string error;                ///< non-empty: the record is malformed and `fields` unusable
};

/// Reads one CSV file: UTF-8 with or without a byte order mark, CRLF or LF line ends, quoted
/// fields spanning lines. Blank lines between records are skipped. Not thread-safe.
class CsvReader {
 public:
  /// Reads the header record from `next` (an empty file, or one whose header is malformed, has
  /// an empty header and no records). Throws Error(kIo) as `next` does.
  explicit CsvReader(ChunkReader next);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  /// Column names as the header gives them (trimmed).
  const std::vector<std::string>& header() const;
  /// Index of the column named `name` (ASCII case-insensitive), nullopt when absent.
  std::optional<size_t> column(std::string_view name) const;

  /// Reads the next record into `row`; false at the end of the file. A record whose field count
  /// differs from the header's, with a quote in the wrong place (reading resumes on the next
  /// line), or with a quoted field the file ends inside comes back with `row.error` set.
  /// Throws Error(kIo) as `next` does.
  bool read(CsvRow& row);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A field of `row` by column index; "" when the column is absent.
inline std::string_view field(const CsvRow& row, std::optional<size_t> column) {
  if (!column || *column >= row.fields.size()) return {};
  return row.fields[*column];
}

}  // namespace kennis::chat
