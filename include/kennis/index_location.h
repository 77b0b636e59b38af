/// @file index_location.h
/// Where an index lives on disk. The path operators configure is either a Xapian database
/// directory or a symbolic link to one generation of it ("<path>.gen-<time>"); a full rebuild
/// writes a new generation beside the live one and switches the link atomically, and searchd
/// follows the switch on its next request.
#pragma once

#include <string>

namespace kennis {

/// The directory `path` currently designates (the link's target, or `path` itself).
std::string resolve_index(const std::string& path);

/// A fresh, not yet existing generation directory for `path`.
std::string new_generation(const std::string& path);

/// Points `path` at `generation` atomically (rename of a new link over the old one). A plain
/// database directory at `path` is first moved aside into a generation of its own. Older
/// generations are removed, except the one just replaced (searchd may still be reading it).
/// Throws Error(kIo).
void switch_generation(const std::string& path, const std::string& generation);

/// An exclusive lock on the index for one kennis-index run, held in "<path>.lock" with flock(),
/// so the kernel releases it when the process dies however it dies. The file names the holder.
class IndexLock {
 public:
  /// Throws Error(kIndexLocked) naming the process that holds the lock, or kIo.
  explicit IndexLock(const std::string& path);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace kennis
