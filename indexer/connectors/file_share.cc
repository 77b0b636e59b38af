#include "file_share.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <system_error>

#include "kennis/error.h"

namespace kennis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Bump when extraction changes what it produces, so every file is extracted again.
constexpr const char* kExtractorVersion = "1";
constexpr size_t kMaxIdBytes = 200;
constexpr size_t kMaxPathBytes = 4000;
constexpr size_t kMaxNameBytes = 200;

// RFC 3986: everything but unreserved characters is percent-encoded; '/' separates segments.
std::string percent_encode_path(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Ids are at most 200 bytes (common.schema.json); a longer path keeps its start and gets a
// hash of the whole path, so the id stays stable and unique.
std::string document_id(const std::string& relative) {
  if (relative.size() <= kMaxIdBytes) return relative;
  std::string id = relative;
  truncate_utf8(id, kMaxIdBytes - 17);
  return id + "#" + content_hash(relative);
}

std::string normalize_prefix(std::string prefix) {
  while (prefix.rfind("./", 0) == 0) prefix.erase(0, 2);
  while (!prefix.empty() && prefix.front() == '/') prefix.erase(0, 1);
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  return prefix == "." ? std::string() : prefix;
}

bool covers(const std::string& prefix, const std::string& relative) {
  return prefix.empty() || relative == prefix ||
         (relative.size() > prefix.size() && relative.compare(0, prefix.size(), prefix) == 0 &&
          relative[prefix.size()] == '/');
}

bool matches_any(const std::vector<std::string>& patterns, const std::string& relative, const std::string& name) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    const std::string& subject = pattern.find('/') == std::string::npos ? name : relative;
    return fnmatch(pattern.c_str(), subject.c_str(), 0) == 0;
  });
}

std::string acl_key(const AccessRule& rule) {
  if (rule.is_public) return "public";
  std::string key;
  for (const std::string& group : rule.groups) key += (key.empty() ? "" : ",") + group;
  return key;
}

// The file's stat(2) data: exact nanosecond mtime, which std::filesystem's clock cannot give
// portably in C++17.
struct FileInfo {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
};

class FileShareConnector : public Connector {
 public:
  explicit FileShareConnector(FileShareSettings settings)
      : settings_(std::make_shared<const FileShareSettings>(std::move(settings))) {
    prepare_isolation();
  }

  void read(const SourceSink& sink) override {
    prepare_isolation();
    std::error_code error;
    root_ = fs::canonical(settings_->root, error);
    if (error || !fs::is_directory(root_, error))
      throw Error(ErrorCode::kIo, "cannot read file share " + settings_->root.string() + ": " +
                                      (error ? error.message() : "not a directory"));
    walk(root_, "", sink);
  }

 private:
  struct Entry {
    std::string name;
    fs::path path;
  };

  void problem(const SourceSink& sink, const fs::path& where, std::string message) const {
    sink.problem(SourceProblem{where.string(), std::move(message)});
  }

