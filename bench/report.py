#!/usr/bin/env python3
"""Helpers of bench/run.sh: request paths for wrk, an answer check, and the figures (ratios
against the baselines) read from hyperfine, Google Benchmark and wrk output.

    report.py paths QUERIES.jsonl OUT.txt        /v1/search?q=... per query (URL-encoded)
    report.py check PORT PATHS.txt               every path over one keep-alive connection: 200, hits
    report.py index N HYPERFINE.json...          indexing rates and ratio
    report.py search BENCH.json                  query latencies and ratio
    report.py analysis BENCH.json                analysis stage rates
    report.py wrk WRK_OUTPUT.txt [HOW]           p50/p99 and requests/s
    report.py latency PORT SEARCH.paths EXPERTS.paths ROUNDS
                                                 the two endpoints interleaved, query by query
"""
import http.client
import json
import re
import sys
import urllib.parse


def paths(queries, out):
    n = 0
    with open(queries, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            line = line.strip()
            if not line:
                continue
            q = json.loads(line).get("query")
            if isinstance(q, str) and q:
                o.write("/v1/search?q=%s\n" % urllib.parse.quote(q, safe=""))
                n += 1
    if n == 0:
        sys.exit("report.py: no queries in %s" % queries)
    print("%d request paths -> %s" % (n, out))


def check(port, paths_file):
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
    total = empty = 0
    bad = []
    for path in open(paths_file, encoding="utf-8").read().split():
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        total += 1
        if r.status != 200:
            bad.append("%s -> %d %s" % (path, r.status, body[:200]))
            continue
        if not json.loads(body).get("hits"):
            empty += 1
    print("answer check: %d requests on one keep-alive connection, %d not 200, %d without hits"
          % (total, len(bad), empty))
    for b in bad[:5]:
        print("  " + b)
    if bad or empty:
        sys.exit(1)


def index(n, *hyperfine_jsons):
    n = int(n)
    results = {}
    for path in hyperfine_jsons:
        for r in json.load(open(path))["results"]:
            e = results.setdefault(r["command"], {"times": [], "cpu": []})
            e["times"] += r["times"]
            e["cpu"] += [r["user"] + r["system"]] * len(r["times"])
    def mean(xs):
        return sum(xs) / len(xs)
    def sd(xs):
        m = mean(xs)
        return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5 if len(xs) > 1 else 0.0
    base = results["bare-xapian"]
    print("indexing %d document records (hyperfine, %d interleaved runs each; mean ± stddev wall time):"
          % (n, len(base["times"])))
    for name, r in results.items():
        print("  %-26s %7.2f s ± %5.2f  %7.0f records/s   cpu %6.2f s (%5.0f records/cpu-s)"
              % (name, mean(r["times"]), sd(r["times"]), n / mean(r["times"]), mean(r["cpu"]), n / mean(r["cpu"])))
    for name, r in results.items():
        if name == "bare-xapian":
            continue
        print("  ratio %s / bare-xapian: %.2f (records/s), %.2f (records per cpu-second)"
              % (name, mean(base["times"]) / mean(r["times"]), mean(base["cpu"]) / mean(r["cpu"])))


def load_benchmarks(path):
    out = {}
    for b in json.load(open(path))["benchmarks"]:
        if b.get("error_occurred"):
            out[b["run_name"]] = {"error": b.get("error_message", "error")}
            continue
        if b.get("run_type") == "aggregate":
            out.setdefault(b["run_name"], {})[b["aggregate_name"]] = b
        else:
            out.setdefault(b["run_name"], {}).setdefault("runs", []).append(b)
    return out


def stat(entry, key="real_time"):
    if "mean" in entry:
        return entry["mean"][key], entry.get("stddev", {}).get(key, 0.0)
    runs = entry["runs"]
    return sum(r[key] for r in runs) / len(runs), 0.0


def search(path):
    b = load_benchmarks(path)
    print("query latency in-process (search_bench; one iteration = all queries once):")
    rows = {}
    for name, entry in b.items():
        if "error" in entry:
            print("  %-34s ERROR: %s" % (name, entry["error"]))
            continue
        mean, sd = stat(entry)
        cpu, _ = stat(entry, "cpu_time")
        q = (entry.get("mean") or entry["runs"][0])["queries"]
        rows[name.split("/")[0]] = mean / q
        relaxed = (entry.get("mean") or entry["runs"][0]).get("relaxed", 0)
        print("  %-34s %8.3f ms/query ± %.3f (wall), %8.3f ms/query cpu; %d of %d queries relaxed to OR"
              % (name, mean / q, sd / q, cpu / q, relaxed, q))
    base = rows.get("BM_BareXapian")
    for name in ("BM_KennisSearch", "BM_KennisSearch_NoFacets"):
        if base and name in rows:
            print("  ratio %s / BM_BareXapian mean latency: %.1f" % (name, rows[name] / base))


def analysis(path):
    b = load_benchmarks(path)
    print("analysis stages (analysis_bench, 1000 records per iteration; rates per CPU second):")
    rates = {}
    for name, entry in b.items():
        if "error" in entry:
            print("  %-24s ERROR: %s" % (name, entry["error"]))
            continue
        e = entry.get("mean") or entry["runs"][0]
        rates[name] = e["items_per_second"]
        print("  %-24s %8.2f MB/s  %8.0f records/s" % (name, e["bytes_per_second"] / 1e6, e["items_per_second"]))
    if "BM_XapianTermGenerator" in rates and "BM_PrepareDocument" in rates:
        print("  ratio PrepareDocument / XapianTermGenerator: %.2f"
              % (rates["BM_PrepareDocument"] / rates["BM_XapianTermGenerator"]))


def to_ms(value, unit):
    return float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]


