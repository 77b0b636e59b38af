#!/usr/bin/env bash
# Builds the benchmarks, makes (or reuses) a corpus outside the repository and measures kennis
# against plain-Xapian baselines in the same run: indexing throughput (hyperfine), query
# latency in-process (Google Benchmark), HTTP /v1/search (wrk), plus the analysis stages.
# Prints a summary of ratios and absolute figures; see bench/RESULTS.md.
#
#   bench/run.sh [CORPUS_DIR]
#
# CORPUS_DIR: a scale.py output to reuse, or an empty/new directory to generate it into (so
# that the next run can reuse it). Without it the corpus goes into the run's temp directory.
# Environment:
#   KENNIS_BENCH_N      documents to generate (default 20000)
#   KENNIS_BENCH_RUNS   hyperfine runs per indexer (default 3)
#   KENNIS_BENCH_BUILD  build directory (default <repo>/build-bench)
#   KENNIS_BENCH_KEEP=1 keep the temp directory (indexes, raw outputs)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KENNIS_BENCH_BUILD:-$ROOT/build-bench}
N=${KENNIS_BENCH_N:-20000}
RUNS=${KENNIS_BENCH_RUNS:-3}
SHARED=$(cd "$ROOT/.." && pwd)/shared
QUERIES=$SHARED/corpus/queries/known-item.jsonl
SCALE=$SHARED/tools/corpus/scale.py
REPORT="python3 $ROOT/bench/report.py"

