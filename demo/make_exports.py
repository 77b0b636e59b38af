#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write the Brughuis demo organisation in the real interchange formats that kennis-index's
connectors read, under demo/exports/:

    slack/        a Slack workspace export (unpacked): users.json, channels.json, groups.json,
                  dms.json, mpims.json and <conversation>/YYYY-MM-DD.json day files
    engage/       a Viva Engage (Yammer) network data export: Messages.csv, Users.csv, Groups.csv
    files/        a file share: .md, .html, .docx (OOXML) and .pdf (PDF 1.4) at their paths,
                  confidential documents in one folder per group, mtimes set to the documents'
    people.ldif   the staff directory, RFC 2849 LDIF (inetOrgPerson + groupOfNames)

It reads the three .jsonl files that make_demo.py writes (run that first when the texts in
demo_src/ change). Standard library only and deterministic: running it twice gives
byte-identical files (and the same mtimes under files/; git does not keep mtimes, so run this
again after a checkout when the file dates matter).

    python3 demo/make_exports.py
"""
import base64
import csv
import hashlib
import io
import json
import os
import re
import shutil
import sys
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape as xml_escape

sys.dont_write_bytecode = True  # keep demo/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "exports")
sys.path.insert(0, os.path.join(HERE, "demo_src"))

import people  # noqa: E402  (only for the offices' time zones)

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover - Python < 3.9
    ZoneInfo = None

DOMAIN = "brughuis.example"
BASE_DN = "dc=brughuis,dc=example"
PRIVATE_GROUPS = {"hr-vertrouwelijk", "directie"}

# Confidential documents go to one folder per group, right under their top-level folder (named
# in that folder's language), so that a path-prefix access rule expresses them. Folders that
# already are the confidential folder of their group keep their path.
CONFIDENTIAL_FOLDER = {
    "Directie": "Vertrouwelijk",
    "HR": "Vertrouwelijk",
    "Aanbestedingen": "Vertrouwelijk",
    "RH": "Confidentiel",
    "Sales France": "Confidentiel",
    "Projekte DE": "Vertraulich",
}

# Group descriptions (Engage Groups.csv, Slack topic/purpose, LDIF groupOfNames).
GROUP_INFO = {
    "aanbestedingen": ("Aanbestedingen en offertes: go/no-go, EMVI-plannen, raamovereenkomsten.",
                       "Tenders en offertes"),
    "directie": ("Managementteam van Brughuis (besloten).", "MT-overleg"),
    "duurzaamheid": ("Energie, warmtepompen, CO2-reductie en onze eigen footprint.", "Duurzaamheid"),
    "gis-data": ("GIS, kaarten, coördinatenstelsels, PostGIS en open data.",
                 "GIS & data: vragen, scripts en datasets"),
    "hr-vertrouwelijk": ("HR-zaken die niet openbaar zijn (besloten).", "HR vertrouwelijk"),
    "it-support": ("Vragen over laptops, e-mail, VPN en software. Storingen? Meld ze hier.",
                   "IT-support: stel je vraag, we helpen je zo snel mogelijk"),
    "privacy-avg": ("AVG / RGPD / DSGVO / GDPR: vragen aan de privacy officers.", "Privacy en AVG"),
    "projekte-de": ("Projekte und Ausschreibungen der Brughuis GmbH in Köln.", "Projekte DE"),
    "random": ("Alles wat nergens anders past: taart, fietsen, kerstborrels.",
               "Koffieautomaat ☕ Non-work banter and water cooler conversation"),
    "sales-france": ("Point commercial et offres de Brughuis France.", "Sales France"),
    "subsidies": ("Subsidies en financiering: regelingen, deadlines, cofinanciering.", "Subsidies"),
    "waterbeheer": ("Waterbeheer, overstromingsrisico, hydrologie en klimaatadaptatie.", "Waterbeheer"),
}

# Slack names for the reactions the demo uses.
EMOJI_NAMES = {
    "👍": "+1", "🎉": "tada", "🎄": "christmas_tree", "🍻": "beers", "😂": "joy", "🔎": "mag_right",
    "🚀": "rocket", "👏": "clap", "🚆": "train", "🙏": "pray", "❤️": "heart", "☕": "coffee",
}

TZ_LABEL = {"Europe/London": "Greenwich Mean Time"}


# ------------------------------------------------------------------ helpers
def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def digest(key):
    return hashlib.sha256(key.encode("utf-8")).digest()


def code(prefix, key, length=8):
    """A Slack-style id: prefix + `length` characters from [0-9A-Z], derived from `key`."""
    n = int.from_bytes(digest(key), "big")
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for _ in range(length):
        n, r = divmod(n, 36)
        out += alphabet[r]
    return prefix + out


def uuid_like(key):
    h = bytearray(digest(key)[:16])
    h[6] = (h[6] & 0x0F) | 0x40  # version 4
    h[8] = (h[8] & 0x3F) | 0x80  # RFC 4122 variant
    x = h.hex()
    return "%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:])


def parse_time(text):
    return datetime.fromisoformat(text)


def epoch(text):
    return int(parse_time(text).timestamp())


def utc(text):
    return parse_time(text).astimezone(timezone.utc)


def write_text(path, text, newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


def write_json(path, value):
    write_text(path, json.dumps(value, ensure_ascii=False, indent=4) + "\n")


def first_name(name):
    return name.split()[0]


def mention_spans(body, mentioned, by_id):
    """(start, end, person) of each mentioned person's first-name occurrence in `body`; people
    whose name does not occur are returned with start = None (the caller prefixes them)."""
    spans = []
    taken = []
    for person in mentioned:
        name = first_name(by_id[person]["name"])
        m = None
        for cand in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", body):
            if not any(a < cand.end() and cand.start() < b for a, b in taken):
                m = cand
                break
        if m:
            taken.append((m.start(), m.end()))
            spans.append((m.start(), m.end(), person))
        else:
            spans.append((None, None, person))
    return spans


# ------------------------------------------------------------------ Slack
def slack_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


URL_RE = re.compile(r"https?://[^\s<>\"']+")


def slack_text(body, mentioned, by_id, user_ids, title=None):
    """Slack message text: escaped as Slack escapes it, mentions as <@U…>, URLs as <url>."""
    spans = [s for s in mention_spans(body, mentioned or [], by_id) if s[0] is not None]
    prefix = [s[2] for s in mention_spans(body, mentioned or [], by_id) if s[0] is None]
    for m in URL_RE.finditer(body):
        url = m.group(0).rstrip(".,;:!?)")
        spans.append((m.start(), m.start() + len(url), "url:" + url))
    spans.sort()
    out, pos = [], 0
    for start, end, what in spans:
        out.append(slack_escape(body[pos:start]))
        out.append("<%s>" % what[4:] if what.startswith("url:") else "<@%s>" % user_ids[what])
        pos = end
    out.append(slack_escape(body[pos:]))
    text = "".join(out)
    if prefix:
        text = " ".join("<@%s>" % user_ids[p] for p in prefix) + " " + text
    if title:
        text = "*%s*\n%s" % (slack_escape(title), text)
    return text


def ts_of(created, key):
    return "%d.%06d" % (epoch(created), int.from_bytes(digest("ts:" + key)[:4], "big") % 1000000)


def pick_users(key, candidates, count):
    ranked = sorted(candidates, key=lambda u: digest(key + ":" + u))
    return ranked[:count]


def build_slack(profiles, posts, by_id):
    out = os.path.join(OUT, "slack")
    team = code("T", "team:brughuis")
    uid = {p["id"]: code("U", "user:" + p["id"]) for p in profiles}
    assert len(set(uid.values())) == len(uid)
    utc_epoch = lambda t: int(t.timestamp())  # noqa: E731

    # users.json
    users = []
    for p in profiles:
        tzname = people.OFFICE_TZ.get(p["location"], "UTC")
        offset = 0
        if ZoneInfo is not None:
            try:
                offset = int(datetime(2026, 1, 15, tzinfo=ZoneInfo(tzname)).utcoffset().total_seconds())
            except Exception:  # tz database missing
                offset = 0
        parts = p["name"].split()
        users.append({
            "id": uid[p["id"]],
            "team_id": team,
            "name": p["id"],
            "deleted": not p["active"],
            "real_name": p["name"],
            "tz": tzname,
            "tz_label": TZ_LABEL.get(tzname, "Central European Time"),
            "tz_offset": offset,
            "profile": {
                "title": p["job_title"],
                "real_name": p["name"],
                "real_name_normalized": strip_accents(p["name"]),
                "display_name": parts[0],
                "display_name_normalized": strip_accents(parts[0]),
                "first_name": parts[0],
                "last_name": " ".join(parts[1:]),
                "email": p["email"],
                "team": team,
            },
            "is_admin": p["department"] == "IT" and p["active"],
            "is_owner": p["id"] == profiles[0]["id"],
            "is_bot": False,
            "is_app_user": False,
            "updated": epoch(p.get("updated") or p["created"]),
        })
    write_json(os.path.join(out, "users.json"), users)

    slack_posts = [p for p in posts if p["source"] == "slack"]
    assert not [p for p in slack_posts if p.get("group") in PRIVATE_GROUPS], "private Slack channels: add groups.json"
    members_of = {}
    for p in profiles:
        for g in p["groups"]:
            members_of.setdefault(g, []).append(p["id"])

    # Conversations: public channels by group, DMs (two people) and MPIMs (more) by acl persons.
    conversations = {}  # key → dict(kind, id, folder, members, posts)
    for p in slack_posts:
        if p.get("group"):
            key = ("channel", p["group"])
        else:
            persons = tuple(p["acl"]["persons"])
            key = ("dm" if len(persons) == 2 else "mpim", persons)
        conversations.setdefault(key, []).append(p)

    channels, dms, mpims = [], [], []
    folder_messages = {}
    ts_by_post = {}
    for key in sorted(conversations, key=lambda k: (k[0], str(k[1]))):
        kind, what = key
        cposts = sorted(conversations[key], key=lambda p: p["id"])
        for p in cposts:
            ts_by_post[p["id"]] = ts_of(p["created"], p["id"])
        first = min(cposts, key=lambda p: ts_by_post[p["id"]])
        if kind == "channel":
            cid = code("C", "channel:" + what)
            folder = what
            members = list(members_of.get(what, []))
            for p in cposts:
                if p["author"] not in members:
                    members.append(p["author"])
            creator = first["author"]
            # A month before the first message, at 09:00 UTC.
            day = utc(first["created"]).date() - timedelta(days=30)
            created = utc_epoch(datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone.utc))
            purpose, topic = GROUP_INFO[what]
            channels.append({
                "id": cid,
                "name": what,
                "created": created,
                "creator": uid[creator],
                "is_archived": False,
                "is_general": what == "random",
                "members": [uid[m] for m in members],
                "topic": {"value": topic, "creator": uid[creator], "last_set": created},
                "purpose": {"value": purpose, "creator": uid[creator], "last_set": created},
            })
            join_ts = "%d.000200" % created
            folder_messages.setdefault(folder, []).append({
                "type": "message",
                "subtype": "channel_join",
                "ts": join_ts,
                "user": uid[creator],
                "text": "<@%s> has joined the channel" % uid[creator],
            })
            member_ids = members
        else:
            persons = list(what)
            member_ids = persons
            created = epoch(first["created"]) - 3600
            if kind == "dm":
                cid = code("D", "dm:" + ",".join(persons))
                folder = cid
                dms.append({"id": cid, "created": created, "members": [uid[m] for m in persons]})
            else:
                cid = code("G", "mpim:" + ",".join(persons))
                folder = "mpdm-%s-1" % "--".join(persons)
                mpims.append({
                    "id": cid, "name": folder, "created": created, "creator": uid[first["author"]],
                    "is_archived": False, "is_mpim": True, "members": [uid[m] for m in persons],
                    "topic": {"value": "", "creator": "", "last_set": 0},
                    "purpose": {"value": "Group messaging with: " + " ".join("@" + m for m in persons),
                                "creator": uid[first["author"]], "last_set": created},
                })
        assert len({ts_by_post[p["id"]] for p in cposts}) == len(cposts), "duplicate ts in " + folder

        replies = {}
        for p in cposts:
            if p["thread"] != p["id"]:
                replies.setdefault(p["thread"], []).append(p)
        for p in cposts:
            ts = ts_by_post[p["id"]]
            profile = by_id[p["author"]]
            msg = {
                "type": "message",
                "user": uid[p["author"]],
                "text": slack_text(p["body"], p.get("mentions"), by_id, uid, p.get("title")),
                "ts": ts,
                "client_msg_id": uuid_like("msg:" + p["id"]),
                "team": team,
                "user_team": team,
                "user_profile": {
                    "real_name": profile["name"],
                    "display_name": first_name(profile["name"]),
                    "name": profile["id"],
                    "first_name": first_name(profile["name"]),
                    "team": team,
                },
            }
            if p["id"] == EDITED_SLACK_POST:
                msg["edited"] = {"user": uid[p["author"]], "ts": "%d.000000" % (epoch(p["created"]) + 720)}
            rs = sorted(replies.get(p["id"], []), key=lambda r: ts_by_post[r["id"]])
            if rs:
                reply_users = list(dict.fromkeys(uid[r["author"]] for r in rs))
                msg.update({
                    "thread_ts": ts,
                    "reply_count": len(rs),
                    "reply_users_count": len(reply_users),
                    "latest_reply": ts_by_post[rs[-1]["id"]],
                    "reply_users": reply_users,
                    "replies": [{"user": uid[r["author"]], "ts": ts_by_post[r["id"]]} for r in rs],
                    "is_locked": False,
                    "subscribed": False,
                })
            elif p["thread"] != p["id"]:
                msg["thread_ts"] = ts_by_post[p["thread"]]
                msg["parent_user_id"] = uid[by_post[p["thread"]]["author"]]
            reactions = dict(p.get("reactions") or {})
            if not reactions and p.get("likes"):
                reactions = {"👍": p["likes"]}
            if reactions:
                others = [m for m in member_ids if m != p["author"] and by_id[m]["active"]]
                msg["reactions"] = []
                for emoji, count in reactions.items():
                    who = pick_users(p["id"] + emoji, others, count)
                    msg["reactions"].append({"name": EMOJI_NAMES[emoji], "users": [uid[w] for w in who],
                                             "count": len(who)})
            folder_messages.setdefault(folder, []).append(msg)

    write_json(os.path.join(out, "channels.json"), channels)
    write_json(os.path.join(out, "groups.json"), [])
    write_json(os.path.join(out, "dms.json"), dms)
    write_json(os.path.join(out, "mpims.json"), mpims)
    day_files = 0
    for folder, messages in sorted(folder_messages.items()):
        by_day = {}
        for m in messages:
            day = datetime.fromtimestamp(int(m["ts"].split(".")[0]), timezone.utc).strftime("%Y-%m-%d")
            by_day.setdefault(day, []).append(m)
        for day, ms in sorted(by_day.items()):
            ms.sort(key=lambda m: m["ts"])
            write_json(os.path.join(out, folder, day + ".json"), ms)
            day_files += 1
    return {"users": len(users), "channels": len(channels), "dms": len(dms), "mpims": len(mpims),
            "messages": len(slack_posts), "day files": day_files}


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ------------------------------------------------------------------ Viva Engage
MESSAGE_HEADER = ("id,replied_to_id,thread_id,conversation_id,group_id,group_name,participants,in_private_group,"
                  "in_private_conversation,sender_id,sender_type,sender_name,sender_email,body,api_url,attachments,"
                  "deleted_by_id,deleted_by_type,created_at,deleted_at").split(",")
USER_HEADER = ("id,name,email,job_title,location,department,api_url,deleted_by_id,deleted_by_type,joined_at,"
               "deleted_at,suspended_by_id,suspended_by_type,suspended_at,guid,state").split(",")
GROUP_HEADER = "id,name,description,private,deleted,api_url".split(",")
API = "https://www.yammer.com/api/v1"


def engage_time(text):
    return utc(text).strftime("%Y-%m-%d %H:%M:%S UTC")


def engage_body(body, mentioned, engage_id, by_id, title=None):
    spans = mention_spans(body, mentioned or [], by_id)
    prefix = [s[2] for s in spans if s[0] is None]
    out, pos = [], 0
    for start, end, person in sorted(s for s in spans if s[0] is not None):
        out.append(body[pos:start])
        out.append("[[user:%d]]" % engage_id[person])
        pos = end
    out.append(body[pos:])
    text = "".join(out)
    if prefix:
        text = " ".join("[[user:%d]]" % engage_id[p] for p in prefix) + " " + text
    if title:
        text = title + "\n\n" + text
    return text


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header)
        w.writerow(["" if v is None else v for v in r])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def build_engage(profiles, posts, by_id):
    out = os.path.join(OUT, "engage")
    engage_id = {p["id"]: 1501 + i for i, p in enumerate(profiles)}
    admin = engage_id["ruben.smit"]
    rows = []
    for p in profiles:
        inactive = not p["active"]
        left = p.get("updated") or p["created"]
        rows.append([
            engage_id[p["id"]], p["name"], p["email"], p["job_title"], p["location"], p["department"],
            "%s/users/%d" % (API, engage_id[p["id"]]),
            admin if inactive else "", "User" if inactive else "",
            engage_time(p["created"]), engage_time(left) if inactive else "",
            "", "", "", uuid_like("guid:" + p["id"]), "soft_delete" if inactive else "active",
        ])
    write_csv(os.path.join(out, "Users.csv"), USER_HEADER, rows)

    engage_posts = [p for p in posts if p["source"] == "engage"]
    names = sorted({p["group"] for p in engage_posts})
    group_id = {g: 10480000 + 137 * (i + 1) for i, g in enumerate(names)}
    write_csv(os.path.join(out, "Groups.csv"), GROUP_HEADER, [
        [group_id[g], g, GROUP_INFO[g][0], "true" if g in PRIVATE_GROUPS else "false", "false",
         "%s/groups/%d" % (API, group_id[g])] for g in names])

    def message_id(post_id):
        return 1960000000 + 1000 * int(post_id.split("-")[1])

    rows = []
    for p in engage_posts:
        mid = message_id(p["id"])
        private = p["group"] in PRIVATE_GROUPS
        rows.append((p["created"], mid, [
            mid, message_id(p["reply_to"]) if p.get("reply_to") else "", message_id(p["thread"]), "",
            group_id[p["group"]], p["group"], "", "true" if private else "false", "false",
            engage_id[p["author"]], "User", p["author_name"], by_id[p["author"]]["email"],
            engage_body(p["body"], p.get("mentions"), engage_id, by_id, p.get("title")),
            "%s/messages/%d" % (API, mid), "", "", "", engage_time(p["created"]), "",
        ]))
    # One message its author deleted a few minutes after posting it (a double post).
    thread = next(p for p in engage_posts if p["group"] == "subsidies" and p.get("title"))
    author = by_id["fenna.bakker"]
    posted = utc(thread["created"]) + timedelta(hours=2, minutes=13, seconds=7)
    mid = message_id(thread["id"]) + 1
    rows.append((posted.isoformat(), mid, [
        mid, message_id(thread["id"]), message_id(thread["id"]), "", group_id["subsidies"], "subsidies", "",
        "false", "false", engage_id[author["id"]], "User", author["name"], author["email"],
        "Sorry, dubbel gepost: dit stond al in de groep. Negeer dit bericht.", "%s/messages/%d" % (API, mid), "",
        engage_id[author["id"]], "User", posted.strftime("%Y-%m-%d %H:%M:%S UTC"),
        (posted + timedelta(minutes=4, seconds=51)).strftime("%Y-%m-%d %H:%M:%S UTC"),
    ]))
    rows.sort(key=lambda r: (utc(r[0]), r[1]))
    write_csv(os.path.join(out, "Messages.csv"), MESSAGE_HEADER, [r[2] for r in rows])
    return {"users": len(profiles), "groups": len(names), "messages": len(rows), "deleted": 1}


# ------------------------------------------------------------------ file share
def export_path(doc):
    if doc["acl"] == "public":
        return doc["path"]
    parts = doc["path"].split("/")
    word = CONFIDENTIAL_FOLDER[parts[0]]
    if len(parts) > 2 and parts[1] == word:
        return doc["path"]
    return "/".join([parts[0], word] + parts[1:])


def access_rules(docs):
    rules = {"": "public"}
    for d in docs:
        if d["acl"] != "public":
            prefix = "/".join(export_path(d).split("/")[:2])
            groups = sorted(d["acl"]["groups"])
            assert rules.setdefault(prefix, groups) == groups, prefix
    for d in docs:  # no public document may sit under a confidential prefix
        if d["acl"] == "public":
            assert not any(k and export_path(d).startswith(k + "/") for k in rules), d["path"]
    return rules


def blocks(body):
    """Paragraph blocks of a plain body, each a list of lines."""
    return [[line for line in par.split("\n") if line.strip()] for par in body.split("\n\n") if par.strip()]


def html_page(doc, by_id):
    e = lambda s: xml_escape(s, {'"': "&quot;"})  # noqa: E731
    out = ["<!DOCTYPE html>", '<html lang="%s">' % doc["lang"], "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(doc["title"]),
           '<meta name="author" content="%s">' % e(by_id[doc["authors"][0]]["name"]),
           '<meta name="dcterms.created" content="%s">' % doc["created"]]
    if doc.get("updated"):
        out.append('<meta name="dcterms.modified" content="%s">' % doc["updated"])
    if doc.get("tags"):
        out.append('<meta name="keywords" content="%s">' % e(", ".join(doc["tags"])))
    out += ["</head>", "<body>", "<h1>%s</h1>" % e(doc["title"])]
    for lines in blocks(doc["body"]):
        if all(re.match(r"^(- |\d+\. )", l) for l in lines):
            tag = "ul" if lines[0].startswith("- ") else "ol"
            out.append("<%s>" % tag)
            out += ["  <li>%s</li>" % e(re.sub(r"^(- |\d+\. )", "", l)) for l in lines]
            out.append("</%s>" % tag)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(e(l) for l in lines))
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def w3cdtf(text):
    return utc(text).strftime("%Y-%m-%dT%H:%M:%SZ")


DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="%(lang)s"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
</w:styles>
"""


