/// @file chat_export.h
/// The files of a chat export (Slack, Viva Engage), read the same way whether the export is an
/// unpacked folder or the ZIP file the product hands out. ZIP entries are streamed through
/// libarchive; nothing is unpacked to disk.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace kennis::chat {

/// Returns the next chunk of a file's content; an empty view at the end. The view stays valid
/// until the next call. Throws Error(kIo) when the file cannot be read further.
using ChunkReader = std::function<std::string_view()>;

/// Reads the remaining chunks into one string. Throws Error(kIo) as the reader does.
std::string read_all(const ChunkReader& next);

/// An export: a folder or a ZIP archive of one. Not thread-safe; use from one thread.
class ExportFiles {
 public:
  virtual ~ExportFiles() = default;

  /// Opens `path`: a directory, or a regular file read as an archive. Throws Error(kIo) when
  /// it does not exist or cannot be opened.
  static std::unique_ptr<ExportFiles> open(const std::string& path);

  /// Calls `visit` for every regular file whose relative path ('/'-separated, no leading "./")
  /// `want` accepts: in path order for a folder, in archive order for an archive. `visit` may
  /// read the file through `next` (or not). Throws Error(kIo) when the export as a whole
  /// becomes unreadable (a corrupt archive); errors thrown by `visit` propagate.
  virtual void for_each(const std::function<bool(const std::string& path)>& want,
                        const std::function<void(const std::string& path, const ChunkReader& next)>&
                            visit) = 0;

  /// What was opened, for messages.
  virtual const std::string& location() const = 0;
};

}  // namespace kennis::chat