WORK=$(mktemp -d /tmp/kennis-bench.XXXXXX)
SEARCHD_PID=""
cleanup() {
  if [ -n "$SEARCHD_PID" ]; then kill "$SEARCHD_PID" 2>/dev/null || true; wait "$SEARCHD_PID" 2>/dev/null || true; fi
  if [ "${KENNIS_BENCH_KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

SUMMARY=$WORK/summary.txt
say() { echo "$*" | tee -a "$SUMMARY"; }
load() { say "  [$(date -u +%H:%M:%S) load average:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')]"; }

# --- build ---------------------------------------------------------------------------------
echo "== build ($BUILD)"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$BUILD" -j2 bench
BIN=$BUILD
BENCHBIN=$BUILD/bench

# --- corpus --------------------------------------------------------------------------------
CORPUS=${1:-$WORK/corpus}
CORPUS=$(realpath -m "$CORPUS")
case "$CORPUS/" in
  "$ROOT"/*) echo "run.sh: the corpus must not be inside the repository ($CORPUS)" >&2; exit 2 ;;
esac
if compgen -G "$CORPUS/documents/docs-*.jsonl" >/dev/null; then
  echo "== reusing corpus $CORPUS"
else
  echo "== generating $N documents into $CORPUS"
  python3 "$SCALE" -n "$N" --post-share 0 -o "$CORPUS"
fi
RECORDS=$WORK/records.jsonl
python3 "$ROOT/bench/make_records.py" "$CORPUS" "$RECORDS"
N=$(grep -c . "$RECORDS")
cat "$RECORDS" >/dev/null  # into the page cache before anything is timed

say "kennis bench $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- core indexer searchd include || echo '+local changes')"
say "corpus: $CORPUS ($N document records, $(du -h "$RECORDS" | cut -f1) of JSON Lines)"

# --- 1. indexing throughput ----------------------------------------------------------------
echo "== indexing: kennis-index against bare_xapian_index"
load
# Rounds of one run per command, so that a change in the machine's load during the run
# (other jobs) falls on all three alike rather than on whichever ran last.
for round in $(seq "$RUNS"); do
  echo "-- round $round of $RUNS"
  hyperfine --runs 1 --export-json "$WORK/index-$round.json" \
    --prepare "rm -rf $WORK/idx-bare $WORK/idx-nospell $WORK/idx-kennis" \
    -n bare-xapian "$BENCHBIN/bare_xapian_index $WORK/idx-bare $RECORDS" \
    -n kennis-index-no-spelling "$BIN/kennis-index -q --no-spelling -i $WORK/idx-nospell --documents $RECORDS" \
    -n kennis-index "$BIN/kennis-index -q -i $WORK/idx-kennis --documents $RECORDS"
done
$REPORT index "$N" "$WORK"/index-*.json | tee -a "$SUMMARY"
load
DOCS=$(xapian-delve "$WORK/idx-kennis" | sed -n 's/^number of documents = //p')
say "  kennis index: $DOCS documents, $(du -sh "$WORK/idx-kennis" | cut -f1)"
[ "$DOCS" = "$N" ] || { echo "run.sh: the kennis index holds $DOCS documents, not $N" >&2; exit 1; }

# --- 2. query latency in-process -----------------------------------------------------------
echo "== search_bench"
if [ -f "$QUERIES" ]; then
  load
  KENNIS_BENCH_INDEX=$WORK/idx-kennis KENNIS_BENCH_QUERIES=$QUERIES "$BENCHBIN/search_bench" \
    --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_min_time=1 \
    --benchmark_out="$WORK/search.json" --benchmark_out_format=json
  $REPORT search "$WORK/search.json" | tee -a "$SUMMARY"
else
  say "search_bench SKIPPED: no queries file $QUERIES"
fi

# --- analysis stages -----------------------------------------------------------------------
echo "== analysis_bench"
load
KENNIS_BENCH_RECORDS=$RECORDS KENNIS_BENCH_SAMPLE=1000 "$BENCHBIN/analysis_bench" \
  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
  --benchmark_out="$WORK/analysis.json" --benchmark_out_format=json
$REPORT analysis "$WORK/analysis.json" | tee -a "$SUMMARY"

# --- 3. HTTP -------------------------------------------------------------------------------
echo "== HTTP: kennis-searchd + wrk"
if [ -f "$QUERIES" ]; then
  $REPORT paths "$QUERIES" "$WORK/paths.txt"
  # TCP_NODELAY: searchd/main.cc asks for it; check that the listening socket gets it
  # (Linux copies it to accepted sockets).
  if command -v strace >/dev/null; then
    strace -f -qq -e trace=setsockopt -o "$WORK/strace.txt" \
      timeout -s TERM 3 "$BIN/kennis-searchd" -i "$WORK/idx-kennis" --port 0 --port-file "$WORK/strace.port" 2>/dev/null || true
    if grep -q TCP_NODELAY "$WORK/strace.txt"; then
      say "  TCP_NODELAY: set ($(grep -m1 TCP_NODELAY "$WORK/strace.txt" | sed 's/^[0-9]* *//'))"
    else
      say "  TCP_NODELAY: NOT seen in setsockopt calls"
    fi
  else
    say "  TCP_NODELAY: not checked (no strace; scripts/bootstrap.sh installs it)"
  fi

  # wrk sends from one address far faster than a person: rate limiting off.
  "$BIN/kennis-searchd" -i "$WORK/idx-kennis" --port 0 --port-file "$WORK/port" --rate-limit 0 2>"$WORK/searchd.log" &
  SEARCHD_PID=$!
  for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.1; done
  PORT=$(cat "$WORK/port")
  $REPORT check "$PORT" "$WORK/paths.txt" | tee -a "$SUMMARY"
  load
  KENNIS_WRK_PATHS=$WORK/paths.txt wrk -t2 -c8 -d10s --latency -s "$ROOT/bench/wrk_search.lua" \
    "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
  $REPORT wrk "$WORK/wrk.txt" | tee -a "$SUMMARY"
  # One connection: the latency of a request that does not queue behind others.
  KENNIS_WRK_PATHS=$WORK/paths.txt wrk -t1 -c1 -d10s --latency -s "$ROOT/bench/wrk_search.lua" \
    "http://127.0.0.1:$PORT" | tee "$WORK/wrk-c1.txt"
  $REPORT wrk "$WORK/wrk-c1.txt" "wrk -t1 -c1 -d10s" | tee -a "$SUMMARY"
  kill "$SEARCHD_PID"; wait "$SEARCHD_PID" || true; SEARCHD_PID=""
else
  say "HTTP SKIPPED: no queries file $QUERIES"
fi

echo
echo "================ summary"
cat "$SUMMARY"
