/// @file extract_formats.h
/// The file formats the file-share connector indexes: extension, media type, extractor, and
/// whether extraction runs in a child process (extract_isolation.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "extract_common.h"
#include "extract_isolation.h"

namespace kennis {

struct FileFormat {
  std::string extension;   ///< lower-case, without the dot: "pdf"
  std::string media_type;  ///< IANA media type: "application/pdf"
  std::function<ExtractResult(std::string_view bytes)> extract;
  /// Files of this size or larger are extracted in a child process: 0 for risky parsers
  /// (PDF, Office, e-mail), a size for HTML, kNever for plain text.
  uint64_t isolate_from_bytes = kNever;

  static constexpr uint64_t kNever = std::numeric_limits<uint64_t>::max();
};

/// txt, text, md, markdown, html, htm, xhtml, pdf, docx, xlsx, pptx, odt, ods, odp, eml.
const std::vector<FileFormat>& builtin_formats();

/// The format for a file name's extension (case-insensitive), or nullptr.
const FileFormat* find_format(const std::vector<FileFormat>& formats, const std::filesystem::path& file);

struct ExtractLimits {
  uint64_t max_file_bytes = 50ull << 20;
  IsolationLimits isolation;
};

/// Reads `file` and extracts it with `format`, in a child process when the format asks for
/// it (the file is then read by the child). Never throws; unreadable files, files grown past
/// max_file_bytes and every extractor failure are ExtractErrors whose message completes
/// "extraction of <file> …": "failed: not a readable PDF file", "timed out after 30 s".
/// Thread-safe.
ExtractResult extract_file(const std::filesystem::path& file, const FileFormat& format, const ExtractLimits& limits);

}  // namespace kennis