def wrk_latencies(text):
    """Latency percentiles (ms) of wrk --latency output, by "50", "75", "90", "99"."""
    return dict((p, to_ms(v, u)) for p, v, u in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M))


def wrk(path, how="wrk -t2 -c8 -d10s"):
    text = open(path).read()
    lat = wrk_latencies(text)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    total = re.search(r"(\d+) requests in", text)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors:.*", text)
    print("HTTP GET /v1/search (%s, keep-alive):" % how)
    print("  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  %.0f requests/s  (%s requests, non-2xx: %s%s)"
          % (lat.get("50", float("nan")), lat.get("90", float("nan")), lat.get("99", float("nan")),
             float(rps.group(1)) if rps else float("nan"), total.group(1) if total else "?",
             non2xx.group(1) if non2xx else "0", ", " + errors.group(0) if errors else ""))
    if non2xx:
        sys.exit(1)


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    k = max(0, min(len(sorted_values) - 1, int(-(-p * len(sorted_values) // 100)) - 1))
    return sorted_values[k]


def latency(port, search_paths, experts_paths, rounds):
    """Times GET of every path pair (same query text, /v1/search and /v1/experts) on one
    keep-alive connection per endpoint, ROUNDS times, alternating which endpoint goes first, so
    that both see the same machine load. Prints p50/p90/p99 (ms) and the ratios."""
    import time
    pairs = list(zip(open(search_paths, encoding="utf-8").read().split(),
                     open(experts_paths, encoding="utf-8").read().split()))
    conns = [http.client.HTTPConnection("127.0.0.1", int(port), timeout=120) for _ in range(2)]
    times = ([], [])
    for r in range(int(rounds)):
        for i, pair in enumerate(pairs):
            order = (0, 1) if (r + i) % 2 == 0 else (1, 0)
            for e in order:
                t = time.perf_counter()
                conns[e].request("GET", pair[e])
                resp = conns[e].getresponse()
                resp.read()
                times[e].append((time.perf_counter() - t) * 1000)
                if resp.status != 200:
                    sys.exit("report.py: %s -> %d" % (pair[e], resp.status))
    print("sequential, one keep-alive connection per endpoint, %d queries x %d rounds, interleaved:"
          % (len(pairs), int(rounds)))
    stats = []
    for name, ts in zip(("/v1/search", "/v1/experts"), times):
        ts = sorted(ts)
        st = {p: percentile(ts, p) for p in (50, 90, 99)}
        stats.append(st)
        print("  %-12s p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  mean %8.2f ms  (%d requests)"
              % (name, st[50], st[90], st[99], sum(ts) / len(ts), len(ts)))
    print("  ratio experts / search: p50 %.1f  p90 %.1f  p99 %.1f" % tuple(stats[1][p] / stats[0][p] for p in (50, 90, 99)))


if __name__ == "__main__":
    commands = {"paths": paths, "check": check, "index": index, "search": search,
                "analysis": analysis, "wrk": wrk, "latency": latency}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
