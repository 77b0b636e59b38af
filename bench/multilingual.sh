#!/usr/bin/env bash
# What language detection and compound splitting cost at indexing time, against the
# foundation's indexing (record languages as given, no detection, no compounds), measured
# with hyperfine in the same run, in interleaved rounds so that load changes fall on all alike.
#
#   bench/multilingual.sh [CORPUS_DIR]
#
# CORPUS_DIR: a scale.py output (made if empty or absent; default: a temp directory).
# Environment: KENNIS_BENCH_N (default 20000), KENNIS_BENCH_RUNS (default 3),
#              KENNIS_BENCH_BUILD (default <repo>/build-bench).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KENNIS_BENCH_BUILD:-$ROOT/build-bench}
N=${KENNIS_BENCH_N:-20000}
RUNS=${KENNIS_BENCH_RUNS:-3}
SCALE=$(cd "$ROOT/.." && pwd)/shared/tools/corpus/scale.py

WORK=$(mktemp -d /tmp/kennis-bench-ml.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$BUILD" -j2 kennis-index >/dev/null

CORPUS=$(realpath -m "${1:-$WORK/corpus}")
if ! compgen -G "$CORPUS/documents/docs-*.jsonl" >/dev/null; then
  [ -f "$SCALE" ] || { echo "multilingual.sh: SKIPPED, no $SCALE to make a corpus with"; exit 0; }
  python3 "$SCALE" -n "$N" --post-share 0 -o "$CORPUS"
fi
RECORDS=$WORK/records.jsonl
NOLANG=$WORK/records-nolang.jsonl
python3 "$ROOT/bench/make_records.py" "$CORPUS" "$RECORDS"
# The same records without their language: every one goes through detection.
python3 -c '
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for line in f:
        r = json.loads(line); r.pop("lang", None); out.write(json.dumps(r, ensure_ascii=False) + "\n")
' "$RECORDS" "$NOLANG"
N=$(grep -c . "$RECORDS")
cat "$RECORDS" "$NOLANG" >/dev/null

echo "kennis multilingual indexing bench $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(git -C "$ROOT" rev-parse --short HEAD), $N records"
for round in $(seq "$RUNS"); do
  echo "-- round $round of $RUNS  [load $(cut -d' ' -f1-3 /proc/loadavg)]"
  hyperfine --runs 1 --export-json "$WORK/ml-$round.json" \
    --prepare "rm -rf $WORK/idx-a $WORK/idx-b $WORK/idx-c" \
    -n foundation "$BUILD/kennis-index -q --no-detect-language --no-compounds -i $WORK/idx-a --documents $RECORDS" \
    -n compounds "$BUILD/kennis-index -q -i $WORK/idx-b --documents $RECORDS" \
    -n detection+compounds "$BUILD/kennis-index -q -i $WORK/idx-c --documents $NOLANG" >/dev/null
done
python3 - "$N" "$WORK"/ml-*.json <<'EOF'
import json, statistics, sys
n = int(sys.argv[1])
times = {}
for path in sys.argv[2:]:
    for r in json.load(open(path))["results"]:
        times.setdefault(r["command"], []).append(r["mean"])
base = statistics.median(times["foundation"])
for name, ts in times.items():
    t = statistics.median(ts)
    print("  %-22s median %6.2f s  %6.0f records/s  throughput ratio to foundation %.2f" % (name, t, n / t, base / t))
EOF
