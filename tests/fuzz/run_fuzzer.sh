#!/usr/bin/env bash
# Runs one fuzzer for ctest (tests/fuzz/CMakeLists.txt):
#   run_fuzzer.sh seeds <binary> <name> <seconds> <artifacts>  replay the seeds and regressions once
#   run_fuzzer.sh run   <binary> <name> <seconds> <artifacts>  fuzz for <seconds> from a copy of the seeds
# The source tree is never written: new inputs go to a temp folder removed at the end, crashes to
# <artifacts>/<name>-crash-… (and the like), which the output names.
set -euo pipefail
mode=$1 binary=$2 name=$3 seconds=$4 artifacts=$5
here=$(cd "$(dirname "$0")" && pwd)
dirs=("$here/corpus/$name")
[ -d "$here/regressions/$name" ] && dirs+=("$here/regressions/$name")
options=(-timeout=5 -rss_limit_mb=2048)
[ -f "$here/dict/$name.dict" ] && options+=("-dict=$here/dict/$name.dict")

work=$(mktemp -d "${TMPDIR:-/tmp}/kennis-fuzz-$name.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work  # the fuzzers' scratch folders live and die with the run
mkdir -p "$artifacts" "$work/corpus"
case $mode in
  seeds)
    "$binary" "${options[@]}" -runs=0 -artifact_prefix="$artifacts/$name-" "${dirs[@]}"
    ;;
  run)
    for d in "${dirs[@]}"; do cp -R "$d/." "$work/corpus/"; done
    "$binary" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$artifacts/$name-" "$work/corpus"
    ;;
  *)
    echo "usage: $0 seeds|run <binary> <name> <seconds> <artifacts>" >&2
    exit 2
    ;;
esac
