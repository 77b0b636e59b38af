/// @file fuzz_util.h
/// Helpers shared by the libFuzzer fuzzers: splitting one input into several files, a private
/// temporary folder for parsers that only read files, and running a connector over it.
#pragma once

#include <stdlib.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "connector.h"
#include "kennis/error.h"

namespace kennis::fuzz {

/// The input as text.
inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Splits `input` at NUL bytes, which none of the text formats fuzzed here needs: section i
/// becomes file i of a multi-file source (a Slack or Viva Engage export).
inline std::vector<std::string_view> split_sections(std::string_view input) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t nul = input.find('\0', start);
    out.push_back(input.substr(start, nul == std::string_view::npos ? std::string_view::npos : nul - start));
    if (nul == std::string_view::npos) return out;
    start = nul + 1;
  }
}

/// A folder of its own under $TMPDIR for the whole fuzzing process (libFuzzer runs every input
/// in one process), removed at exit. write() replaces a file's content.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kennis-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
      std::perror("mkdtemp");
      std::abort();
    }
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  /// Empties the folder (each input starts from nothing).
  void clear() const {
    for (const auto& entry : std::filesystem::directory_iterator(path_)) std::filesystem::remove_all(entry.path());
  }

  /// Writes `content` to `relative` (parent folders created); aborts when the disk fails, which
  /// is no finding of the fuzzer.
  std::filesystem::path write(const std::string& relative, std::string_view content) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
      std::perror(file.c_str());
      std::abort();
    }
    return file;
  }

 private:
  std::filesystem::path path_;
};

/// Reads every record of `connector`, dropping them. A connector reports bad input as
/// problems; the only error it may throw is kIo (its source cannot be read): anything else
/// aborts, which is a finding.
inline void read_all(Connector& connector) {
  SourceSink sink;
  sink.record = [](SourceRecord&&) {};
  sink.problem = [](SourceProblem&&) {};
  sink.deleted = [](Kind, const std::string&) {};
  try {
    connector.read(sink);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kIo) {
      std::fprintf(stderr, "unexpected error: %s\n", e.what());
      std::abort();
    }
  }
}

}  // namespace kennis::fuzz
