#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate the demo data against the JSON Schemas in ../schemas and check
cross-references. Needs the jsonschema module (Debian: python3-jsonschema).

    python3 demo/validate_demo.py          # exit status 0 when everything is fine
"""
import collections
import json
import os
import sys
from datetime import datetime

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(os.path.dirname(HERE), "schemas")
FILES = {"profiles.jsonl": "profile.schema.json",
         "posts.jsonl": "post.schema.json",
         "documents.jsonl": "document.schema.json"}
PRIVATE_GROUPS = {"hr-vertrouwelijk", "directie"}

errors = []


def err(msg):
    errors.append(msg)


def load_schema(name):
    with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
        return json.load(f)


def validator_for(name):
    schema = load_schema(name)
    base = "file://" + SCHEMAS + "/"
    store = {n: load_schema(n) for n in os.listdir(SCHEMAS) if n.endswith(".json")}
    store.update({base + n: s for n, s in store.items()})
    resolver = jsonschema.RefResolver(base_uri=base + name, referrer=schema, store=store)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())


def parse_dt(s):
    """Parse an RFC 3339 date-time; None when it is not valid."""
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00").replace(" ", "T"))
    except (ValueError, AttributeError):
        return None


def read(name):
    recs = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (name, n))
                continue
            try:
                recs.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err("%s:%d invalid JSON: %s" % (name, n, e))
    return recs


def main():
    data = {}
    for name, schema_name in FILES.items():
        v = validator_for(schema_name)
        recs = read(name)
        data[name] = recs
        ids = collections.Counter(r["id"] for _, r in recs)
        for i, c in ids.items():
            if c > 1:
                err("%s: duplicate id %s" % (name, i))
        for n, r in recs:
            for e in v.iter_errors(r):
                err("%s:%d %s: %s" % (name, n, "/".join(map(str, e.path)), e.message))
            for k in ("created", "updated"):
                if k in r and (parse_dt(r[k]) is None or parse_dt(r[k]).tzinfo is None):
                    err("%s:%d bad %s %r" % (name, n, k, r[k]))
            c, u = parse_dt(r.get("created", "")), parse_dt(r.get("updated", ""))
            if c and u and u < c:
                err("%s:%d updated before created" % (name, n))

    profiles = {r["id"]: r for _, r in data["profiles.jsonl"]}
    posts = {r["id"]: r for _, r in data["posts.jsonl"]}
    members = collections.defaultdict(set)
    for p in profiles.values():
        for g in p.get("groups", []):
            members[g].add(p["id"])

    def person(ref, where):
        if ref not in profiles:
            err("%s: unknown person %r" % (where, ref))

    for p in profiles.values():
        if "manager" in p:
            person(p["manager"], "profile %s manager" % p["id"])
        if p["email"].split("@")[0] != p["id"]:
            err("profile %s: e-mail does not match id" % p["id"])

    lo, hi = parse_dt("2021-01-01T00:00:00+00:00"), parse_dt("2026-11-30T23:59:59+00:00")
    for n, r in data["posts.jsonl"]:
        w = "posts.jsonl:%d (%s)" % (n, r["id"])
        person(r["author"], w + " author")
        for m in r.get("mentions", []):
            person(m, w + " mention")
        created = parse_dt(r["created"])
        if created is None:
            continue  # already reported
        if not lo <= created <= hi:
            err(w + " created outside 2021..2026-11")
        prof = profiles.get(r["author"], {})
        hired = parse_dt(prof.get("created", ""))
        if hired and created < hired:
            err(w + " written before the author was hired")
        left = parse_dt(prof.get("updated", ""))
        if prof.get("active") is False and left and created > left:
            err(w + " written after the author left")
        t = r.get("thread")
        if t and t not in posts:
            err(w + " unknown thread " + t)
        elif t and posts[t].get("thread") != t:
            err(w + " thread id is not a first post")
        rt = r.get("reply_to")
        if rt:
            if rt not in posts:
                err(w + " unknown reply_to " + rt)
            else:
                if posts[rt].get("thread") != t:
                    err(w + " reply_to is in another thread")
                parent = parse_dt(posts[rt]["created"])
                if parent and parent >= created:
                    err(w + " reply is not later than the post it answers")
                if posts[rt].get("group") != r.get("group"):
                    err(w + " reply in another group")
        g = r.get("group")
        acl = r["acl"]
        if g in PRIVATE_GROUPS:
            if acl != {"groups": [g]}:
                err(w + " private group post without group acl")
            if r["author"] not in members[g]:
                err(w + " author is not a member of private group " + g)
        if isinstance(acl, dict):
            for pr in acl.get("persons", []):
                person(pr, w + " acl")
            if "persons" in acl and r["author"] not in acl["persons"]:
                err(w + " direct message author not in acl")
            for grp in acl.get("groups", []):
                if grp not in members:
                    err(w + " acl group without members " + grp)

    for n, r in data["documents.jsonl"]:
        w = "documents.jsonl:%d (%s)" % (n, r["id"])
        for a in r.get("authors", []):
            person(a, w + " author")
        if "owner" in r:
            person(r["owner"], w + " owner")
        words = len(r["body"].split())
        if not 100 <= words <= 400:
            err("%s body has %d words" % (w, words))
        if isinstance(r["acl"], dict):
            for grp in r["acl"].get("groups", []):
                if grp not in members:
                    err(w + " acl group without members " + grp)
            for pr in r["acl"].get("persons", []):
                person(pr, w + " acl")

    for e in errors:
        print("ERROR", e)
    counts = ", ".join("%s %d" % (k, len(v)) for k, v in data.items())
    print("checked %s: %s" % (counts, "OK" if not errors else "%d errors" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
