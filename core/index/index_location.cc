#include "kennis/index_location.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>

#include "kennis/document.h"
#include "kennis/error.h"

namespace kennis {

namespace fs = std::filesystem;

std::string resolve_index(const std::string& path) {
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved)) return resolved;
  return path;
}

std::string new_generation(const std::string& path) {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
  return path + ".gen-" + std::to_string(micros);
}

void switch_generation(const std::string& path, const std::string& generation) {
  std::error_code ec;
  const fs::path link(path);
  std::string previous;
  if (fs::is_symlink(link, ec)) {
    previous = fs::read_symlink(link, ec).string();
  } else if (fs::exists(link, ec)) {
    // First rebuild of an index made in place: move it into a generation of its own.
    previous = new_generation(path) + "-moved";
    fs::rename(link, previous, ec);
    if (ec) throw Error(ErrorCode::kIo, "cannot move " + path + " aside: " + ec.message());
  }
  // Links are relative when the generation sits beside the link, so the pair can be moved.
  const std::string target = fs::path(generation).parent_path() == link.parent_path()
                                 ? fs::path(generation).filename().string()
                                 : generation;
  const std::string tmp = path + ".switch-" + std::to_string(getpid());
  fs::remove(tmp, ec);
  if (symlink(target.c_str(), tmp.c_str()) != 0)
    throw Error(ErrorCode::kIo, "cannot create link " + tmp + ": " + std::strerror(errno));
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string message = std::strerror(errno);
    fs::remove(tmp, ec);
    throw Error(ErrorCode::kIo, "cannot switch " + path + " to " + generation + ": " + message);
  }
  // Remove generations older than the one just replaced.
  const fs::path dir = link.parent_path().empty() ? fs::path(".") : link.parent_path();
  const std::string stem = link.filename().string() + ".gen-";
  const std::string keep_new = fs::path(generation).filename().string();
  const std::string keep_old = fs::path(previous).filename().string();
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(stem, 0) == 0 && name != keep_new && name != keep_old) fs::remove_all(entry.path(), ec);
  }
}

IndexLock::IndexLock(const std::string& path) {
  const std::string lock_path = path + ".lock";
  fd_ = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error(ErrorCode::kIo, "cannot open lock file " + lock_path + ": " + std::strerror(errno));
  if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    char holder[512] = {0};
    const ssize_t n = pread(fd_, holder, sizeof holder - 1, 0);
    std::string who = n > 0 ? std::string(holder, static_cast<size_t>(n)) : "unknown process";
    while (!who.empty() && (who.back() == '\n' || who.back() == '\r')) who.pop_back();
    close(fd_);
    fd_ = -1;
    throw Error(ErrorCode::kIndexLocked,
                "index " + path + " is being updated by another kennis-index run (" + who + "); not starting a second one");
  }
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  const std::string holder = "pid " + std::to_string(getpid()) + " on " + host + ", started " +
                             format_rfc3339(static_cast<int64_t>(std::time(nullptr))) + "\n";
  if (ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = pwrite(fd_, holder.data(), holder.size(), 0);
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) {
    [[maybe_unused]] const int ignored = ftruncate(fd_, 0);
    close(fd_);  // releases the flock
  }
}

}  // namespace kennis
