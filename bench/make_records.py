#!/usr/bin/env python3
"""Converts the documents of a scaled corpus into kennis document records.

    python3 bench/make_records.py CORPUS_DIR OUT.jsonl [--acl-groups N]

CORPUS_DIR is the output of ../shared/tools/corpus/scale.py; its documents/docs-NNNNN.jsonl
lines are {id, path, lang, format, title, modified, author, body}. Each becomes one record of
schemas/document.schema.json: {id, title, body, lang, created, path, authors, media_type,
acl: "public"}. Records keep the input order. Prints the record count and bytes on stderr.

--acl-groups N (bench/access_bench.cc): a fifth of the records stay public, the others are
shared with one group of N, "team-0000" .. "team-<N-1>", chosen by a hash of the id
(deterministic), so that an access filter has real work.
"""
import glob
import zlib
import json
import os
import sys

MEDIA_TYPES = {"txt": "text/plain", "md": "text/markdown", "html": "text/html"}


def main():
    args = sys.argv[1:]
    acl_groups = 0
    if len(args) == 4 and args[2] == "--acl-groups":
        acl_groups = int(args[3])
        args = args[:2]
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, out_path = args
    shards = sorted(glob.glob(os.path.join(corpus, "documents", "docs-*.jsonl")))
    if not shards:
        sys.exit("make_records: no documents/docs-*.jsonl under %s" % corpus)
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for shard in shards:
            with open(shard, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    d = json.loads(line)
                    record = {
                        "id": d["id"],
                        "title": d["title"],
                        "body": d["body"],
                        "lang": d["lang"],
                        "created": d["modified"],
                        "path": d["path"],
                        "authors": [d["author"]],
                        "acl": "public",
                    }
                    if acl_groups:
                        h = zlib.crc32(d["id"].encode("utf-8"))
                        if h % 5 != 0:
                            record["acl"] = {"groups": ["team-%04d" % ((h // 5) % acl_groups)]}
                    if d.get("format") in MEDIA_TYPES:
                        record["media_type"] = MEDIA_TYPES[d["format"]]
                    out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                    count += 1
    print("make_records: %d records, %d bytes -> %s" % (count, os.path.getsize(out_path), out_path),
          file=sys.stderr)


if __name__ == "__main__":
    main()
