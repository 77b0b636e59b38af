#!/usr/bin/env bash
# Latency of GET /v1/experts against GET /v1/search (issue 4) on one searchd over a scaled
# corpus: the same query texts through both endpoints, default parameters. After a warm-up
# round, every query is timed on both endpoints in turn (one keep-alive connection each, no
# queueing), for ROUNDS rounds, so that both endpoints see the same machine load and the same
# queries. Prints p50/p90/p99 of each and the ratios experts / search.
#
#   bench/experts_latency.sh [CORPUS_DIR]
#
# CORPUS_DIR (default /tmp/kennis-experts-scale-200k): a scale.py output to reuse, or a
# missing/empty directory to generate it into (KENNIS_BENCH_N items, default 200000; outside
# the repository). The index goes to CORPUS_DIR.index and is kept for the next run; it is
# rebuilt when the kennis-index binary changed (CORPUS_DIR.index.binaries holds its hash).
# Environment:
#   KENNIS_BENCH_BUILD  build directory (default <repo>/build)
#   KENNIS_BENCH_N      items to generate (default 200000)
#   KENNIS_BENCH_ROUNDS timed rounds over all queries (default 3)
#   KENNIS_BENCH_REUSE_INDEX=1  keep an existing CORPUS_DIR.index although kennis-index changed;
#                       only when the change did not touch indexing (searchd still refuses an
#                       index of another layout or analyser version)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KENNIS_BENCH_BUILD:-$ROOT/build}
N=${KENNIS_BENCH_N:-200000}
ROUNDS=${KENNIS_BENCH_ROUNDS:-3}
SHARED=$(cd "$ROOT/.." && pwd)/shared
EXPERT_QUERIES=$SHARED/corpus/queries/expert.jsonl
CORPUS=$(realpath -m "${1:-/tmp/kennis-experts-scale-200k}")
INDEX=$CORPUS.index
case "$CORPUS/" in
  "$ROOT"/*) echo "experts_latency.sh: the corpus must not be inside the repository ($CORPUS)" >&2; exit 2 ;;
esac
for bin in kennis-index kennis-searchd; do
  [ -x "$BUILD/$bin" ] || { echo "experts_latency.sh: $BUILD/$bin missing; build first" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/kennis-experts-latency.XXXXXX)
SEARCHD_PID=""
cleanup() {
  if [ -n "$SEARCHD_PID" ]; then kill "$SEARCHD_PID" 2>/dev/null || true; wait "$SEARCHD_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
load() { echo "  [$(date -u +%H:%M:%S) load average: $(cut -d' ' -f1-3 /proc/loadavg)]"; }

# --- corpus and index ----------------------------------------------------------------------
if [ -f "$CORPUS/manifest.json" ]; then
  echo "== reusing corpus $CORPUS"
else
  echo "== generating $N items into $CORPUS"
  python3 "$SHARED/tools/corpus/scale.py" -n "$N" -o "$CORPUS"
fi
RECORDS=$CORPUS.records.jsonl
[ -s "$RECORDS" ] || python3 "$ROOT/bench/make_records.py" "$CORPUS" "$RECORDS"
cat > "$WORK/scale.toml" <<EOF
index = "$INDEX"

[[source]]
name = "directory"
type = "ldif"
path = "$CORPUS/people/people.ldif"

[[source]]
name = "slack"
type = "slack"
path = "$CORPUS/posts/slack"

[[source]]
name = "documents"
type = "jsonl"
kind = "document"
path = "$RECORDS"
EOF
STAMP=$(cat "$BUILD/kennis-index" | sha256sum | cut -d' ' -f1)
if [ "${KENNIS_BENCH_REUSE_INDEX:-0}" = 1 ] && [ -f "$INDEX.binaries" ]; then
  echo "== reusing index $INDEX (KENNIS_BENCH_REUSE_INDEX=1; made by kennis-index $(cut -c1-12 "$INDEX.binaries"))"
elif [ "$(cat "$INDEX.binaries" 2>/dev/null)" != "$STAMP" ]; then
  echo "== indexing into $INDEX (new index: no index made by this kennis-index binary)"
  rm -rf "$INDEX" "$INDEX.lock" "$INDEX.binaries"
  load
  /usr/bin/time -f "  kennis-index: %e s wall, %U s user, %S s sys, %M KB max RSS" \
    "$BUILD/kennis-index" --config "$WORK/scale.toml" --index "$INDEX" --quiet
  echo "$STAMP" > "$INDEX.binaries"
else
  echo "== reusing index $INDEX (made by this kennis-index binary)"
fi
DOCS=$(xapian-delve "$INDEX" | sed -n 's/^number of documents = //p')
echo "  index: $DOCS documents, $(du -sh "$INDEX" | cut -f1)"

# --- queries: the expert queries plus two title words of every 1000th document -------------
python3 - "$EXPERT_QUERIES" "$RECORDS" "$WORK" <<'PY'
import json, re, sys, urllib.parse
expert, records, work = sys.argv[1:4]
queries = []
try:
    queries += [json.loads(l)["query"] for l in open(expert, encoding="utf-8") if l.strip()]
except FileNotFoundError:
    print("  (no %s: title words only)" % expert)
n_expert = len(queries)
for i, line in enumerate(open(records, encoding="utf-8")):
    if i % 1000:
        continue
    title = json.loads(line)["title"].split(" — ")[-1]
    words = [w for w in re.findall(r"\w+", title) if len(w) >= 4 and not w.isdigit()]
    if len(words) >= 2:
        queries.append(" ".join(words[:2]))
for endpoint in ("search", "experts"):
    with open("%s/%s.paths" % (work, endpoint), "w", encoding="utf-8") as out:
        for q in queries:
            out.write("/v1/%s?q=%s\n" % (endpoint, urllib.parse.quote(q, safe="")))
print("  %d queries: %d expert queries, %d pairs of title words" % (len(queries), n_expert, len(queries) - n_expert))
PY

# --- searchd -------------------------------------------------------------------------------
# The load comes from one address: rate limiting off.
"$BUILD/kennis-searchd" -i "$INDEX" --port 0 --port-file "$WORK/port" --rate-limit 0 2>"$WORK/searchd.log" &
SEARCHD_PID=$!
for _ in $(seq 300); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(cat "$WORK/port")
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

# Warm-up and answer check: every path once over one keep-alive connection.
python3 - "$PORT" "$WORK" <<'PY'
import http.client, json, sys, time
port, work = sys.argv[1:3]
for endpoint, key in (("search", "hits"), ("experts", "experts")):
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
    paths = open("%s/%s.paths" % (work, endpoint), encoding="utf-8").read().split()
    bad, empty, t = [], 0, time.monotonic()
    for p in paths:
        conn.request("GET", p)
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            bad.append("%s -> %d %s" % (p, r.status, body[:160]))
        elif not json.loads(body).get(key):
            empty += 1
    print("  warm-up /v1/%s: %d requests in %.1f s, %d not 200, %d with no %s"
          % (endpoint, len(paths), time.monotonic() - t, len(bad), empty, key))
    for b in bad[:3]:
        print("    " + b)
    if bad:
        sys.exit("experts_latency.sh: /v1/%s does not answer 200 (is the endpoint merged?)" % endpoint)
PY

# --- timing -------------------------------------------------------------------------------
echo "== timing: $ROUNDS rounds over the queries, /v1/search and /v1/experts interleaved"
load
python3 "$ROOT/bench/report.py" latency "$PORT" "$WORK/search.paths" "$WORK/experts.paths" "$ROUNDS"
load