  std::vector<Entry> list(const fs::path& directory, const std::string& relative, const SourceSink& sink) const {
    std::vector<Entry> entries;
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name.front() != '.') entries.push_back({std::move(name), it->path()});
    }
    if (error) {
      if (relative.empty())
        throw Error(ErrorCode::kIo, "cannot read file share " + directory.string() + ": " + error.message());
      problem(sink, directory, "cannot read directory: " + error.message());
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return entries;
  }

  void walk(const fs::path& directory, const std::string& relative, const SourceSink& sink) const {
    std::vector<std::pair<fs::path, std::string>> subdirectories;
    size_t uncovered = 0;
    for (const Entry& entry : list(directory, relative, sink)) {
      const std::string child = relative.empty() ? entry.name : relative + "/" + entry.name;
      std::error_code error;
      const fs::file_status link = fs::symlink_status(entry.path, error);
      if (error) continue;  // vanished since the listing
      if (fs::is_directory(link)) {
        if (matches_any(settings_->exclude, child, entry.name)) continue;
        if (!is_valid_utf8(entry.name)) {
          problem(sink, entry.path, "directory name is not valid UTF-8; nothing below it is indexed");
          continue;
        }
        subdirectories.emplace_back(entry.path, child);
      } else if (fs::is_regular_file(link) || fs::is_symlink(link)) {
        add_file(entry, child, fs::is_symlink(link), uncovered, sink);
      }
    }
    if (uncovered > 0)
      problem(sink, directory,
              std::to_string(uncovered) + (uncovered == 1 ? " file" : " files") +
                  " not indexed: no access rule covers this directory");
    for (const auto& [path, child] : subdirectories) walk(path, child, sink);
  }

  // Symlinked directories are never followed (no loops, no duplicates); a symlinked file only
  // when its target is inside the root.
  bool resolve_symlink(const Entry& entry, const SourceSink& sink) const {
    std::error_code error;
    const fs::path target = fs::canonical(entry.path, error);
    if (error) {
      problem(sink, entry.path, "symbolic link cannot be resolved (" + error.message() + "); not indexed");
      return false;
    }
    if (fs::is_directory(target, error)) return false;
    const std::string root = root_.string() + "/";
    if (target.string().compare(0, root.size(), root) != 0) {
      problem(sink, entry.path, "symbolic link points outside the share; not indexed");
      return false;
    }
    return fs::is_regular_file(target, error);
  }

  const AccessRule* access_rule(const std::string& relative) const {
    const AccessRule* best = nullptr;
    for (const AccessRule& rule : settings_->access)
      if (covers(rule.prefix, relative) && (!best || rule.prefix.size() > best->prefix.size())) best = &rule;
    return best;
  }

  void add_file(const Entry& entry, const std::string& relative, bool symlink, size_t& uncovered,
                const SourceSink& sink) const {
    const FileFormat* format = find_format(settings_->formats, entry.path);
    if (!format) return;
    if (!settings_->include.empty() && !matches_any(settings_->include, relative, entry.name)) return;
    if (matches_any(settings_->exclude, relative, entry.name)) return;
    // Ids, paths and urls are UTF-8 text; a name in a legacy charset is reported, not guessed.
    if (!is_valid_utf8(entry.name)) {
      problem(sink, entry.path, "file name is not valid UTF-8; not indexed");
      return;
    }
    if (symlink && !resolve_symlink(entry, sink)) return;
    const AccessRule* rule = access_rule(relative);
    if (!rule) {
      ++uncovered;
      return;
    }
    struct stat info;
    if (::stat(entry.path.c_str(), &info) != 0) {
      problem(sink, entry.path, "cannot read file: " + std::generic_category().message(errno));
      return;
    }
    const FileInfo file_info{static_cast<uint64_t>(info.st_size),
                             static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
    if (file_info.size > settings_->limits.max_file_bytes) {
      problem(sink, entry.path,
              "larger than max_file_bytes (" + std::to_string(file_info.size) + " > " +
                  std::to_string(settings_->limits.max_file_bytes) + " bytes); not indexed");
      return;
    }
    if (relative.size() > kMaxPathBytes) {
      problem(sink, entry.path, "path longer than 4000 bytes; not indexed");
      return;
    }
    SourceRecord record;
    record.kind = Kind::kDocument;
    record.origin = entry.path.string();
    const std::string id = document_id(relative);
    record.record = json{{"id", id}};
    record.fingerprint = std::to_string(file_info.size) + ":" + std::to_string(file_info.mtime_ns) + ":" +
                         acl_key(*rule) + ":" +
                         content_hash(settings_->url_prefix + '\n' + settings_->source + '\n' + kExtractorVersion);
    record.load = [settings = settings_, path = entry.path, relative, id, format, rule = *rule, file_info](
                      json& out, std::string& message) {
      const ExtractResult result = extract_file(path, *format, settings->limits);
      if (const auto* error = std::get_if<ExtractError>(&result)) {
        message = "extraction of " + relative + " " + error->message;
        return false;
      }
      out = make_record(*settings, std::get<Extracted>(result), id, relative, *format, rule, file_info);
      return true;
    };
    sink.record(std::move(record));
  }

  // Metadata dates outside years 1900–9999 are damage (or a zero), not a date.
  static int64_t plausible_or(const std::optional<int64_t>& date, int64_t fallback) {
    constexpr int64_t kYear1900 = -2208988800;
    constexpr int64_t kYear10000 = 253402300800;
    return date && *date >= kYear1900 && *date < kYear10000 ? *date : fallback;
  }

  static json make_record(const FileShareSettings& settings, const Extracted& extracted, const std::string& id,
                          const std::string& relative, const FileFormat& format, const AccessRule& rule,
                          const FileInfo& file) {
    const int64_t mtime = file.mtime_ns / 1'000'000'000;
    json record = {
        {"id", id},
        {"title", extracted.title.empty() ? clean_line(fs::path(relative).stem().string()) : extracted.title},
        {"body", extracted.body},
        {"created", format_rfc3339(plausible_or(extracted.created, mtime))},
        {"updated", format_rfc3339(plausible_or(extracted.modified, mtime))},
        {"path", relative},
        {"media_type", format.media_type},
    };
    if (!extracted.lang.empty()) record["lang"] = extracted.lang;
    if (!settings.url_prefix.empty()) record["url"] = settings.url_prefix + percent_encode_path(relative);
    if (!settings.source.empty()) record["source"] = settings.source;
    record["acl"] = rule.is_public ? json("public") : json{{"groups", rule.groups}};
    json authors = json::array();
    for (const std::string& author : extracted.authors) {
      if (author.empty() || author.size() > kMaxNameBytes) continue;
      if (std::find(authors.begin(), authors.end(), author) == authors.end()) authors.push_back(author);
    }
    if (!authors.empty()) record["authors"] = std::move(authors);
    return record;
  }

  std::shared_ptr<const FileShareSettings> settings_;
  fs::path root_;
};

