/// @file test_index.h
/// Test helpers shared by unit and golden tests: a fresh temporary directory per test, and a
/// small index built in-process from JSON records the way kennis-index builds it.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "kennis/analysis.h"
#include "kennis/document.h"
#include "kennis/index_writer.h"
#include "kennis/records.h"

namespace kennis::test {

/// An empty directory named after the running test (STYLE.md §10: hermetic tests).
inline std::string fresh_dir(const std::string& suffix = "") {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "." + info->name() + suffix;
  for (char& c : name)
    if (c == '/') c = '_';
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / ("kennis-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

struct TestRecord {
  Kind kind;
  std::string json;  ///< one JSON Lines line
};

/// Validates, maps and writes `records` into a new index at `path`, then commits. A rejected
/// record fails the test, naming it.
inline void build_index(const std::string& path, const std::vector<TestRecord>& records,
                        const MappingOptions& options = {}) {
  const RecordSchemas schemas;
  const Analyzer analyzer;
  IndexWriter writer(path);
  for (const TestRecord& r : records) {
    auto parsed = parse_record(r.kind, r.json, schemas);
    if (const auto* error = std::get_if<RecordError>(&parsed)) {
      ADD_FAILURE() << "record rejected at '" << error->pointer << "': " << error->message << "\n" << r.json;
      continue;
    }
    writer.put(prepare_document(std::get<Record>(parsed), analyzer, options));
  }
  writer.commit();
}

}  // namespace kennis::test
