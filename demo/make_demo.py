#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the kennis demo data set: a small fictional organisation, Brughuis.

Writes profiles.jsonl, posts.jsonl and documents.jsonl next to this script.
Standard library only and fully deterministic: running it twice gives
byte-identical files. The texts live in demo_src/ and are hand-written; this
script only assigns ids, timestamps, URLs and access rules.

    python3 demo/make_demo.py
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

sys.dont_write_bytecode = True  # keep demo/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "demo_src"))

import people  # noqa: E402
import posts_a, posts_b, posts_c, posts_d  # noqa: E402,E401
import docs_nl, docs_en, docs_fr, docs_de  # noqa: E402,E401

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover - Python < 3.9
    ZoneInfo = None

DOMAIN = "brughuis.example"
PRIVATE_GROUPS = {"hr-vertrouwelijk", "directie"}
SLACK_GROUPS = {"gis-data", "it-support", "random"}
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".md": "text/markdown",
    ".html": "text/html",
}
# Default gaps (hours) between consecutive posts of a thread, cycled.
GAPS = [0.7, 1.6, 3.3, 0.45, 5.2, 2.1, 19.5, 0.9, 26.0, 1.2, 4.4]


def tz_of(person_id, by_id):
    loc = by_id[person_id]["location"]
    name = people.OFFICE_TZ.get(loc, "UTC")
    if ZoneInfo is None:
        return timezone.utc
    try:
        return ZoneInfo(name)
    except Exception:  # tz database missing
        return timezone.utc


def rfc3339(dt):
    """RFC 3339 with the local UTC offset, e.g. 2024-03-01T10:30:00+01:00."""
    return dt.isoformat(timespec="seconds")


def local_start(start, tz):
    naive = datetime.strptime(start, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=tz)


def write_jsonl(name, records):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------- profiles
def build_profiles(by_id):
    out = []
    for i, p in enumerate(people.PEOPLE):
        rec = {
            "id": p["id"],
            "name": p["name"],
            "email": p["id"] + "@" + DOMAIN,
            "job_title": p["job_title"],
            "department": p["department"],
            "location": p["location"],
            "languages": p["languages"],
            "skills": p["skills"],
            "ask_me_about": p["ask_me_about"],
            "about": p["about"],
            "groups": p["groups"],
        }
        if p.get("manager"):
            rec["manager"] = p["manager"]
        rec["lang"] = p["lang"]
        rec["created"] = p["created"]
        if p.get("updated"):
            rec["updated"] = p["updated"]
        elif i % 3 == 1:
            # some profiles were edited recently (deterministic)
            when = datetime(2026, 1 + (i * 5) % 10, 1 + (i * 7) % 27, 10, (i * 13) % 60)
            rec["updated"] = rfc3339(when.replace(tzinfo=tz_of(p["id"], by_id)))
        rec["url"] = "https://intranet.%s/people/%s" % (DOMAIN, p["id"])
        rec["source"] = "hr"
        rec["acl"] = "public"
        rec["active"] = p.get("active", True)
        out.append(rec)
    return out


