// The indexing pipeline: connectors read sources (this thread) -> load, validate, analyse
// (worker threads) -> write (one writer thread, the only one touching Xapian), in source order.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "connector.h"
#include "kennis/document.h"
#include "kennis/index_writer.h"

namespace kennis {

/// A source to read in this run.
struct SourceRun {
  std::string name;                      ///< recorded with each record (schema.h: XS, slot 7)
  std::unique_ptr<Connector> connector;
  /// Remove records of this source that it no longer has. True for configured sources, which
  /// are read whole each run; false for files named on the command line, which may be partial.
  bool remove_vanished = true;
};

struct PipelineOptions {
  std::string index_path;                ///< the Xapian database to write (a generation, or the index)
  unsigned workers = 1;                  ///< analysis threads
  size_t batch_items = 256;              ///< items per unit of work
  MappingOptions mapping;
  /// Called about twice a second with the number of items handled so far (progress display).
  std::function<void(uint64_t items)> progress;
};

/// Counts per source and for the run.
struct SourceSummary {
  std::string name;
  uint64_t items = 0;       ///< items the source produced (incl. deletions)
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t unchanged = 0;   ///< skipped: same fingerprint as in the index
  uint64_t removed = 0;     ///< vanished from the source or deleted in it
  uint64_t rejected = 0;
  std::string failure;      ///< non-empty when the source could not be read; its records were kept
};

struct RunSummary {
  std::vector<SourceSummary> sources;
  uint64_t documents = 0;   ///< documents in the index after the run
  double seconds = 0;
  SourceSummary total() const;
};

/// Called for each rejected item, in source order, from the writer thread.
using RejectHandler = std::function<void(const RecordError&)>;

/// Runs every source into the index and commits once at the end, so readers see all of the run
/// or none of it. A source that cannot be read is reported in its summary and leaves its
/// records as they were; the others are indexed. Throws Error for what stops the whole run
/// (locked or incompatible index, write failure); nothing is committed then.
RunSummary run_pipeline(const PipelineOptions& options, std::vector<SourceRun>& sources, const RejectHandler& on_reject);

}  // namespace kennis
