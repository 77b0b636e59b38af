#!/usr/bin/env bash
# Full run against no-change rerun of kennis-index over the shared corpus (all four source
# types), timed with hyperfine; prints both and their ratio.
#   bench/incremental.sh [build-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
corpus="$root/../shared/corpus"
if [ ! -d "$corpus" ]; then echo "incremental.sh: $corpus is absent; nothing to measure" >&2; exit 0; fi
work=$(mktemp -d /tmp/kennis-incremental.XXXXXX)
trap 'rm -rf "$work"' EXIT
config="$root/bench/shared_corpus.toml"
index="$work/index"

hyperfine --runs 3 --export-json "$work/full.json" \
  --prepare "rm -rf $index $index.lock" \
  "$build/kennis-index --config $config --index $index --quiet"
"$build/kennis-index" --config "$config" --index "$index" --json > "$work/full-summary.json" || true
hyperfine --runs 5 --warmup 1 --export-json "$work/rerun.json" \
  "$build/kennis-index --config $config --index $index --quiet"
python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
full = json.load(open(f"{w}/full.json"))["results"][0]
rerun = json.load(open(f"{w}/rerun.json"))["results"][0]
summary = json.load(open(f"{w}/full-summary.json"))
print(f"items per run: {summary['items']}  (documents in index: {summary['documents']})")
print(f"full run:        median {full['median']:.2f} s  (min {full['min']:.2f}, max {full['max']:.2f})")
print(f"no-change rerun: median {rerun['median']:.3f} s  (min {rerun['min']:.3f}, max {rerun['max']:.3f})")
print(f"rerun / full = {rerun['median'] / full['median']:.4f}")
PY
