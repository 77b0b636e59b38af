#!/usr/bin/env bash
# The README's second command: install what is missing, build, run the whole test suite; then
# build it again with AddressSanitizer, UndefinedBehaviorSanitizer and the fuzzers (Clang) and
# run it once more there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KENNIS_BUILD_DIR:-$root/build}
sanitize_build=${KENNIS_SANITIZE_BUILD_DIR:-$root/build-sanitize}

"$root/scripts/bootstrap.sh"
# The tests' scratch folders (::testing::TempDir()) go to a folder of this run, so that two runs
# on one machine (other checkouts, CI jobs) never share an index under /tmp.
export TEST_TMPDIR
TEST_TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/kennis-test.XXXXXX")/
trap 'rm -rf "$TEST_TMPDIR"' EXIT
"$root/scripts/build.sh" -DKENNIS_TESTS=ON -DKENNIS_WERROR=ON
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600

# The sanitized pass: every test (unit, golden, connector, integration with the sanitized
# kennis-searchd and kennis-index, eval) plus the fuzzers' tests (tests/fuzz: seeds and
# regressions replayed, then a short fuzzing run each). -O1 with line tables keeps the build
# and the run short and the reports readable; undefined behaviour aborts instead of printing
# and going on, so it fails its test. No benchmarks: they measure nothing under sanitizers.
# This pass also runs as a fresh clone with nothing beside it does: KENNIS_SHARED_DIR names a
# folder that cannot exist, so every test that reads the shared folder skips (with its reason)
# and the rest must pass on the project's own files (issue 12). The first pass uses ../shared
# when it is there.
no_shared=/dev/null/no-shared-folder
echo "test.sh: the suite again under AddressSanitizer and UndefinedBehaviorSanitizer ($sanitize_build)," \
     "as a clone with nothing beside it (KENNIS_SHARED_DIR=$no_shared)"
KENNIS_BUILD_DIR=$sanitize_build "$root/scripts/build.sh" \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
  "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only -fno-sanitize-recover=undefined" \
  -DKENNIS_SANITIZE=address,undefined -DKENNIS_FUZZ=ON -DKENNIS_BENCH=OFF -DKENNIS_TESTS=ON \
  "-DKENNIS_SHARED_DIR=$no_shared"
# LeakSanitizer is on: it stops the process with ptrace at exit, which works on Debian 12 as
# root or with ptrace_scope 0 (no leak needed a suppression so far). Where ptrace is denied (some
# containers) every test would die of "LeakSanitizer has encountered a fatal error", so a probe
# turns leak checks off there and says so.
leaks=1
if ! ASAN_OPTIONS=detect_leaks=1 "$sanitize_build/tests/unit/query_parser_test" --gtest_list_tests >/dev/null 2>&1; then
  echo "test.sh: LeakSanitizer cannot run here (it needs ptrace); leak checks are off" >&2
  leaks=0
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=$leaks:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# As many tests as cores: with twice as many, timing-sensitive tests (children forked under a
# deadline) failed on a loaded machine. The shared-corpus tests (among them the extraction
# sample, whose large files passed or exceeded its 120 s per-file limit under the sanitizers
# depending on the load) skip here for want of the folder; the fuzzers cover the extractors.
ctest --test-dir "$sanitize_build" --output-on-failure --parallel "$(nproc)" --timeout 600