def docx_bytes(doc, by_id, when):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    e = lambda s: xml_escape(s)  # noqa: E731

    def para(text, style=None):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, e(text))

    body = [para(doc["title"], "Title")]
    for lines in blocks(doc["body"]):
        for line in lines:
            body.append(para(line, "ListParagraph" if re.match(r"^(- |\d+\. )", line) else None))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" '
                'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>\n') % (W, "".join(body))
    modified = doc.get("updated") or doc["created"]
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>%s</dc:title><dc:creator>%s</dc:creator>%s<cp:lastModifiedBy>%s</cp:lastModifiedBy>"
            "<dc:language>%s</dc:language>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            "</cp:coreProperties>\n") % (
        e(doc["title"]), e(by_id[doc["authors"][0]]["name"]),
        "<cp:keywords>%s</cp:keywords>" % e(", ".join(doc["tags"])) if doc.get("tags") else "",
        e(by_id[doc["authors"][-1]]["name"]), doc["lang"], w3cdtf(doc["created"]), w3cdtf(modified))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Microsoft Office Word</Application><Company>Brughuis</Company></Properties>\n")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                     "</Types>\n")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>\n")
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                "</Relationships>\n")
    parts = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", DOCX_STYLES % {"lang": doc["lang"]}),
    ]
    buf = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