# ------------------------------------------------------------------- posts
def build_posts(by_id):
    threads = posts_a.THREADS + posts_b.THREADS + posts_c.THREADS + posts_d.THREADS
    staged = []  # (utc, thread_no, pos, record-without-ids, reply_pos)
    for tno, t in enumerate(threads):
        first_author = t["posts"][0]["author"]
        t0 = local_start(t["start"], tz_of(first_author, by_id)).astimezone(timezone.utc)
        cur = t0
        for pos, p in enumerate(t["posts"]):
            if pos > 0:
                gap = p["gap"] if p["gap"] is not None else GAPS[(tno * 3 + pos) % len(GAPS)]
                cur = cur + timedelta(hours=gap, minutes=(tno * 7 + pos * 11) % 9)
            local = cur.astimezone(tz_of(p["author"], by_id))
            rec = {
                "title": t["title"] if pos == 0 and t["title"] else None,
                "body": p["body"],
                "author": p["author"],
                "author_name": by_id[p["author"]]["name"],
                "group": t["group"],
                "lang": p["lang"],
                "created": rfc3339(local),
            }
            if p["mentions"]:
                rec["mentions"] = p["mentions"]
            tags = (t["tags"] if pos == 0 else None) or p["tags"]
            if tags:
                rec["tags"] = tags
            if p["reactions"]:
                rec["reactions"] = p["reactions"]
            if p["likes"] is not None:
                rec["likes"] = p["likes"]
            if t["group"] is None:
                rec["acl"] = {"persons": t["persons"]}
            elif t["group"] in PRIVATE_GROUPS:
                rec["acl"] = {"groups": [t["group"]]}
            else:
                rec["acl"] = "public"
            rec["source"] = t["source"] or ("slack" if t["group"] in SLACK_GROUPS else "engage")
            reply_pos = None if pos == 0 else (p["to"] if p["to"] is not None else 0)
            staged.append((cur, tno, pos, rec, reply_pos))

    staged.sort(key=lambda s: (s[0], s[1], s[2]))
    ids = {}
    for n, (_, tno, pos, _, _) in enumerate(staged, 1):
        ids[(tno, pos)] = "post-%04d" % n

    out = []
    for _, tno, pos, rec, reply_pos in staged:
        pid = ids[(tno, pos)]
        r = {"id": pid}
        if rec["title"]:
            r["title"] = rec["title"]
        r["body"] = rec["body"]
        r["author"] = rec["author"]
        r["author_name"] = rec["author_name"]
        if rec["group"]:
            r["group"] = rec["group"]
        r["thread"] = ids[(tno, 0)]
        if reply_pos is not None:
            r["reply_to"] = ids[(tno, reply_pos)]
        r["lang"] = rec["lang"]
        r["created"] = rec["created"]
        for k in ("mentions", "tags", "likes", "reactions"):
            if k in rec:
                r[k] = rec[k]
        r["url"] = "https://engage.%s/posts/%s" % (DOMAIN, pid)
        r["source"] = rec["source"]
        r["acl"] = rec["acl"]
        out.append(r)
    return out


# --------------------------------------------------------------- documents
def build_documents(by_id):
    docs = docs_nl.DOCS + docs_en.DOCS + docs_fr.DOCS + docs_de.DOCS
    members = {}
    for p in people.PEOPLE:
        for g in p["groups"]:
            members.setdefault(g, set()).add(p["id"])
    docs = sorted(docs, key=lambda d: (datetime.fromisoformat(d["created"]).astimezone(timezone.utc), d["path"]))
    out = []
    for n, d in enumerate(docs, 1):
        body = "\n\n".join(par.strip() for par in d["body"].strip().split("\n\n"))
        ext = os.path.splitext(d["path"])[1].lower()
        r = {
            "id": "doc-%04d" % n,
            "title": d["title"],
            "body": body,
            "lang": d["lang"],
            "created": d["created"],
        }
        if d["updated"]:
            r["updated"] = d["updated"]
        r["authors"] = d["authors"]
        r["owner"] = d["owner"] or d["authors"][0]
        r["path"] = d["path"]
        r["media_type"] = MEDIA_TYPES[ext]
        if d["group"]:
            r["group"] = d["group"]
        if d["tags"]:
            r["tags"] = d["tags"]
        r["url"] = "https://files.%s/%s" % (DOMAIN, quote(d["path"], safe="/"))
        r["source"] = "fileshare"
        if d["acl"]:
            acl = {"groups": list(d["acl"]["groups"])}
            allowed = set().union(*(members.get(g, set()) for g in acl["groups"]))
            extra = [a for a in d["authors"] + [r["owner"]] if a not in allowed]
            extra = list(dict.fromkeys(extra))
            if extra:
                acl["persons"] = extra
            r["acl"] = acl
        else:
            r["acl"] = "public"
        out.append(r)
    return out


def main():
    by_id = {p["id"]: p for p in people.PEOPLE}
    profiles = build_profiles(by_id)
    posts = build_posts(by_id)
    documents = build_documents(by_id)
    for name, recs in (("profiles.jsonl", profiles), ("posts.jsonl", posts), ("documents.jsonl", documents)):
        path = write_jsonl(name, recs)
        print("wrote %4d records to %s" % (len(recs), os.path.relpath(path)))


if __name__ == "__main__":
    main()
