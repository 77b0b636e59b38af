// The indexing pipeline: read JSON Lines (this thread) -> parse, validate, analyse (worker
// threads) -> write (one writer thread, the only one touching Xapian), in input order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kennis/document.h"
#include "kennis/index_writer.h"

namespace kennis {

struct InputFile {
  Kind kind;
  std::string path;  ///< "-" reads standard input
};

struct PipelineOptions {
  std::string index_path;
  std::vector<InputFile> inputs;
  unsigned workers = 1;          ///< analysis threads
  size_t batch_lines = 256;      ///< lines per unit of work
  MappingOptions mapping;
};

struct RunSummary {
  uint64_t records = 0;   ///< non-empty input lines
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t rejected = 0;
  uint64_t documents = 0; ///< documents in the index after the run
  double seconds = 0;
};

/// Called for each rejected record, in input order, from the writer thread.
using RejectHandler = std::function<void(const RecordError&)>;

/// Runs the whole pipeline and commits once at the end, so readers see all of the run or none
/// of it. Throws Error for what stops the run (unreadable input file, locked or incompatible
/// index, write failure); nothing is committed then.
RunSummary run_pipeline(const PipelineOptions& options, const RejectHandler& on_reject);

}  // namespace kennis
