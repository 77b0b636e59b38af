/// @file log.h
/// Timestamped log lines on stderr, for operators: "2026-11-27T03:00:01Z kennis-index error: …".
#pragma once

#include <string_view>

namespace kennis {

enum class LogLevel { kInfo, kWarning, kError };

/// Writes one line to stderr. Thread-safe; lines never interleave. Callers never pass document
/// text, other users' query text or secrets.
void log_line(LogLevel level, std::string_view program, std::string_view message);

}  // namespace kennis
