#include "kennis/log.h"

#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace kennis {

void log_line(LogLevel level, std::string_view program, std::string_view message) {
  static std::mutex mutex;
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
  const char* name = level == LogLevel::kError ? "error" : level == LogLevel::kWarning ? "warning" : "info";
  std::string line;
  line.append(stamp).append(" ").append(program).append(" ").append(name).append(": ").append(message).append("\n");
  std::lock_guard<std::mutex> lock(mutex);
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

}  // namespace kennis
