#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<fuzzer>/) from the test fixtures in
tests/ and a few hand-written edge cases. Run it again after changing a fixture or adding a
case, and commit what it writes; the seeds are inputs, not expectations."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
TESTS = HERE.parent
DATA = TESTS / "connectors" / "testdata"
CORPUS = HERE / "corpus"


def write(fuzzer, name, data):
    folder = CORPUS / fuzzer
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def query():
    cases = {
        "empty": "",
        "words": "subsidie aanvraag",
        "phrase": '"kennis delen"',
        "exclude": "warmtepomp -lucht NOT lucht",
        "or": "heat pump OR warmtepomp",
        "group": "(a OR b) c",
        "title": 'title:begroting title:"jaar plan"',
        "filters": "author:anna.devries group:subsidies kind:document lang:fr tag:gis year:2024",
        "dates": "date:2024-01..2024-06 date:2023.. date:..2022-12-31",
        "compound": "Projektleitung vergaderingen e-mail l'école C++ C#",
        "cjk": "我们明天在北京开会 東京 ภาษาไทย 🎉",
        "unclosed": '"open (paren OR',
        "dangling": "a OR",
        "only_exclude": "-a -b",
        "bad_date": "date:2024-13..2024-99",
        "unknown_field": "note: x:y",
        "nested": "((((a)))) OR (b -(c OR d))",
        # What people type that the strict syntax refuses and the forgiving one reads (issue 12).
        "empty_parens": "ioctl() operations for Linux namespaces",
        "lone_and": "AND",
        "edge_operators": "AND budget OR",
        "trailing_dash": "budget - draft -",
        "stray_paren": "a) OR (b",
        "empty_field": "author: title:\"\" group: HR",
        "invalid_filters": "kind:xyz year:abc date:2024-13 date:\"2024..2025\"",
        "suspended_compound": "in- en -uitvoer -draft",
        "keyword_words": "a -OR NOT NOT",
        "emoji": "👍🏽 :-) 🎉 note:x",
    }
    for name, text in cases.items():
        write("query", name, text)


def analyzer():
    cases = {
        "nl": b"\x01Projectleiding vergaderingen subsidieaanvraag warmtepompen",
        "de": b"\x02Projektleitung Netzwerkadministrator W\xc3\xa4rmepumpe",
        "plain": "\x00e-mail l'école Café Ærø C++ C# naïve".encode(),
        "cjk": "\x00我们明天在北京开会讨论预算。東京タワー ภาษาไทยง่ายนิดเดียว 🎉👍🏽".encode(),
        "invalid_utf8": b"\x00abc \xff\xfe \xc3 def \xed\xa0\x80",
        "long_word": b"\x00" + b"a" * 200 + b" b",
    }
    for name, data in cases.items():
        write("analyzer", name, data)


def records():
    lines = {
        "post": (0, {"id": "p1", "body": "The annual report is ready.", "lang": "en", "author": "anna",
                     "created": "2024-01-15T10:00:00Z", "acl": "public", "title": "Report",
                     "mentions": ["bob"], "reactions": {"thumbsup": 2}, "thread": "p0", "reply_to": "p0"}),
        "post_acl": (0, {"id": "p2", "body": "x", "author": "a", "created": "2024-02-29T23:59:60+01:00",
                         "acl": {"groups": ["hr"], "persons": ["anna@example.org"]}}),
        "document": (1, {"id": "d1", "title": "t", "body": "x", "created": "2024-01-01T00:00:00Z", "acl": "public",
                         "authors": ["anna"], "media_type": "application/pdf", "url": "https://files.example.org/d1"}),
        "profile": (2, {"id": "u43", "person_id": "bob", "name": "Bob", "acl": "public", "skills": ["SAP"],
                        "email": "bob@example.org", "aliases": ["U02BOB"], "active": False}),
        "profile_bad": (2, {"id": "u1", "name": "A", "acl": "public", "email": "not an address", "skills": ["SAP", ""]}),
        "post_missing": (0, {"id": "p3"}),
    }
    for name, (kind, record) in lines.items():
        write("records", name, bytes([kind]) + json.dumps(record, ensure_ascii=False).encode())
    write("records", "not_json", b"\x00{\"id\": ")
    write("records", "not_object", b"\x01[1, 2, 3]")
    write("records", "date", b"\x002024-03-01T09:30:00.123+01:00")
    for path in sorted(TESTS.glob("golden/*/docs.jsonl"))[:2]:
        for i, line in enumerate(path.read_text().splitlines()[:2]):
            write("records", f"golden_{path.parent.name}_{i}", b"\x00" + line.encode())


def params():
    cases = {
        "search": "q=subsidie&kind=post,document&page=2&size=10&sort=date&facets=kind,lang&lang=nl&op=or\nnl-BE,nl;q=0.9,en;q=0.8,*;q=0.1",
        "experts": "q=wie+weet+iets+van+subsidies%3F&size=3&department=IT&location=Utrecht&language=fr-BE&active_since=2024-01-31&include_inactive=false",
        "repeated": "kind=post&kind=profile&lang=de&lang=en-GB&q=%22heat+pump%22",
        "bad": "size=0&page=-1&sort=up&unknown=1&q=(",
        "encoded": "q=%E5%8C%97%E4%BA%AC%ZZ%&lang=%00&active_since=2024-02-30T25:00:00Z\n;q=,q=2,en;q=abc,,de-DE;q=0.5",
    }
    for name, text in cases.items():
        write("params", name, text)


