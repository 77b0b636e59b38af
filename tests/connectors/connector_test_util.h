// What the connector tests share: collecting what a connector emits, checking the records
// against the schemas, and building ZIP exports and temp directories.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "connector.h"
#include "kennis/records.h"

namespace kennis::test {

namespace fs = std::filesystem;
using nlohmann::json;

/// Everything one read() of a connector emitted.
struct Collected {
  std::vector<SourceRecord> records;
  std::vector<SourceProblem> problems;
  std::vector<std::string> deleted;

  const SourceRecord* find(const std::string& id) const {
    for (const SourceRecord& r : records)
      if (r.record.value("id", "") == id) return &r;
    return nullptr;
  }
  bool has(const std::string& id) const { return find(id) != nullptr; }
  const json& get(const std::string& id) const {
    if (const SourceRecord* r = find(id)) return r->record;
    static const json kNone;
    ADD_FAILURE() << "no record " << id;
    return kNone;
  }
  // The message of the problem reported for `origin`, "" when there is none.
  std::string problem(const std::string& origin) const {
    for (const SourceProblem& p : problems)
      if (p.origin == origin) return p.message.empty() ? "(empty message)" : p.message;
    return "";
  }
  size_t count(Kind kind) const {
    size_t n = 0;
    for (const SourceRecord& r : records) n += r.kind == kind;
    return n;
  }
};

/// Which deletions a source may report: none at all, or deleted posts.
enum class Deletions { kNone, kPosts };

inline Collected read_source(Connector& connector, Deletions deletions) {
  Collected out;
  SourceSink sink;
  sink.record = [&](SourceRecord&& r) { out.records.push_back(std::move(r)); };
  sink.problem = [&](SourceProblem&& p) { out.problems.push_back(std::move(p)); };
  sink.deleted = [&](Kind kind, const std::string& id) {
    if (deletions == Deletions::kNone) {
      ADD_FAILURE() << "this source reports no deletions: " << id;
      return;
    }
    EXPECT_EQ(kind, Kind::kPost);
    out.deleted.push_back(id);
  };
  connector.read(sink);
  return out;
}

/// Every record validates against its schema and leaves the fingerprint to the indexer.
inline void expect_valid(const Collected& c) {
  static const RecordSchemas schemas;
  for (const SourceRecord& r : c.records) {
    std::string pointer;
    const std::string message = schemas.validate(r.kind, r.record, &pointer);
    EXPECT_EQ(message, "") << r.origin << " " << pointer << "\n" << r.record.dump(2);
    EXPECT_FALSE(r.origin.empty());
    EXPECT_TRUE(r.fingerprint.empty());
  }
}

/// Writes `folder` as a ZIP, every entry under `prefix`.
inline void zip_folder(const fs::path& folder, const fs::path& zip, const std::string& prefix) {
  archive* a = archive_write_new();
  ASSERT_EQ(archive_write_set_format_zip(a), ARCHIVE_OK);
  ASSERT_EQ(archive_write_open_filename(a, zip.c_str()), ARCHIVE_OK) << archive_error_string(a);
  for (const auto& item : fs::recursive_directory_iterator(folder)) {
    if (!item.is_regular_file()) continue;
    std::ifstream in(item.path(), std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string name = prefix + item.path().lexically_relative(folder).generic_string();
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(data.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    ASSERT_EQ(archive_write_header(a, entry), ARCHIVE_OK) << archive_error_string(a);
    ASSERT_EQ(archive_write_data(a, data.data(), data.size()), static_cast<la_ssize_t>(data.size()));
    archive_entry_free(entry);
  }
  ASSERT_EQ(archive_write_close(a), ARCHIVE_OK);
  archive_write_free(a);
}

/// An empty directory <TempDir>/<suite>_<name>.
inline fs::path temp_dir(const std::string& suite, const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / (suite + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace kennis::test
