#!/usr/bin/env bash
# The read side's figures of issue 12, in ONE run on one index and one query set: in-process
# Searcher::search against a bare Xapian loop (Google Benchmark), HTTP /v1/search and
# /v1/experts (wrk), searchd's RSS, and CPU profiles (perf) of both endpoints. Writes
# OUT_DIR/summary.md (every figure and ratio, the load average at each step) and keeps the raw
# outputs beside it. See bench/RESULTS.md, "Read side (issue 12)".
#
#   bench/read_side.sh BUILD_DIR INDEX QUERIES OUT_DIR
#
# BUILD_DIR  a build with `ninja bench` done: kennis-searchd and bench/search_bench
# INDEX      an index made by that build's kennis-index (documents and the people LDIF)
# QUERIES    JSON Lines {"query","lang"}: bench/make_queries.py's 1 000 queries
# OUT_DIR    where the outputs go (made if missing; files of an earlier run are overwritten)
# Environment:
#   KENNIS_READ_SECONDS      seconds per wrk run (default 15)
#   KENNIS_READ_REPETITIONS  Google Benchmark repetitions, interleaved at random (default 3)
#   KENNIS_READ_PERF=0       no profiles
#   KENNIS_READ_CALLGRAPH    perf --call-graph mode (default dwarf: the Release build and the
#                            Debian libraries keep no frame pointers, so "fp" stacks are broken)
set -euo pipefail