# Helvetica glyph widths (AFM, 1/1000 em) for ASCII 32..126, used to wrap lines.
HELVETICA_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
TRANSLIT = {"₂": "2", "₃": "3", "→": "->", "←": "<-", "≤": "<=", "≥": ">=", "≈": "~", "✓": "v", "−": "-",
            "\u00a0": " ", "\u202f": " ", "\u2009": " "}


def winansi(text):
    """Text as WinAnsiEncoding bytes (cp1252); other characters transliterated."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1252")
            continue
        except UnicodeEncodeError:
            pass
        t = TRANSLIT.get(c)
        if t is None:
            t = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            try:
                t.encode("cp1252")
            except UnicodeEncodeError:
                t = "?" if unicodedata.category(c)[0] in "LN" else ""
        out += t.encode("cp1252")
    return bytes(out)


def glyph_width(byte):
    if 32 <= byte <= 126:
        return HELVETICA_WIDTHS[byte - 32]
    c = bytes([byte]).decode("cp1252", errors="replace")
    base = strip_accents(c)
    if len(base) == 1 and 32 <= ord(base) <= 126:
        return HELVETICA_WIDTHS[ord(base) - 32]
    return 556


def wrap(text, size, width):
    words, lines, cur, cur_w = text.split(" "), [], "", 0.0
    space = 278 * size / 1000
    for word in words:
        w = sum(glyph_width(b) for b in winansi(word)) * size / 1000
        if cur and cur_w + space + w > width:
            lines.append(cur)
            cur, cur_w = word, w
        else:
            cur_w = cur_w + (space if cur else 0) + w
            cur = cur + " " + word if cur else word
    lines.append(cur)
    return lines


def pdf_string(raw):
    out = bytearray(b"(")
    for b in raw:
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif 32 <= b <= 126:
            out.append(b)
        else:
            out += b"\\%03o" % b
    return bytes(out + b")")


def pdf_text_string(text):
    """A text string for the Info dictionary: PDFDocEncoding when ASCII, else UTF-16BE."""
    if all(32 <= ord(c) <= 126 for c in text):
        return pdf_string(text.encode("ascii"))
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def pdf_date(text):
    t = parse_time(text)
    off = t.utcoffset()
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    zone = "Z" if minutes == 0 else "%s%02d'%02d'" % (sign, abs(minutes) // 60, abs(minutes) % 60)
    return pdf_string((t.strftime("D:%Y%m%d%H%M%S") + zone).encode("ascii"))


def pdf_bytes(doc, by_id):
    size, leading, per_page = 11, 16, 40
    left, top, width = 64, 780, 595 - 2 * 64
    lines = [("title", l) for l in wrap(doc["title"], 15, width)] + [("text", "")]
    for lines_of_block in blocks(doc["body"]):
        for line in lines_of_block:
            lines += [("text", l) for l in wrap(line, size, width)]
        lines.append(("text", ""))
    while lines and lines[-1][1] == "":
        lines.pop()
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]

    objects = []  # index 0 → object 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_obj = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for n, page in enumerate(pages, 1):
        ops = [b"BT", b"/F1 %d Tf" % size, b"%d TL" % leading, b"%d %d Td" % (left, top)]
        for kind, text in page:
            if kind == "title":
                ops += [b"/F1 15 Tf", pdf_string(winansi(text)) + b" Tj T*", b"/F1 %d Tf" % size]
            elif text:
                ops.append(pdf_string(winansi(text)) + b" Tj T*")
            else:
                ops.append(b"T*")
        ops += [b"ET", b"BT /F1 9 Tf %d 40 Td (%d / %d) Tj ET" % (595 // 2 - 12, n, len(pages))]
        stream = b"\n".join(ops) + b"\n"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                            % (pages_obj, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>" % (pages_obj, doc["lang"].encode())
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [%s] /Count %d >>"
                              % (b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids)))
    info = [b"/Title " + pdf_text_string(doc["title"]),
            b"/Author " + pdf_text_string(by_id[doc["authors"][0]]["name"]),
            b"/Creator (Microsoft Word)", b"/Producer (kennis demo/make_exports.py)",
            b"/CreationDate " + pdf_date(doc["created"]),
            b"/ModDate " + pdf_date(doc.get("updated") or doc["created"])]
    if doc.get("tags"):
        info.append(b"/Keywords " + pdf_text_string(", ".join(doc["tags"])))
    info_obj = add(b"<< " + b"\n   ".join(info) + b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    file_id = hashlib.md5(doc["id"].encode()).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info_obj, file_id, file_id, xref))
    return bytes(out), len(pages)


def build_files(docs, by_id):
    out = os.path.join(OUT, "files")
    counts = {}
    pdf_pages = 0
    for d in docs:
        rel = export_path(d)
        path = os.path.join(out, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        when = parse_time(d.get("updated") or d["created"])
        ext = os.path.splitext(rel)[1].lower()
        if ext in (".md", ".txt"):
            write_text(path, d["body"].rstrip("\n") + "\n")
        elif ext == ".html":
            write_text(path, html_page(d, by_id))
        elif ext == ".docx":
            with open(path, "wb") as f:
                f.write(docx_bytes(d, by_id, when.replace(tzinfo=None)))
        elif ext == ".pdf":
            data, n = pdf_bytes(d, by_id)
            pdf_pages += n
            with open(path, "wb") as f:
                f.write(data)
        else:
            raise SystemExit("no writer for " + rel)
        t = when.timestamp()
        os.utime(path, (t, t))
        counts[ext] = counts.get(ext, 0) + 1
    counts["pdf pages"] = pdf_pages
    return counts


# ------------------------------------------------------------------ LDIF
def ldif_line(attr, value):
    """One attribute line, base64 when RFC 2849 requires it, folded at 76 bytes."""
    raw = value.encode("utf-8")
    safe = (all(0x01 <= b <= 0x7F and b not in (0x0A, 0x0D) for b in raw)
            and not (raw[:1] in (b" ", b":", b"<")) and not raw.endswith(b" "))
    line = ("%s: %s" % (attr, value)) if safe else ("%s:: %s" % (attr, base64.b64encode(raw).decode("ascii")))
    data = line.encode("utf-8")
    if len(data) <= 76:
        return line + "\n"
    chunks = [data[:76]] + [data[i:i + 75] for i in range(76, len(data), 75)]
    return "\n ".join(c.decode("ascii") for c in chunks) + "\n"  # folded lines are ASCII here


def person_dn(pid):
    return "uid=%s,ou=People,%s" % (pid, BASE_DN)


def group_dn(name):
    return "cn=%s,ou=Groups,%s" % (name, BASE_DN)


def accept_language(langs):
    return ", ".join(l if i == 0 else "%s;q=%.1f" % (l, max(0.1, 1 - i / 10)) for i, l in enumerate(langs))


def build_ldif(profiles):
    entries = [
        [("dn", BASE_DN), ("objectClass", "top"), ("objectClass", "dcObject"), ("objectClass", "organization"),
         ("dc", "brughuis"), ("o", "Brughuis")],
        [("dn", "ou=People," + BASE_DN), ("objectClass", "top"), ("objectClass", "organizationalUnit"),
         ("ou", "People")],
        [("dn", "ou=Groups," + BASE_DN), ("objectClass", "top"), ("objectClass", "organizationalUnit"),
         ("ou", "Groups")],
    ]
    members = {}
    for p in profiles:
        parts = p["name"].split()
        e = [("dn", person_dn(p["id"]))] + [("objectClass", c) for c in
                                            ("top", "person", "organizationalPerson", "inetOrgPerson")]
        e += [("uid", p["id"]), ("cn", p["name"]), ("sn", " ".join(parts[1:])), ("givenName", parts[0]),
              ("displayName", p["name"]), ("mail", p["email"]), ("title", p["job_title"]),
              ("ou", p["department"]), ("l", p["location"]),
              ("preferredLanguage", accept_language(p["languages"])), ("description", p["about"])]
        e += [("businessCategory", s) for s in p["skills"]]
        if p.get("manager"):
            e.append(("manager", person_dn(p["manager"])))
        e += [("memberOf", group_dn(g)) for g in p["groups"]]
        if not p["active"]:
            e.append(("employeeType", "disabled"))
        entries.append(e)
        for g in p["groups"]:
            members.setdefault(g, []).append(p["id"])
    for g in sorted(members):
        entries.append([("dn", group_dn(g)), ("objectClass", "top"), ("objectClass", "groupOfNames"), ("cn", g),
                        ("description", GROUP_INFO[g][0])] + [("member", person_dn(m)) for m in members[g]])
    text = "version: 1\n\n" + "\n".join("".join(ldif_line(a, v) for a, v in e) for e in entries)
    write_text(os.path.join(OUT, "people.ldif"), text)
    return {"persons": len(profiles), "groups": len(members), "entries": len(entries)}


# ------------------------------------------------------------------ main
EDITED_SLACK_POST = "post-0139"  # the VPN notice: its deadline was corrected after posting
by_post = {}


def main():
    profiles = load_jsonl("profiles.jsonl")
    posts = load_jsonl("posts.jsonl")
    docs = load_jsonl("documents.jsonl")
    by_id = {p["id"]: p for p in profiles}
    by_post.update({p["id"]: p for p in posts})
    assert by_post[EDITED_SLACK_POST]["source"] == "slack"
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    report = {
        "slack": build_slack(profiles, posts, by_id),
        "engage": build_engage(profiles, posts, by_id),
        "files": build_files(docs, by_id),
        "ldif": build_ldif(profiles),
    }
    rules = access_rules(docs)
    for name, counts in report.items():
        print("%-7s %s" % (name, ", ".join("%s %s" % (v, k) for k, v in counts.items())))
    print("files access rules (demo/kennis.toml):")
    for prefix, rule in rules.items():
        print("  %-28s %s" % (json.dumps(prefix, ensure_ascii=False), json.dumps(rule)))


if __name__ == "__main__":
    main()
