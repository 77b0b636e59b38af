/// @file extract_isolation.h
/// Running an extractor so that one bad file costs one document, not the batch: in a forked
/// child with an address-space limit and a deadline (risky formats), or in this process but
/// never while another thread forks (cheap formats).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

#include "extract_common.h"

namespace kennis {

struct IsolationLimits {
  std::chrono::milliseconds timeout{30'000};  ///< the child is killed (SIGKILL) after this
  uint64_t memory_bytes = 1024ull << 20;      ///< address space the child may add to what it inherits
};

/// Sets up library state that children must find initialised (libxml2's globals). Call once
/// before threads start; calling it again is harmless.
void prepare_isolation();

/// Runs `work` in a child made with fork() and returns its result, passed back as JSON over a
/// pipe. The child has RLIMIT_AS = inherited size + limits.memory_bytes, no core dumps, dies
/// with its parent, and closes every inherited descriptor but the pipe; it only runs `work`
/// and then _exit()s, so no destructor or atexit handler of the parent runs twice.
/// A crash, timeout or allocation failure comes back as an ExtractError whose message
/// completes "extraction of <file> …": "timed out after 30 s", "ran out of memory (limit
/// 1024 MiB)", "crashed (SIGSEGV)"; an exception from `work` as "failed: <what>". `work`'s
/// own ExtractErrors come back unchanged. Thread-safe: may be called from many threads at once.
///
/// Fork safety: only the calling thread exists in the child, so a lock another thread held at
/// the moment of fork() stays locked there forever. glibc makes malloc safe across fork;
/// libxml2 is initialised beforehand (prepare_isolation); and fork() waits until no
/// run_in_process() work is running, so our own in-process parsers never hold ICU, libxml2
/// or iconv locks at that moment. Should some other library lock still be held, the child
/// blocks and is killed at the deadline: that document fails, the run goes on.
ExtractResult run_isolated(const std::function<ExtractResult()>& work, const IsolationLimits& limits);

/// Runs `work` in this thread, holding off run_isolated()'s fork() meanwhile (see above).
/// Exceptions from `work` become ExtractErrors as in run_isolated(). Thread-safe.
ExtractResult run_in_process(const std::function<ExtractResult()>& work);

}  // namespace kennis