if [ $# -ne 4 ]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(realpath "$1")
INDEX=$(realpath "$2")
QUERIES=$(realpath "$3")
OUT=$(realpath -m "$4")
SECONDS_PER_RUN=${KENNIS_READ_SECONDS:-15}
REPETITIONS=${KENNIS_READ_REPETITIONS:-3}
PERF=${KENNIS_READ_PERF:-1}
CALLGRAPH=${KENNIS_READ_CALLGRAPH:-dwarf}
WRK_LUA=$ROOT/bench/wrk_search.lua  # cycles through the request paths of KENNIS_WRK_PATHS

for f in "$BUILD/kennis-searchd" "$BUILD/bench/search_bench"; do
  [ -x "$f" ] || { echo "read_side.sh: $f missing (ninja -C $BUILD bench)" >&2; exit 2; }
done
for tool in wrk curl python3 xapian-delve; do
  command -v "$tool" >/dev/null || { echo "read_side.sh: $tool missing (scripts/bootstrap.sh)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "read_side.sh: /usr/bin/time missing (Debian package time)" >&2; exit 2; }
if [ "$PERF" = 1 ] && ! command -v perf >/dev/null; then
  echo "read_side.sh: perf missing (Debian package linux-perf), or KENNIS_READ_PERF=0" >&2
  exit 2
fi
[ -f "$QUERIES" ] || { echo "read_side.sh: no queries file $QUERIES" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT"/load.txt "$OUT"/port "$OUT"/rss-*.txt "$OUT"/wrk-*.txt "$OUT"/perf-*

TIME_PID=""
SEARCHD_PID=""
WRK_PID=""
cleanup() {
  if [ -n "$WRK_PID" ]; then kill "$WRK_PID" 2>/dev/null || true; fi
  if [ -n "$SEARCHD_PID" ]; then kill "$SEARCHD_PID" 2>/dev/null || true; fi
  if [ -n "$TIME_PID" ]; then wait "$TIME_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

# load STEP: the load average as the step starts, into load.txt (the summary shows it).
load() {
  local l
  l=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "$1 $(date -u +%H:%M:%S) $l" >> "$OUT/load.txt"
  echo "  [$1: $(date -u +%H:%M:%S) load average $l]"
}
rss() { # rss NAME: searchd's VmRSS and VmHWM, kB
  grep -E '^(VmRSS|VmHWM):' "/proc/$SEARCHD_PID/status" | tr -s ' ' | tee "$OUT/rss-$1.txt"
}

# --- what is measured ----------------------------------------------------------------------
SRC=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$BUILD/CMakeCache.txt")
COMMIT=$(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$SRC" diff --quiet HEAD -- core indexer searchd include 2>/dev/null || COMMIT="$COMMIT+local changes"
DOCS=$(xapian-delve "$INDEX" | sed -n 's/^number of documents = //p')
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine=$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/{print $2}') GB RAM"
  echo "build=$BUILD"
  echo "source=$SRC"
  echo "commit=$COMMIT"
  echo "index=$INDEX"
  echo "documents=$DOCS"
  echo "index_size=$(du -sh "$INDEX" | cut -f1)"
  echo "queries=$QUERIES"
  echo "query_count=$(grep -c . "$QUERIES")"
  echo "seconds_per_run=$SECONDS_PER_RUN"
  echo "repetitions=$REPETITIONS"
} > "$OUT/meta.txt"
cat "$OUT/meta.txt"

# Request paths: every query, in an order shuffled once with a fixed seed, so that the part a
# slow endpoint gets through in a run is a sample of the whole set; the same order for all.
python3 - "$QUERIES" "$OUT" <<'PY'
import json, random, sys, urllib.parse
queries, out = sys.argv[1:3]
qs = [json.loads(l)["query"] for l in open(queries, encoding="utf-8") if l.strip()]
random.Random(12).shuffle(qs)
for name, fmt in (("search", "/v1/search?q=%s"), ("search-nofacets", "/v1/search?q=%s&facets="),
                  ("experts", "/v1/experts?q=%s&size=10")):
    with open("%s/%s.paths" % (out, name), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(fmt % urllib.parse.quote(q, safe="") + "\n")
PY

# --- 1. in-process -------------------------------------------------------------------------
echo "== in-process: search_bench ($REPETITIONS repetitions, interleaved)"
load search_bench
cat "$INDEX"/* > /dev/null 2>&1 || true  # the index into the page cache before anything is timed
KENNIS_BENCH_INDEX=$INDEX KENNIS_BENCH_QUERIES=$QUERIES /usr/bin/time -o "$OUT/search_bench.time" \
  -f "%e s wall, %U s user, %S s sys, %M KB max RSS" \
  "$BUILD/bench/search_bench" --benchmark_filter='BM_BareXapian|BM_KennisSearch' \
  --benchmark_repetitions="$REPETITIONS" --benchmark_enable_random_interleaving=true \
  --benchmark_min_time=1 --benchmark_out="$OUT/search_bench.json" --benchmark_out_format=json \
  2>&1 | tee "$OUT/search_bench.txt"
load search_bench_end

# --- 2. searchd ----------------------------------------------------------------------------
echo "== HTTP: kennis-searchd"
# Started under /usr/bin/time for its CPU time and peak RSS over the whole run; the load comes
# from one address, so rate limiting is off.
/usr/bin/time -o "$OUT/searchd.time" -f "%e s wall, %U s user, %S s sys, %M KB max RSS" \
  "$BUILD/kennis-searchd" -i "$INDEX" --host 127.0.0.1 --port 0 --port-file "$OUT/port" \
  --rate-limit 0 2> "$OUT/searchd.log" &
TIME_PID=$!
for _ in $(seq 600); do [ -s "$OUT/port" ] && break; sleep 0.1; done
[ -s "$OUT/port" ] || { echo "read_side.sh: searchd did not start; see $OUT/searchd.log" >&2; exit 1; }
PORT=$(cat "$OUT/port")
SEARCHD_PID=$(pgrep -P "$TIME_PID")
URL=http://127.0.0.1:$PORT
for _ in $(seq 300); do curl -sf "$URL/healthz" > /dev/null && break; sleep 0.1; done
curl -sf -o /dev/null "$URL$(head -1 "$OUT/search.paths")"  # the one warm-up request
rss start

# Answer check and warm-up: every path of both endpoints once, in turn, over one keep-alive
# connection each; the same 1 000 queries on both, so their latencies compare query by query.
load check
python3 - "$PORT" "$OUT" <<'PY' | tee "$OUT/check.txt"
import http.client, json, sys, time
port, out = sys.argv[1:3]
paths = {e: open("%s/%s.paths" % (out, e), encoding="utf-8").read().split() for e in ("search", "experts")}
conns = {e: http.client.HTTPConnection("127.0.0.1", int(port), timeout=120) for e in paths}
keys = {"search": "hits", "experts": "experts"}
lat = {e: [] for e in paths}
bad = {e: [] for e in paths}
empty = {e: 0 for e in paths}
for i in range(len(paths["search"])):
    for e in ("search", "experts"):
        t = time.perf_counter()
        conns[e].request("GET", paths[e][i])
        r = conns[e].getresponse()
        body = r.read()
        lat[e].append(time.perf_counter() - t)
        if r.status != 200:
            bad[e].append("%s -> %d %s" % (paths[e][i], r.status, body[:160]))
        elif not json.loads(body).get(keys[e]):
            empty[e] += 1
def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(p / 100.0 * len(v)))]
for e in ("search", "experts"):
    print("check_%s requests=%d not200=%d empty=%d p50_ms=%.2f p99_ms=%.2f mean_ms=%.2f"
          % (e, len(lat[e]), len(bad[e]), empty[e], pct(lat[e], 50) * 1e3, pct(lat[e], 99) * 1e3,
             sum(lat[e]) / len(lat[e]) * 1e3))
    for b in bad[e][:5]:
        print("  " + b)
PY

# wrk RUN PATHS THREADS CONNECTIONS
run_wrk() {
  load "wrk-$1"
  KENNIS_WRK_PATHS=$OUT/$2.paths wrk -t"$3" -c"$4" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency \
    -s "$WRK_LUA" "$URL" | tee "$OUT/wrk-$1.txt"
}
echo "== HTTP load: wrk, ${SECONDS_PER_RUN} s per run"
run_wrk search-c1 search 1 1
run_wrk search-nofacets-c1 search-nofacets 1 1
run_wrk experts-c1 experts 1 1
run_wrk search-c16 search 2 16
rss after_load
load after_load

# --- 3. profiles ---------------------------------------------------------------------------
# perf on the running searchd while wrk -c1 loads one endpoint; separate runs, so the timed
# figures above carry no profiling cost.
if [ "$PERF" = 1 ]; then
  for e in search experts; do
    echo "== perf: /v1/$e, wrk -t1 -c1"
    load "perf-$e"
    KENNIS_WRK_PATHS=$OUT/$e.paths wrk -t1 -c1 -d"$((SECONDS_PER_RUN + 2))s" --timeout 10s --latency \
      -s "$WRK_LUA" "$URL" > "$OUT/perf-$e.wrk.txt" &
    WRK_PID=$!
    sleep 1
    perf record -F 999 --call-graph "$CALLGRAPH" -p "$SEARCHD_PID" -o "$OUT/perf-$e.data" \
      -- sleep "$SECONDS_PER_RUN" 2> "$OUT/perf-$e.record.txt"
    wait "$WRK_PID" || true
    WRK_PID=""
    perf report -i "$OUT/perf-$e.data" --stdio --no-children --percent-limit 1.5 --sort symbol -g none \
      > "$OUT/perf-$e.self.txt" 2> /dev/null
    perf report -i "$OUT/perf-$e.data" --stdio --children --percent-limit 0.5 --sort symbol -g none \
      > "$OUT/perf-$e.children.txt" 2> /dev/null
    perf report -i "$OUT/perf-$e.data" --stdio --no-children --percent-limit 0.5 --sort dso -g none \
      > "$OUT/perf-$e.dso.txt" 2> /dev/null
    rm -f "$OUT/perf-$e.data"  # large with dwarf stacks; the reports stay
  done
  rss after_perf
fi

kill "$SEARCHD_PID"
wait "$TIME_PID" || true
SEARCHD_PID=""
TIME_PID=""
load end

# --- summary -------------------------------------------------------------------------------
python3 - "$OUT" <<'PY' | tee "$OUT/summary.md"
import json, os, re, statistics, sys
out = sys.argv[1]
meta = dict(l.rstrip("\n").split("=", 1) for l in open(os.path.join(out, "meta.txt")))
loads = {}
for l in open(os.path.join(out, "load.txt")):
    step, t, *la = l.split()
    loads[step] = "%s (%s)" % (" ".join(la), t)

def ld(step):
    return loads.get(step, "")

# in-process
bench = json.load(open(os.path.join(out, "search_bench.json")))["benchmarks"]
runs = {}
for b in bench:
    if b.get("run_type") != "iteration":
        continue
    name = b["run_name"].split("/")[0]
    if b.get("error_occurred"):
        runs.setdefault(name, {"error": b.get("error_message")})
        continue
    runs.setdefault(name, {"s": [], "qps": [], "empty": [], "relaxed": []})
    r = runs[name]
    r["s"].append(b["s_per_query"])
    r["qps"].append(b.get("qps", b["items_per_second"]))  # qps: joint queries/s of all threads
    r["empty"].append(b.get("empty", 0))
    r["relaxed"].append(b.get("relaxed", 0))

def med(name, key):
    r = runs.get(name, {})
    return statistics.median(r[key]) if r.get(key) else None

def fmt_ms(v):
    return "%.3f ms" % (v * 1e3) if v is not None else "n/a"

def spread(name, key, scale=1e3, unit="ms"):
    r = runs.get(name, {})
    if "error" in r:
        return "ERROR: %s" % r["error"]
    if not r.get(key):
        return "n/a"
    v = r[key]
    return "%.3f %s (%s)" % (statistics.median(v) * scale, unit, " / ".join("%.3f" % (x * scale) for x in v))

def ratio(a, b):
    return "**%.2f**" % (a / b) if a is not None and b else "n/a"

# wrk
def wrk(name):
    p = os.path.join(out, "wrk-%s.txt" % name)
    if not os.path.exists(p):
        return None
    t = open(p).read()
    unit = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}
    w = {}
    for pct in ("50", "75", "90", "99"):
        m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s|m)\s*$" % pct, t, re.M)
        if m:
            w["p" + pct] = float(m.group(1)) * unit[m.group(2)]
    m = re.search(r"Requests/sec:\s+([\d.]+)", t)
    w["rps"] = float(m.group(1)) if m else None
    m = re.search(r"(\d+) requests in ([\d.]+\w+)", t)
    w["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
    w["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: (.*)", t)
    w["errors"] = m.group(1).strip() if m else "none"
    return w

def wrow(label, name):
    w = wrk(name)
    if not w:
        return "| %s | n/a | | | | | |" % label
    return "| %s | %.2f ms | %.2f ms | %.2f ms | %.1f | %d (non-2xx %d, socket errors %s) | %s |" % (
        label, w.get("p50", 0), w.get("p90", 0), w.get("p99", 0), w["rps"] or 0, w["requests"], w["non2xx"],
        w["errors"], ld("wrk-" + name))

def rss(name):
    p = os.path.join(out, "rss-%s.txt" % name)
    if not os.path.exists(p):
        return None
    d = dict((k.rstrip(":"), int(v)) for k, v, *_ in (l.split() for l in open(p)))
    return d

check = {}
p = os.path.join(out, "check.txt")
for l in open(p):
    if l.startswith("check_"):
        name, *kv = l.split()
        check[name[6:]] = dict(x.split("=") for x in kv)

bare, bare2 = med("BM_BareXapian", "s"), med("BM_BareXapian_Parallel", "qps")
kennis, nofacets = med("BM_KennisSearch", "s"), med("BM_KennisSearch_NoFacets", "s")
print("# Read side (issue 12): %s" % meta["commit"])
print()
for k in ("date", "machine", "build", "source", "commit", "index", "documents", "index_size", "queries",
          "query_count", "seconds_per_run", "repetitions"):
    print("- %s: %s" % (k, meta[k]))
print()
print("## In-process (search_bench, one iteration = every query once; median of the repetitions, each in brackets)")
print()
print("load average at start %s, at end %s" % (ld("search_bench"), ld("search_bench_end")))
print()
print("| benchmark | latency per query | queries/s | empty answers | relaxed to OR per pass |")
print("| --- | --- | --- | --- | --- |")
for name, label in (("BM_BareXapian", "bare Xapian loop, 1 thread"),
                    ("BM_BareXapian_Parallel", "bare Xapian loop, 2 threads (queries/s of both together)"),
                    ("BM_KennisSearch", "Searcher::search, default options"),
                    ("BM_KennisSearch_NoFacets", "Searcher::search, facets empty")):
    print("| %s | %s | %s | %s | %s |" % (label, spread(name, "s") if name != "BM_BareXapian_Parallel" else "",
          spread(name, "qps", 1, "/s"),
          "%.1f %%" % (100 * med(name, "empty")) if med(name, "empty") is not None else "n/a",
          "%.0f" % med(name, "relaxed") if med(name, "relaxed") is not None else "n/a"))
print()
print("## HTTP (wrk --latency, %s s per run; searchd --rate-limit 0, 8 request threads)" % meta["seconds_per_run"])
print()
print("| run | p50 | p90 | p99 | requests/s | requests | load average at start |")
print("| --- | --- | --- | --- | --- | --- | --- |")
print(wrow("/v1/search, wrk -t1 -c1", "search-c1"))
print(wrow("/v1/search?facets= (none), wrk -t1 -c1", "search-nofacets-c1"))
print(wrow("/v1/experts?size=10, wrk -t1 -c1", "experts-c1"))
print(wrow("/v1/search, wrk -t2 -c16", "search-c16"))
print()
for e in ("search", "experts"):
    c = check.get(e, {})
    print("- check pass, /v1/%s: %s requests (every query once, one connection, endpoints in turn), %s not 200, "
          "%s without %s; p50 %s ms, p99 %s ms, mean %s ms (load at start %s)"
          % (e, c.get("requests"), c.get("not200"), c.get("empty"), "hits" if e == "search" else "experts",
             c.get("p50_ms"), c.get("p99_ms"), c.get("mean_ms"), ld("check")))
print()
rs, ra, rp = rss("start"), rss("after_load"), rss("after_perf")
print("## searchd memory (/proc/PID/status)")
print()
if rs and ra:
    print("- VmRSS after start and one request: %d kB; after the wrk runs: %d kB (VmHWM %d kB)%s"
          % (rs["VmRSS"], ra["VmRSS"], ra["VmHWM"],
             "; after the profiled runs: %d kB" % rp["VmRSS"] if rp else ""))
t = os.path.join(out, "searchd.time")
if os.path.exists(t):
    print("- searchd over the whole run (/usr/bin/time): %s" % open(t).read().strip().splitlines()[-1])
t = os.path.join(out, "search_bench.time")
if os.path.exists(t):
    print("- search_bench (/usr/bin/time): %s" % open(t).read().strip().splitlines()[-1])
print()
w1, wn, we, w16 = wrk("search-c1"), wrk("search-nofacets-c1"), wrk("experts-c1"), wrk("search-c16")
print("## Ratios (issue 12's targets in brackets)")
print()
print("| ratio | value |")
print("| --- | --- |")
print("| in-process Searcher::search default / bare loop, latency (≤ 1.5) | %s |" % ratio(kennis, bare))
print("| in-process Searcher::search without facets / bare loop | %s |" % ratio(nofacets, bare))
print("| in-process faceted / unfaceted Searcher::search (≤ 1.3) | %s |" % ratio(kennis, nofacets))
if w1 and we:
    print("| HTTP /v1/experts p50 / /v1/search p50, wrk -c1 (≤ 2) | %s |" % ratio(we.get("p50"), w1.get("p50")))
if check.get("search") and check.get("experts"):
    print("| same, check pass (the same 1 000 queries on both) | %s |"
          % ratio(float(check["experts"]["p50_ms"]), float(check["search"]["p50_ms"])))
if w1 and wn:
    print("| HTTP /v1/search p50 / ?facets= p50, wrk -c1 | %s |" % ratio(w1.get("p50"), wn.get("p50")))
if w16 and bare2:
    print("| HTTP /v1/search 16 connections requests/s / bare loop 2-thread queries/s (≥ 0.8) | %s |"
          % ratio(w16["rps"], bare2))
if w1 and kennis:
    print("| HTTP /v1/search p50 wrk -c1 / in-process Searcher::search mean | %s |" % ratio(w1.get("p50") / 1e3, kennis))
if rs and ra:
    print("| searchd VmRSS after load / after start (≤ 2) | %s |" % ratio(ra["VmRSS"], rs["VmRSS"]))
print()
print("Absolute targets: /v1/search at 1 connection p50 ≤ 2 ms, p99 ≤ 10 ms; at 16 connections p99 ≤ 40 ms.")
print()
# profiles: the self time of the top symbols, and the inclusive time of kennis's functions
def perf_rows(path, want):
    rows = []
    if not os.path.exists(path):
        return rows
    for l in open(path):
        m = re.match(r"^\s+([\d.]+)%\s+(?:([\d.]+)%\s+)?\[(.)\]\s+(.*)$", l)
        if m and want(m.group(4)):
            # without perf's empty IPC columns ("-  -") after the symbol
            rows.append((float(m.group(1)), re.sub(r"(\s+-)+\s*$", "", m.group(4)).strip()))
    return rows

def short(sym, n=150):
    return sym if len(sym) <= n else sym[:n - 1] + "…"

for e in ("search", "experts"):
    self_rows = perf_rows(os.path.join(out, "perf-%s.self.txt" % e), lambda s: True)
    if not self_rows:
        continue
    print("## CPU profile, /v1/%s at one connection (perf -F 999, load at start %s)" % (e, ld("perf-" + e)))
    print()
    dso = [(float(m.group(1)), m.group(2)) for m in
           (re.match(r"^\s+([\d.]+)%\s+(\S+)", l) for l in open(os.path.join(out, "perf-%s.dso.txt" % e)))
           if m]
    print("Self time by object: " + ", ".join("%s %.1f %%" % (d, p) for p, d in dso[:8]))
    print()
    print("Self time (≥ 1.5 %):")
    print()
    for pct, sym in self_rows[:25]:
        print("    %6.2f %%  %s" % (pct, short(sym)))
    print()
    kennis_rows = perf_rows(os.path.join(out, "perf-%s.children.txt" % e),
                            lambda s: "kennis" in s or "httplib" in s or "nlohmann" in s or "Xapian::" in s)
    print("Inclusive time (children) of kennis, httplib, nlohmann and Xapian functions (≥ 0.5 %, first 45):")
    print()
    for pct, sym in kennis_rows[:45]:
        print("    %6.2f %%  %s" % (pct, short(sym)))
    print()
PY
echo "read_side.sh: $OUT/summary.md"