std::vector<AccessRule> read_access(SourceOptions& options) {
  const toml::table* table = options.table("access");
  if (!table || table->empty())
    options.fail("access",
                 "is required: a table of path prefix = \"public\" or [\"group\", …]; files no rule covers "
                 "are not indexed");
  std::vector<AccessRule> rules;
  for (const auto& [key, node] : *table) {
    AccessRule rule;
    rule.prefix = normalize_prefix(std::string(key.str()));
    const std::string where = "'" + std::string(key.str()) + "': ";
    if (const auto* text = node.as_string()) {
      if (text->get() != "public") options.fail("access", where + "must be \"public\" or a list of group names");
      rule.is_public = true;
    } else if (const auto* array = node.as_array()) {
      for (const toml::node& item : *array) {
        const auto* group = item.as_string();
        if (!group || group->get().empty() || group->get().size() > kMaxNameBytes)
          options.fail("access", where + "group names must be non-empty strings of at most 200 bytes");
        if (group->get() == "public")
          options.fail("access", where + "write \"public\" as a plain string, not as a group name");
        rule.groups.push_back(group->get());
      }
      if (rule.groups.empty()) options.fail("access", where + "an empty group list would hide the files from everyone");
    } else {
      options.fail("access", where + "must be \"public\" or a list of group names");
    }
    if (std::any_of(rules.begin(), rules.end(), [&](const AccessRule& r) { return r.prefix == rule.prefix; }))
      options.fail("access", where + "the same prefix is given twice");
    rules.push_back(std::move(rule));
  }
  return rules;
}

int64_t positive(SourceOptions& options, const char* key, int64_t fallback, int64_t max) {
  const std::optional<int64_t> value = options.integer(key);
  if (!value) return fallback;
  if (*value <= 0 || *value > max) options.fail(key, "must be between 1 and " + std::to_string(max));
  return *value;
}

}  // namespace

std::unique_ptr<Connector> make_file_share_connector(FileShareSettings settings) {
  return std::make_unique<FileShareConnector>(std::move(settings));
}

std::unique_ptr<Connector> make_file_share_connector(SourceOptions& options) {
  FileShareSettings settings;
  settings.source = options.name();
  settings.root = options.required_string("path");
  if (auto prefix = options.string("url_prefix"); prefix && !prefix->empty()) {
    settings.url_prefix = *prefix;
    if (settings.url_prefix.back() != '/') settings.url_prefix += '/';
  }
  settings.access = read_access(options);
  settings.include = options.strings("include").value_or(std::vector<std::string>{});
  settings.exclude = options.strings("exclude").value_or(std::vector<std::string>{});
  settings.limits.max_file_bytes =
      static_cast<uint64_t>(positive(options, "max_file_bytes", 50ll << 20, int64_t{1} << 40));
  settings.limits.isolation.timeout = std::chrono::seconds(positive(options, "extract_timeout_seconds", 30, 3600));
  settings.limits.isolation.memory_bytes = static_cast<uint64_t>(positive(options, "extract_memory_mb", 1024, 1 << 20))
                                           << 20;
  options.finish();
  return make_file_share_connector(std::move(settings));
}

}  // namespace kennis
