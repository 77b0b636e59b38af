#!/usr/bin/env python3
"""Writes the read-side benchmark's queries (issue 12): the same 1 000 for every system.

    python3 bench/make_queries.py CORPUS_DIR OUT.jsonl [--known-item FILE] [-n 1000] [--seed 12]

CORPUS_DIR is the output of ../shared/tools/corpus/scale.py. OUT.jsonl gets one JSON object a
line, {"query": ..., "lang": ...}:

1. the queries of the shared corpus's known-item set (../shared/corpus/queries/known-item.jsonl,
   100 queries in de, en, fr, nl), in file order, with their "lang";
2. then queries drawn from the corpus itself until there are N in all: records are picked with
   random.Random(seed), without replacement, over all documents/docs-*.jsonl in name order;
   for each, a coin decides between its title and one body line (HTML tags and Markdown heading
   lines removed), and 1-4 consecutive words are taken from a random place of that text. The
   query's "lang" is the record's.

The words are the text's own, with the punctuation around them dropped (a word is a run of
letters or digits, joined by inner "-", "'", "." or "_"). Words that are the query language's
operators in upper case (AND, OR, NOT, XOR, NEAR, ADJ) are dropped too: in running text they are
ordinary words, but kennis and Xapian read them as operators. Nothing looks at search results:
the queries depend only on the corpus, the known-item file and the seed, so the same arguments
give byte-identical output.
"""
import argparse
import glob
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_KNOWN_ITEM = os.path.join(HERE, "..", "..", "shared", "corpus", "queries", "known-item.jsonl")
WORD = re.compile(r"\w+(?:[-'._]\w+)*")
OPERATORS = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}
TAG = re.compile(r"<[^>]*>")


def words_of(text):
    return [w for w in WORD.findall(text) if w not in OPERATORS]


def body_lines(body):
    """The body's text lines, without markup, Markdown headings and empty lines."""
    text = html.unescape(TAG.sub("\n", body))
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#") or line.lower().startswith("<!doctype"):
            continue
        lines.append(line)
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--known-item", default=DEFAULT_KNOWN_ITEM)
    ap.add_argument("-n", type=int, default=1000, help="queries in all (default 1000)")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    queries = []
    with open(args.known_item, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                q = json.loads(line)
                queries.append({"query": q["query"], "lang": q.get("lang", "en")})
    n_known = len(queries)

    shards = sorted(glob.glob(os.path.join(args.corpus, "documents", "docs-*.jsonl")))
    if not shards:
        sys.exit("make_queries: no documents/docs-*.jsonl under %s" % args.corpus)
    total = 0
    for shard in shards:
        with open(shard, encoding="utf-8") as f:
            total += sum(1 for line in f if line.strip())

    rng = random.Random(args.seed)
    wanted = max(0, args.n - n_known)
    # More candidates than needed: a record whose chosen text has no word gives no query.
    order = rng.sample(range(total), min(total, wanted * 2))
    picked = {i: rank for rank, i in enumerate(order)}
    records = {}
    i = 0
    for shard in shards:
        with open(shard, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                if i in picked:
                    records[picked[i]] = json.loads(line)
                i += 1

    drawn = {"title": 0, "body": 0}
    for rank in range(len(order)):
        if len(queries) >= args.n:
            break
        d = records[rank]
        source = "title" if rng.random() < 0.5 else "body"
        if source == "title":
            text = d["title"]
        else:
            lines = body_lines(d["body"])
            text = rng.choice(lines) if lines else ""
        words = words_of(text)
        k = rng.randint(1, 4)
        if not words:
            continue
        k = min(k, len(words))
        start = rng.randrange(len(words) - k + 1)
        queries.append({"query": " ".join(words[start:start + k]), "lang": d["lang"]})
        drawn[source] += 1

    with open(args.out, "w", encoding="utf-8") as out:
        for q in queries:
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    langs = {}
    for q in queries:
        langs[q["lang"]] = langs.get(q["lang"], 0) + 1
    print("make_queries: %d queries (%d known-item, %d from titles, %d from body lines of %d records; %s) -> %s"
          % (len(queries), n_known, drawn["title"], drawn["body"], total,
             ", ".join("%s %d" % kv for kv in sorted(langs.items())), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