def ldif():
    for path in sorted((DATA / "directory").glob("*.ldif")):
        write("ldif", path.stem, path.read_bytes())
    write("ldif", "base64_and_url", "version: 1\ndn:: Y249w6lsaXNlLG91PVBlb3BsZSxkYz1leGFtcGxlLGRjPW9yZw==\n"
          "objectClass: inetOrgPerson\ncn: Elise\nuid: elise\nmail: Elise@Example.org\n"
          "description:: \njpegPhoto:< file:///etc/passwd\n l continued\n")
    write("ldif", "modrdn", "dn: uid=a,ou=People,dc=x\nobjectClass: person\nuid: a\ncn: A\n\n"
          "dn: uid=a,ou=People,dc=x\nchangetype: modrdn\nnewrdn: uid=b+cn=B\ndeleteoldrdn: 1\nnewsuperior: ou=Staff,dc=x\n")


def slack():
    export = DATA / "slack" / "export"
    files = ["users.json", "channels.json", "groups.json", "mpims.json", "dms.json"]
    days = ["general/2024-03-01.json", "secret-project/2024-03-01.json", "D01ALICEBOB/2024-03-01.json",
            "mpdm-alice--bob--carla-1/2024-03-01.json"]
    sections = [(export / f).read_bytes() for f in files]
    # The fuzzer's day-file folders are general, secret, D01 and mpdm-a--b-1.
    renames = {b'"secret-project"': b'"secret"', b'"D01ALICEBOB"': b'"D01"',
               b'"mpdm-alice--bob--carla-1"': b'"mpdm-a--b-1"'}
    for old, new in renames.items():
        sections = [s.replace(old, new) for s in sections]
    sections += [(export / d).read_bytes() for d in days]
    write("slack", "fixture", b"\x00".join(sections))
    write("slack", "minimal", b'[{"id":"U1","name":"a"}]\x00[{"id":"C1","name":"general","members":["U1"]}]\x00\x00\x00\x00'
          b'[{"type":"message","user":"U1","ts":"1709281800.000100","text":"*Subject*\\nhi <@U1> <#C1|general> <https://x.org|x> &amp; :wave:",'
          b'"thread_ts":"1709281800.000100","reactions":[{"name":"+1","count":2}],"files":[{"name":"a.pdf","title":"A"}]}]')
    write("slack", "odd_types", b'{"id":1}\x00[1,"x",{"id":"C1","name":""},{"id":"C2","name":"general","is_private":true,"members":[1,""]}]'
          b'\x00\x00\x00\x00[{"ts":"1.","user":"U9"},{"ts":"99999999999999"},{"subtype":"bot_message","ts":"1","attachments":[{"fallback":"f"}]},'
          b'{"ts":"2","user":"U9","text":"<@","edited":{"ts":"x"},"reactions":[{"name":"a","count":-1}]}]')


def viva_engage():
    export = DATA / "viva_engage" / "export"
    sections = [(export / f).read_bytes() for f in ["Messages.csv", "Users.csv", "Groups.csv", "Files.csv"]]
    write("viva_engage", "fixture", b"\x00".join(sections))
    missing = DATA / "viva_engage" / "missing_column"
    write("viva_engage", "missing_column", b"\x00".join((missing / f).read_bytes() for f in ["Messages.csv", "Users.csv"]))
    write("viva_engage", "quotes", b'\xef\xbb\xbfid,body,"multi\r\nline"\r\n1,"a ""quoted"" \nfield",x\r\n2,b"bad,3\r\n\r\n3,"unclosed')
    write("viva_engage", "empty_header", b"\n\n,,\n1,2,3")


def extract():
    # builtin_formats() order (indexer/connectors/extract_formats.cc): the first byte picks one.
    formats = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx", "xlsx", "pptx",
               "odt", "ods", "odp", "eml"]
    share = DATA / "files" / "share"
    for path in sorted(p for p in share.rglob("*") if p.is_file()):
        extension = path.suffix[1:].lower()
        if extension in formats:
            name = path.stem.replace(" ", "_").encode("ascii", "replace").decode().replace("?", "_")
            write("extract", f"{extension}_{name}", bytes([formats.index(extension)]) + path.read_bytes())
    write("extract", "html_charset", bytes([4]) + b'<html lang="fr_BE"><head><meta charset="iso-8859-1"><title>Cr\xe8me</title>'
          b'<meta name="author" content="Anna"><meta name="dcterms.created" content="2024-03-01"></head>'
          b'<body><script>x</script><p>caf\xe9 <b>br\xfbl\xe9e</b></p><pre>a\n b</pre></body></html>')
    write("extract", "txt_bom16", bytes([0]) + "\ufeffhallo wereld\n\nnieuwe alinea".encode("utf-16-le"))
    write("extract", "md_html_block", bytes([2]) + b"# Title\n\n<div>html <b>block</b></div>\n\n* item\n\n```\ncode\n```\n")


def main():
    for make in (query, analyzer, records, params, ldif, slack, viva_engage, extract):
        make()


if __name__ == "__main__":
    main()
