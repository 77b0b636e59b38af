#include "chat_export.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include "kennis/error.h"

namespace kennis::chat {
namespace {

namespace fs = std::filesystem;

constexpr size_t kChunkBytes = 1 << 16;

class FolderExport : public ExportFiles {
 public:
  explicit FolderExport(fs::path root) : root_(std::move(root)), location_(root_.string()) {}

  void for_each(const std::function<bool(const std::string&)>& want,
                const std::function<void(const std::string&, const ChunkReader&)>& visit) override {
    std::vector<std::string> paths;
    std::error_code ec;
    fs::recursive_directory_iterator it(root_, ec), end;
    if (ec) throw Error(ErrorCode::kIo, "cannot list " + location_ + ": " + ec.message());
    for (; it != end; it.increment(ec)) {
      if (ec) throw Error(ErrorCode::kIo, "cannot list " + location_ + ": " + ec.message());
      std::error_code type_ec;
      if (!it->is_regular_file(type_ec)) continue;
      std::string relative = it->path().lexically_relative(root_).generic_string();
      if (want(relative)) paths.push_back(std::move(relative));
    }
    if (ec) throw Error(ErrorCode::kIo, "cannot list " + location_ + ": " + ec.message());
    std::sort(paths.begin(), paths.end());
    std::vector<char> buffer(kChunkBytes);
    for (const std::string& relative : paths) {
      std::ifstream file(root_ / fs::path(relative), std::ios::binary);
      const int open_errno = errno;
      bool failed = !file;
      const ChunkReader next = [&]() -> std::string_view {
        if (failed) {
          throw Error(ErrorCode::kIo, "cannot read " + relative + ": " + std::strerror(open_errno));
        }
        file.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (file.bad()) throw Error(ErrorCode::kIo, "reading " + relative + " failed");
        return {buffer.data(), static_cast<size_t>(file.gcount())};
      };
      visit(relative, next);
    }
  }

  const std::string& location() const override { return location_; }

 private:
  fs::path root_;
  std::string location_;
};

struct ArchiveCloser {
  void operator()(archive* a) const { archive_read_free(a); }
};

class ArchiveExport : public ExportFiles {
 public:
  explicit ArchiveExport(std::string path) : location_(std::move(path)) {
    open_archive();  // fail early, in open(), for a file that is not an archive
  }

  void for_each(const std::function<bool(const std::string&)>& want,
                const std::function<void(const std::string&, const ChunkReader&)>& visit) override {
    std::unique_ptr<archive, ArchiveCloser> a = open_archive();
    std::vector<char> buffer(kChunkBytes);
    for (;;) {
      archive_entry* entry = nullptr;
      const int status = archive_read_next_header(a.get(), &entry);
      if (status == ARCHIVE_EOF) break;
      if (status == ARCHIVE_FATAL) throw failure(a.get(), "cannot read the archive");
      // ARCHIVE_WARN (e.g. an unknown extra field) still yields a usable entry; ARCHIVE_RETRY
      // and the like leave the entry unusable, so it is passed over.
      if (status != ARCHIVE_OK && status != ARCHIVE_WARN) continue;
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const char* name = archive_entry_pathname_utf8(entry);
      if (!name) name = archive_entry_pathname(entry);
      if (!name) continue;
      std::string relative = normalise(name);
      if (relative.empty() || relative.rfind("__MACOSX/", 0) == 0 || !want(relative)) continue;
      const ChunkReader next = [&]() -> std::string_view {
        const la_ssize_t n = archive_read_data(a.get(), buffer.data(), buffer.size());
        if (n < 0) throw failure(a.get(), "cannot read " + relative + " in the archive");
        return {buffer.data(), static_cast<size_t>(n)};
      };
      visit(relative, next);
    }
  }

  const std::string& location() const override { return location_; }

 private:
  std::unique_ptr<archive, ArchiveCloser> open_archive() const {
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    if (!a) throw Error(ErrorCode::kIo, "cannot read " + location_ + ": out of memory");
    archive_read_support_format_all(a.get());
    archive_read_support_filter_all(a.get());
    if (archive_read_open_filename(a.get(), location_.c_str(), kChunkBytes) != ARCHIVE_OK)
      throw failure(a.get(), "cannot open the archive");
    return a;
  }

  Error failure(archive* a, const std::string& what) const {
    const char* detail = archive_error_string(a);
    return Error(ErrorCode::kIo, location_ + ": " + what + (detail ? std::string(": ") + detail : ""));
  }

  // "./general/x.json" and "/general/x.json" → "general/x.json"; Windows tools write '\'.
  static std::string normalise(std::string name) {
    std::replace(name.begin(), name.end(), '\\', '/');
    size_t start = 0;
    while (start < name.size() && (name[start] == '/' || name.compare(start, 2, "./") == 0))
      start += name[start] == '/' ? 1 : 2;
    return name.substr(start);
  }

  std::string location_;
};

}  // namespace

std::string read_all(const ChunkReader& next) {
  std::string out;
  for (std::string_view chunk = next(); !chunk.empty(); chunk = next()) out.append(chunk);
  return out;
}

std::unique_ptr<ExportFiles> ExportFiles::open(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    throw Error(ErrorCode::kIo, "export not found: " + path + (ec ? " (" + ec.message() + ")" : ""));
  if (fs::is_directory(status)) return std::make_unique<FolderExport>(fs::path(path));
  if (fs::is_regular_file(status)) return std::make_unique<ArchiveExport>(path);
  throw Error(ErrorCode::kIo, "export is neither a folder nor an archive file: " + path);
}

}  // namespace kennis::chat
