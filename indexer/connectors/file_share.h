/// @file file_share.h
/// A file share (a directory tree) as documents: every file of a known format under the root
/// becomes one document record (schemas/document.schema.json) whose text is extracted lazily,
/// on the indexer's worker threads, only when the file or its access rule changed.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "connector.h"
#include "extract_formats.h"
#include "source_options.h"

namespace kennis {

/// Who may read the files under a path prefix.
struct AccessRule {
  std::string prefix;  ///< relative to the root, '/'-separated, no trailing '/'; "" = all
  bool is_public = false;
  std::vector<std::string> groups;  ///< when not public; never empty
};

struct FileShareSettings {
  std::string source;  ///< the source name, written to each record's "source"
  std::filesystem::path root;
  std::string url_prefix;  ///< URL of the root, ending in '/'; empty: records get no url
  /// The longest prefix covering a file decides; a file no rule covers is not indexed (and
  /// reported once per directory), so a missing rule never makes a file public.
  std::vector<AccessRule> access;
  /// fnmatch(3) globs. A pattern without '/' is matched against the file or directory name, one
  /// with '/' against the path relative to the root ('*' then also matches '/'). Exclusions
  /// apply to directories too (nothing below them is read); inclusions, when given, to files.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  ExtractLimits limits;
  std::vector<FileFormat> formats = builtin_formats();
};

/// Crawls `settings.root` in name order. Hidden files and directories (".*") are skipped,
/// symlinked directories are not followed, and a symlinked file is read only when its target
/// lies inside the root. Files of an unknown format are skipped silently; files larger than
/// max_file_bytes, unreadable directories and files without an access rule are problems.
///
/// Each record is emitted with kind document, origin = the file's path, record = {"id": …}
/// and a fingerprint made of size, mtime (ns) and access rule (plus a hash of the url prefix,
/// source name and extractor version); `load` extracts the file and fills in the whole
/// record: id (the relative path; past 200 bytes shortened and suffixed with a hash), title,
/// body, lang, created, updated, url, source, acl, authors, path and media_type. read()
/// throws Error(kIo) when the root cannot be read.
std::unique_ptr<Connector> make_file_share_connector(FileShareSettings settings);

/// [[source]] type = "files": path (root directory, required), access (table, required:
/// prefix → "public" or a list of group names), url_prefix, include, exclude, max_file_bytes
/// (default 50 MiB), extract_timeout_seconds (30), extract_memory_mb (1024). Throws
/// Error(kInvalidConfig) for a bad or unknown key.
std::unique_ptr<Connector> make_file_share_connector(SourceOptions& options);

}  // namespace kennis
