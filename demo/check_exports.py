#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check demo/exports/ (written by make_exports.py) with real parsers and against the .jsonl
files it was made from: json for Slack, csv (RFC 4180) for Viva Engage, zipfile +
xml.etree for .docx, html.parser for .html, an RFC 2849 reader for the LDIF, and pdftotext /
pdfinfo (poppler-utils; skipped with a note when missing) for the PDFs.

    python3 demo/check_exports.py      # exit status 0 when everything holds
"""
import base64
import csv
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
EXPORTS = os.path.join(HERE, "exports")
sys.path.insert(0, HERE)
import make_exports as mx  # noqa: E402

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
    return ok


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


profiles, posts, docs = load("profiles.jsonl"), load("posts.jsonl"), load("documents.jsonl")
by_id = {p["id"]: p for p in profiles}
by_post = {p["id"]: p for p in posts}


def words(text):
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


# ------------------------------------------------------------------ Slack
def check_slack():
    root = os.path.join(EXPORTS, "slack")
    read = lambda n: json.load(open(os.path.join(root, n), encoding="utf-8"))  # noqa: E731
    users, channels, groups, dms, mpims = (read(n) for n in
                                           ("users.json", "channels.json", "groups.json", "dms.json", "mpims.json"))
    check(len(users) == len(profiles), "slack: one user per profile")
    uid = {}
    for u in users:
        check(re.fullmatch(r"U[0-9A-Z]{8}", u["id"]) is not None, "slack: user id " + u["id"])
        person = u["profile"]["email"].split("@")[0]
        uid[u["id"]] = person
        check(u["deleted"] == (not by_id[person]["active"]), "slack: deleted flag of " + person)
        check(u["real_name"] == by_id[person]["name"], "slack: real_name of " + person)
    check(len(uid) == len(users), "slack: user ids unique")
    convs = {}
    for c in channels:
        check(re.fullmatch(r"C[0-9A-Z]{8}", c["id"]) is not None, "slack: channel id")
        check(c["creator"] in uid and all(m in uid for m in c["members"]), "slack: channel members are users")
        convs[c["name"]] = c
    check(sum(c["is_general"] for c in channels) == 1, "slack: exactly one general channel")
    for d in dms:
        check(re.fullmatch(r"D[0-9A-Z]{8}", d["id"]) is not None and len(d["members"]) == 2, "slack: dm " + d["id"])
        convs[d["id"]] = d
    for m in mpims:
        check(re.fullmatch(r"mpdm-.+-1", m["name"]) is not None, "slack: mpim name")
        convs[m["name"]] = m
    check(groups == [], "slack: no private channels (the demo's private groups are Engage groups)")
    folders = sorted(f for f in os.listdir(root) if os.path.isdir(os.path.join(root, f)))
    check(folders == sorted(convs), "slack: one folder per conversation: %s" % folders)

    messages = []
    for folder in folders:
        for name in sorted(os.listdir(os.path.join(root, folder))):
            check(re.fullmatch(r"\d{4}-\d{2}-\d{2}\.json", name) is not None, "slack: day file name " + name)
            day = json.load(open(os.path.join(root, folder, name), encoding="utf-8"))
            check(isinstance(day, list), "slack: day file is an array")
            for m in day:
                check(re.fullmatch(r"\d{10}\.\d{6}", m["ts"]) is not None, "slack: ts " + m["ts"])
                when = datetime.fromtimestamp(int(m["ts"].split(".")[0]), timezone.utc).strftime("%Y-%m-%d")
                check(when + ".json" == name, "slack: message %s in the day file of its UTC date" % m["ts"])
                messages.append((folder, m))
    by_ts = {(f, m["ts"]): m for f, m in messages}
    check(len(by_ts) == len(messages), "slack: ts unique per conversation")
    joins = [m for _, m in messages if m.get("subtype") == "channel_join"]
    check(len(joins) == len(channels), "slack: one channel_join per channel")
    user_messages = [(f, m) for f, m in messages if "subtype" not in m]
    slack_posts = [p for p in posts if p["source"] == "slack"]
    check(len(user_messages) == len(slack_posts), "slack: %d messages for %d posts" % (len(user_messages), len(slack_posts)))

    # Text: decode Slack's markup and escapes and compare with the post body.
    exact = prefixed = 0
    by_key = {(p["author"], mx.ts_of(p["created"], p["id"])): p for p in slack_posts}
    for folder, m in user_messages:
        p = by_key.get((uid[m["user"]], m["ts"]))
        if not check(p is not None, "slack: message %s %s matches no post" % (folder, m["ts"])):
            continue
        text = m["text"]
        rest = re.sub(r"<@U[0-9A-Z]{8}>|<https?://[^>|]+(\|[^>]*)?>", "", text)
        check("<" not in rest and ">" not in rest, "slack: unescaped < or > in " + p["id"])
        check(re.search(r"&(?!amp;|lt;|gt;)", rest) is None, "slack: unescaped & in " + p["id"])
        for ref in re.findall(r"<@(U[0-9A-Z]{8})>", text):
            check(ref in uid, "slack: mention of an unknown user in " + p["id"])
        check(sorted(uid[r] for r in re.findall(r"<@(U[0-9A-Z]{8})>", text)) == sorted(p.get("mentions") or []),
              "slack: mentions of " + p["id"])
        plain = re.sub(r"<@(U[0-9A-Z]{8})>", lambda x: by_id[uid[x.group(1)]]["name"].split()[0], text)
        plain = re.sub(r"<(https?://[^>|]+)(\|[^>]*)?>", r"\1", plain)
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if p.get("title"):
            check(plain.startswith("*%s*\n" % p["title"]), "slack: title of " + p["id"])
            plain = plain[len(p["title"]) + 3:]
        if plain == p["body"]:
            exact += 1
        elif check(plain.endswith(p["body"]), "slack: text of %s does not round-trip" % p["id"]):
            prefixed += 1
        # Threads.
        if p["thread"] == p["id"] and m.get("replies"):
            check(m["thread_ts"] == m["ts"] and m["reply_count"] == len(m["replies"]), "slack: thread " + p["id"])
            for r in m["replies"]:
                reply = by_ts.get((folder, r["ts"]))
                check(reply is not None and reply["thread_ts"] == m["ts"] and reply["parent_user_id"] == m["user"]
                      and reply["user"] == r["user"], "slack: reply %s of %s" % (r["ts"], p["id"]))
            check(m["latest_reply"] == max(r["ts"] for r in m["replies"]), "slack: latest_reply " + p["id"])
        elif p["thread"] != p["id"]:
            check(m.get("thread_ts") == mx.ts_of(by_post[p["thread"]]["created"], p["thread"]), "slack: thread_ts " + p["id"])
        for r in m.get("reactions", []):
            check(r["count"] == len(r["users"]) and all(u in uid for u in r["users"]), "slack: reaction " + p["id"])
    edited = sum("edited" in m for _, m in user_messages)
    check(edited == 1, "slack: one edited message")
    reactions = sum(len(m.get("reactions", [])) for _, m in user_messages)
    print("slack:  %d users, %d channels, %d dms, %d mpims, %d day files, %d messages (+%d channel_join); "
          "text round-trips for all (%d exactly, %d with a mention put in front); %d reactions, %d edited"
          % (len(users), len(channels), len(dms), len(mpims),
             sum(len(os.listdir(os.path.join(root, f))) for f in folders), len(user_messages), len(joins),
             exact, prefixed, reactions, edited))


# ------------------------------------------------------------------ Viva Engage
def check_engage():
    root = os.path.join(EXPORTS, "engage")
    tables = {}
    for name, header in (("Messages.csv", mx.MESSAGE_HEADER), ("Users.csv", mx.USER_HEADER),
                         ("Groups.csv", mx.GROUP_HEADER)):
        raw = open(os.path.join(root, name), "rb").read()
        raw.decode("utf-8")  # strict
        check(not raw.startswith(b"\xef\xbb\xbf"), "engage: %s has no BOM" % name)
        check(raw.endswith(b"\r\n"), "engage: %s ends with CRLF" % name)
        with open(os.path.join(root, name), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, strict=True))
        check(rows[0] == header, "engage: header of " + name)
        check(all(len(r) == len(header) for r in rows), "engage: field counts in " + name)
        # Every record ends in CRLF: re-serialising the parsed rows gives the file back.
        out = __import__("io").StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        check(out.getvalue().encode("utf-8") == raw, "engage: %s is canonical RFC 4180 with CRLF" % name)
        tables[name] = [dict(zip(header, r)) for r in rows[1:]]
    users = {u["id"]: u for u in tables["Users.csv"]}
    check(len(users) == len(profiles), "engage: one user per profile")
    for u in users.values():
        person = u["email"].split("@")[0]
        check(u["state"] == ("active" if by_id[person]["active"] else "soft_delete"), "engage: state of " + person)
    groups = {g["id"]: g for g in tables["Groups.csv"]}
    msgs = tables["Messages.csv"]
    engage_posts = [p for p in posts if p["source"] == "engage"]
    live = [m for m in msgs if not m["deleted_at"]]
    deleted = [m for m in msgs if m["deleted_at"]]
    check(len(live) == len(engage_posts) and len(deleted) == 1, "engage: message counts")
    ids = {m["id"] for m in msgs}
    multiline = 0
    for m, p in zip(live, sorted(engage_posts, key=lambda p: (mx.utc(p["created"]), p["id"]))):
        check(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", m["created_at"]) is not None, "engage: created_at")
        check(m["created_at"] == mx.engage_time(p["created"]), "engage: created_at of " + p["id"])
        check(users[m["sender_id"]]["email"] == by_id[p["author"]]["email"], "engage: sender of " + p["id"])
        check(m["thread_id"] in ids and (not m["replied_to_id"] or m["replied_to_id"] in ids), "engage: thread ids")
        check(groups[m["group_id"]]["name"] == m["group_name"] == p["group"], "engage: group of " + p["id"])
        private = p["group"] in mx.PRIVATE_GROUPS
        check(m["in_private_group"] == ("true" if private else "false") and groups[m["group_id"]]["private"] ==
              m["in_private_group"], "engage: privacy of " + p["id"])
        refs = re.findall(r"\[\[user:(\d+)\]\]", m["body"])
        check(sorted(users[r]["email"].split("@")[0] for r in refs) == sorted(p.get("mentions") or []),
              "engage: mentions of " + p["id"])
        plain = re.sub(r"\[\[user:(\d+)\]\]", lambda x: users[x.group(1)]["name"].split()[0], m["body"])
        if p.get("title"):
            check(plain.startswith(p["title"] + "\n\n"), "engage: title of " + p["id"])
            plain = plain[len(p["title"]) + 2:]
        check(plain.endswith(p["body"]), "engage: body of %s does not round-trip" % p["id"])
        multiline += "\n" in m["body"]
    print("engage: Users.csv %d (%d soft_delete), Groups.csv %d (%d private), Messages.csv %d rows "
          "(%d deleted, %d multi-line bodies); header exact, strict RFC 4180, CRLF, UTF-8; bodies round-trip"
          % (len(users), sum(u["state"] == "soft_delete" for u in users.values()), len(groups),
             sum(g["private"] == "true" for g in groups.values()), len(msgs), len(deleted), multiline))


# ------------------------------------------------------------------ files
class HtmlCheck(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = self.title = None
        self.stack, self.text, self.p = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag not in ("meta", "br"):
            self.stack.append(tag)
        self.p += tag == "p"

    def handle_endtag(self, tag):
        if check(self.stack and self.stack[-1] == tag, "html: unbalanced </%s>" % tag):
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "title":
            self.title = data
        elif "body" in self.stack:
            self.text.append(data)


def pdf_expected(text):
    return words(mx.winansi(text).decode("cp1252"))


def check_files():
    root = os.path.join(EXPORTS, "files")
    found = sorted(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
                   for d, _, fs in os.walk(root) for f in fs)
    check(found == sorted(mx.export_path(d) for d in docs), "files: one file per document")
    rules = mx.access_rules(docs)
    have_pdftotext = shutil.which("pdftotext") is not None
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    counts, pdf_pages = {}, 0
    for d in docs:
        rel = mx.export_path(d)
        path = os.path.join(root, rel)
        ext = os.path.splitext(rel)[1]
        counts[ext] = counts.get(ext, 0) + 1
        when = mx.parse_time(d.get("updated") or d["created"]).timestamp()
        check(int(os.stat(path).st_mtime) == int(when), "files: mtime of " + rel)
        prefix = max((k for k in rules if not k or rel.startswith(k + "/")), key=len)
        expect = "public" if d["acl"] == "public" else sorted(d["acl"]["groups"])
        check(rules[prefix] == expect, "files: access rule for " + rel)
        body_words = words(d["body"])
        if ext == ".md":
            check(open(path, encoding="utf-8").read() == d["body"] + "\n", "files: text of " + rel)
        elif ext == ".html":
            h = HtmlCheck()
            h.feed(open(path, encoding="utf-8").read())
            h.close()
            check(h.lang == d["lang"] and h.title == d["title"] and h.p > 0 and not h.stack, "files: html " + rel)
            check(words(" ".join(h.text)) == words(d["title"]) + body_words, "files: html text of " + rel)
        elif ext == ".docx":
            with zipfile.ZipFile(path) as z:
                check(z.testzip() is None, "docx: crc of " + rel)
                names = z.namelist()
                check(names[0] == "[Content_Types].xml" and "_rels/.rels" in names, "docx: parts of " + rel)
                for n in names:
                    ET.fromstring(z.read(n))  # every part is well-formed XML
                types = ET.fromstring(z.read("[Content_Types].xml"))
                overrides = {o.get("PartName") for o in types}
                check(all("/" + n in overrides or n.endswith(".rels") for n in names if n.endswith(".xml")
                          and n != "[Content_Types].xml"), "docx: content types of " + rel)
                for rels_name in (n for n in names if n.endswith(".rels")):
                    base = rels_name.replace("_rels/", "").rsplit(".rels", 1)[0]
                    folder = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
                    for r in ET.fromstring(z.read(rels_name)):
                        check(folder + r.get("Target") in names, "docx: relationship target in " + rel)
                doc = ET.fromstring(z.read("word/document.xml"))
                paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in doc.iter(W + "p")]
                check(words(" ".join(paras)) == words(d["title"]) + body_words, "docx: text of " + rel)
                core = ET.fromstring(z.read("docProps/core.xml"))
                get = lambda tag: core.find(tag).text  # noqa: E731
                check(get("{http://purl.org/dc/elements/1.1/}title") == d["title"], "docx: dc:title of " + rel)
                check(get("{http://purl.org/dc/elements/1.1/}creator") == by_id[d["authors"][0]]["name"],
                      "docx: dc:creator of " + rel)
                check(get("{http://purl.org/dc/elements/1.1/}language") == d["lang"], "docx: dc:language of " + rel)
                check(get("{http://purl.org/dc/terms/}created") == mx.w3cdtf(d["created"]), "docx: created " + rel)
                check(get("{http://purl.org/dc/terms/}modified") == mx.w3cdtf(d.get("updated") or d["created"]),
                      "docx: modified " + rel)
        elif ext == ".pdf":
            data = open(path, "rb").read()
            check(data.startswith(b"%PDF-1.4\n") and data.rstrip().endswith(b"%%EOF"), "pdf: header/trailer " + rel)
            startxref = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data).group(1))
            check(data[startxref:startxref + 4] == b"xref", "pdf: startxref of " + rel)
            n = int(re.match(rb"xref\n0 (\d+)\n", data[startxref:]).group(1))
            table = data[startxref:].split(b"\n", 2)[2]
            for i in range(1, n):
                entry = table[20 * i:20 * i + 20]
                off = int(entry[:10])
                check(len(entry) == 20 and data[off:].startswith(b"%d 0 obj" % i), "pdf: xref entry %d of %s" % (i, rel))
            for m in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
                end = m.end() + int(m.group(1))
                check(data[end:end + 9] == b"endstream", "pdf: stream length in " + rel)
            if have_pdftotext:
                text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                                      capture_output=True).stdout.decode("utf-8")
                check(words(text) == pdf_expected(d["title"]) + pdf_expected(d["body"]) +
                      words(" ".join("%d / %d" % (i, text.count("\f")) for i in range(1, text.count("\f") + 1))),
                      "pdf: pdftotext of " + rel)
                info = subprocess.run(["pdfinfo", "-isodates", path], check=True, capture_output=True).stdout.decode()
                fields = dict(re.findall(r"^(\w+):\s*(.*)$", info, re.M))
                check(fields.get("Title") == d["title"], "pdf: Title of %s: %r" % (rel, fields.get("Title")))
                check(fields.get("Author") == by_id[d["authors"][0]]["name"], "pdf: Author of " + rel)
                check(mx.parse_time(fields["CreationDate"]) == mx.parse_time(d["created"]), "pdf: CreationDate " + rel)
                check(fields.get("Syntax") is None or "error" not in fields.get("Syntax", ""), "pdf: syntax " + rel)
                pdf_pages += int(fields["Pages"])
                err = subprocess.run(["pdftotext", path, "/dev/null"], capture_output=True).stderr
                check(err == b"", "pdf: poppler complains about %s: %s" % (rel, err[:200]))
            if shutil.which("qpdf"):
                r = subprocess.run(["qpdf", "--check", path], capture_output=True)
                check(r.returncode == 0, "pdf: qpdf --check %s: %s" % (rel, r.stdout[-300:]))
    print("files:  %s; text, metadata, mtimes and access rules match%s%s" % (
        ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items())),
        "; pdftotext/pdfinfo read all PDFs (%d pages)" % pdf_pages if have_pdftotext else
        "; pdftotext not installed: PDF text not checked (apt-get install poppler-utils)",
        "; qpdf --check passes" if shutil.which("qpdf") else ""))


# ------------------------------------------------------------------ LDIF
def read_ldif(text):
    """A small RFC 2849 reader: version line, folding, base64 values; returns [(dn, {attr: [v]})]."""
    check(all(len(line.encode("utf-8")) <= 76 for line in text.split("\n")), "ldif: a line longer than 76 bytes")
    physical = text.split("\n")
    check(physical[0] == "version: 1", "ldif: version line")
    logical = []
    for line in physical[1:]:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    entries, cur = [], None
    for line in logical + [""]:
        if not line:
            if cur:
                entries.append(cur)
            cur = None
            continue
        attr, sep, value = line.partition(":")
        check(sep == ":", "ldif: line without a colon")
        if value.startswith(":"):
            value = base64.b64decode(value[1:].strip(), validate=True).decode("utf-8")
        else:
            check(all(ord(c) < 128 for c in value), "ldif: non-ASCII value not base64-encoded")
            value = value[1:] if value.startswith(" ") else value
        if cur is None:
            check(attr == "dn", "ldif: entry does not start with dn")
            cur = (value, {})
        else:
            cur[1].setdefault(attr, []).append(value)
    return entries


def check_ldif():
    text = open(os.path.join(EXPORTS, "people.ldif"), encoding="utf-8").read()
    entries = read_ldif(text)
    dns = {dn for dn, _ in entries}
    persons = {a["uid"][0]: (dn, a) for dn, a in entries if "inetOrgPerson" in a["objectClass"]}
    groups = {a["cn"][0]: (dn, a) for dn, a in entries if "groupOfNames" in a["objectClass"]}
    check(sorted(persons) == sorted(by_id), "ldif: one person per profile")
    for pid, (dn, a) in persons.items():
        p = by_id[pid]
        one = lambda k: a.get(k, [None])[0]  # noqa: E731
        check(dn == mx.person_dn(pid), "ldif: dn of " + pid)
        check(one("cn") == p["name"] and one("displayName") == p["name"] and one("mail") == p["email"] and
              one("title") == p["job_title"] and one("ou") == p["department"] and one("l") == p["location"] and
              one("description") == p["about"], "ldif: attributes of " + pid)
        check(one("givenName") + " " + one("sn") == p["name"], "ldif: givenName + sn of " + pid)
        check(one("preferredLanguage").split(",")[0] == p["languages"][0], "ldif: preferredLanguage of " + pid)
        check([l.split(";")[0].strip() for l in one("preferredLanguage").split(",")] == p["languages"],
              "ldif: languages of " + pid)
        check(a.get("businessCategory", []) == p["skills"], "ldif: skills of " + pid)
        check(sorted(a.get("memberOf", [])) == sorted(mx.group_dn(g) for g in p["groups"]), "ldif: memberOf " + pid)
        check(all(m in dns for m in a.get("memberOf", []) + a.get("manager", [])), "ldif: dangling DN in " + pid)
        check((one("manager") or None) == (mx.person_dn(p["manager"]) if p.get("manager") else None), "ldif: manager " + pid)
        check((one("employeeType") == "disabled") == (not p["active"]), "ldif: employeeType of " + pid)
    for name, (dn, a) in groups.items():
        members = sorted(mx.person_dn(p["id"]) for p in profiles if name in p["groups"])
        check(sorted(a["member"]) == members, "ldif: members of " + name)
    b64 = len(re.findall(r"^[A-Za-z]+:: ", text, re.M))
    folded = len(re.findall(r"^ ", text, re.M))
    print("ldif:   %d entries (%d persons, %d groupOfNames, %d disabled); %d base64 values, %d continuation "
          "lines, no line over 76 bytes; round-trips to the profiles"
          % (len(entries), len(persons), len(groups), sum("employeeType" in a for _, a in persons.values()), b64, folded))


def check_config():
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        print("config: tomllib missing (Python < 3.11); kennis.toml not checked")
        return
    with open(os.path.join(HERE, "kennis.toml"), "rb") as f:
        config = tomllib.load(f)
    sources = {s["name"]: s for s in config["source"]}
    for s in sources.values():
        check(os.path.exists(os.path.join(HERE, s["path"])), "config: path of source " + s["name"])
    check(sources["files"]["access"] == mx.access_rules(docs), "config: files access rules differ from make_exports.py")
    print("config: kennis.toml parses; %d sources, their paths exist, the access rules match the file tree"
          % len(sources))


def main():
    for step in (check_slack, check_engage, check_files, check_ldif, check_config):
        try:
            step()
        except Exception as e:  # a crash is a failure too
            import traceback
            traceback.print_exc()
            failures.append("%s: %r" % (step.__name__, e))
    if failures:
        print("\n%d problem(s):" % len(failures))
        for f in failures[:50]:
            print("  " + f)
        sys.exit(1)
    print("all exports check out")


if __name__ == "__main__":
    main()
