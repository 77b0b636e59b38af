#!/usr/bin/env python3
"""Writes the file-share test fixtures into share/ (run from anywhere; output is committed).

Office and PDF files are written by hand, as the smallest packages the formats allow, so that
the tests need no office suite: OOXML and ODF with zipfile, PDF with a computed xref table,
e-mail as RFC 5322 text. All names and text are fictional.
"""
import os
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARE = HERE / "share"
FIXED_TIME = (2024, 3, 1, 9, 30, 0)  # zip entry times, so reruns give identical files


def write(relative, data):
    path = SHARE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def write_zip(relative, entries):
    path = SHARE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, text in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            # ODF wants "mimetype" first and stored; deflate the rest.
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def core_xml(title, creator, created, modified, language):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>Someone Else</cp:lastModifiedBy><dc:language>{language}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>"""


RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def package_rels(main):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="{main}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"""


def content_types(overrides):
    parts = "".join(f'<Override PartName="/{name}" ContentType="{ctype}"/>' for name, ctype in overrides)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{parts}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx():
    body = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Tulip rollout plan</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The Tulip team </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>migrates</w:t></w:r><w:r><w:t xml:space="preserve"> the archive in May.</w:t></w:r><w:r><w:tab/><w:t>Über-budget</w:t></w:r></w:p>
<w:p><w:r><w:delText>deleted words</w:delText></w:r><w:r><w:instrText>HYPERLINK "http://example.org"</w:instrText></w:r><w:r><w:t>Second paragraph.</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Owner</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Mira Vos</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Due</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>May</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"""
    return [
        ("[Content_Types].xml", content_types([("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")])),
        ("_rels/.rels", package_rels("word/document.xml")),
        ("docProps/core.xml", core_xml("Tulip rollout plan", "Mira Vos", "2024-02-01T10:00:00Z", "2024-02-15T16:30:00Z", "en-GB")),
        ("word/document.xml", body),
    ]


S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx():
    workbook = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{S}" xmlns:r="{DOC_REL}"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{RELS_NS}"><Relationship Id="rId2" Type="{DOC_REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""
    shared = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{S}" count="4" uniqueCount="4"><si><t>Item</t></si><si><t>Cost</t></si><si><r><t>Garden </t></r><r><rPr><b/></rPr><t>hoses</t></r><rPh><t>PHONETIC</t></rPh></si><si><t>Greenhouse glass</t></si></sst>"""
    sheet1 = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{S}"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>125.5</v></c></row>
<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><f>SUM(B1:B2)</f><v>980</v></c><c r="C3" t="e"><v>#DIV/0!</v></c></row>
</sheetData></worksheet>"""
    sheet2 = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{S}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Approved by the allotment board</t></is></c><c r="B1" t="b"><v>1</v></c></row></sheetData></worksheet>"""
    return [
        ("[Content_Types].xml", content_types([("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")])),
        ("_rels/.rels", package_rels("xl/workbook.xml")),
        ("docProps/core.xml", core_xml("", "Joris Lint", "2023-11-05T08:00:00Z", "2023-11-06T08:00:00Z", "nl-NL")),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/sharedStrings.xml", shared),
        ("xl/worksheets/sheet1.xml", sheet1),
        ("xl/worksheets/sheet2.xml", sheet2),
    ]


P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def slide(paragraphs):
    ps = "".join(f"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>" for p in paragraphs)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<p:sld xmlns:p="{P}" xmlns:a="{A}"><p:cSld><p:spTree><p:sp><p:txBody>{ps}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"""


def pptx():
    presentation = f"""<?xml version="1.0" encoding="UTF-8"?>
<p:presentation xmlns:p="{P}" xmlns:r="{DOC_REL}"><p:sldIdLst><p:sldId id="256" r:id="rId7"/><p:sldId id="257" r:id="rId3"/></p:sldIdLst></p:presentation>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{RELS_NS}"><Relationship Id="rId3" Type="{DOC_REL}/slide" Target="slides/slide2.xml"/><Relationship Id="rId7" Type="{DOC_REL}/slide" Target="slides/slide1.xml"/></Relationships>"""
    return [
        ("[Content_Types].xml", content_types([("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")])),
        ("_rels/.rels", package_rels("ppt/presentation.xml")),
        ("docProps/core.xml", core_xml("Pond maintenance", "Ada Brook", "2022-05-01T12:00:00Z", "2022-05-02T12:00:00Z", "en")),
        ("ppt/presentation.xml", presentation),
        ("ppt/_rels/presentation.xml.rels", rels),
        ("ppt/slides/slide1.xml", slide(["Pond maintenance", "Spring schedule"])),
        ("ppt/slides/slide2.xml", slide(["Remove duckweed weekly"])),
    ]


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odf(mimetype, body, meta, styles=None):
    manifest = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>"""
    entries = [
        ("mimetype", mimetype),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS} office:version="1.3"><office:automatic-styles/><office:body>{body}</office:body></office:document-content>'),
        ("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS} office:version="1.3"><office:meta>{meta}</office:meta></office:document-meta>'),
    ]
    if styles:
        entries.append(("styles.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS} office:version="1.3"><office:styles>{styles}</office:styles></office:document-styles>'))
    return entries


def odt():
    body = """<office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>removed sentence</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Notulen bestuursvergadering</text:h>
<text:p>De kas<text:s/>is<text:tab/>gecontroleerd<text:line-break/>en goedgekeurd.<office:annotation><text:p>private comment</text:p></office:annotation></text:p>
<text:list><text:list-item><text:p>Eerste punt</text:p></text:list-item><text:list-item><text:p>Tweede punt</text:p></text:list-item></text:list>
<table:table table:name="Table1"><table:table-row><table:table-cell><text:p>Voorzitter</text:p></table:table-cell><table:table-cell><text:p>Kees Dam</text:p></table:table-cell></table:table-row></table:table>
</office:text>"""
    meta = ("<meta:initial-creator>Kees Dam</meta:initial-creator><dc:creator>Els Dam</dc:creator>"
            "<dc:title>Notulen maart</dc:title><meta:creation-date>2024-03-04T19:00:00</meta:creation-date>"
            "<dc:date>2024-03-05T08:15:30.123456789</dc:date><meta:generator>fixture</meta:generator>")
    styles = ('<style:default-style style:family="graphic"><style:text-properties fo:language="en" fo:country="US"/></style:default-style>'
              '<style:default-style style:family="paragraph"><style:text-properties fo:language="nl" fo:country="BE"/></style:default-style>')
    return odf("application/vnd.oasis.opendocument.text", body, meta, styles)


def ods():
    body = """<office:spreadsheet><table:table table:name="Harvest"><table:table-row><table:table-cell office:value-type="string"><text:p>Crop</text:p></table:table-cell><table:table-cell><text:p>Kilo</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Pumpkins</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet>"""
    meta = "<dc:title>Harvest 2023</dc:title><dc:language>en-GB</dc:language>"
    return odf("application/vnd.oasis.opendocument.spreadsheet", body, meta)


def odp():
    body = """<office:presentation><draw:page draw:name="page1"><draw:frame><draw:text-box><text:p>Beekeeping basics</text:p></draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>speaker notes stay private</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>
<draw:page draw:name="page2"><draw:frame><draw:text-box><text:p>Smoke calms the hive</text:p></draw:text-box></draw:frame></draw:page></office:presentation>"""
    return odf("application/vnd.oasis.opendocument.presentation", body, "")


def pdf():
    """A two-page PDF 1.4 with an Info dictionary; xref offsets computed, not guessed."""
    pages = ["Compost guide page one. Layers of leaves and grass.", "Turn the heap every fortnight."]
    objects = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, text in enumerate(pages):
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objects.append("<< /Title (Compost guide) /Author (Wim Mulder) /CreationDate (D:20210704093000+02'00') /ModDate (D:20210705120000Z) >>")
    info = len(objects)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


MAIL = """From: =?UTF-8?Q?Ren=C3=A9e_Bakker?= <Renee.Bakker@Example.ORG>
To: allotment@example.org
Subject: =?ISO-8859-1?Q?Sch=E9ma_for_the_new_sheds?=
Date: Tue, 05 Mar 2024 14:20:00 +0100
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour =E0 tous,

Les nouveaux abris seront livr=E9s lundi.
--inner
Content-Type: text/html; charset="utf-8"

<p>HTML version should not be used</p>
--inner--
--outer
Content-Type: text/plain; name="sizes.txt"
Content-Disposition: attachment; filename="sizes.txt"

attachment text stays out
--outer--
"""

MAIL_HTML = """From: Tomas Veld <tomas@example.org>
Subject: Watering rota
Date: Wed, 06 Mar 2024 07:00:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHA+V2F0ZXJpbmcgcm90YSBmb3IgQXByaWw8L3A+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0
PjxwPkVhY2ggcGxvdCBob2xkZXIgdGFrZXMgb25lIGV2ZW5pbmcuPC9wPjwvYm9keT48L2h0bWw+
"""

HTML_PAGE = """<!DOCTYPE html>
<html lang="nl_be">
<head><meta charset="utf-8"><title>  Volkstuin   reglement </title>
<meta name="author" content="Bestuur Volkstuin">
<meta name="dcterms.created" content="2020-01-15">
<meta name="dcterms.modified" content="2023-06-30T10:00:00+02:00">
<style>p { color: red }</style><script>var hidden = "script text";</script></head>
<body><nav><a href="/">Home</a> menu text</nav>
<h1>Reglement</h1><p>Elke tuinder   houdt zijn <b>perceel</b> onkruidvrij.</p>
<ul><li>Geen vuur</li><li>Geen&nbsp;honden</li></ul>
<table><tr><td>Kosten</td><td>40 euro</td></tr></table>
<pre>regel  een
regel twee</pre>
<noscript>enable javascript</noscript>
</body></html>
"""

# Windows-1252 bytes, declared in the page: "é" is 0xE9, "€" is 0x80.
HTML_LATIN = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
              "<meta http-equiv=\"Content-Language\" content=\"fr, en\"></head>"
              "<body><p>Caf\u00e9 des jardiniers : 5 \u20ac le caf\u00e9.</p></body></html>\n").encode("cp1252")

# Windows-1252 bytes with no declaration at all: the charset must be detected.
HTML_UNDECLARED = ("<html><body><p>Cr\u00e8me br\u00fbl\u00e9e et g\u00e2teau \u00e0 la fran\u00e7aise, "
                   "pr\u00e9par\u00e9s tr\u00e8s soigneusement par l'\u00e9quipe du caf\u00e9.</p></body></html>\n").encode("cp1252")

MARKDOWN = """# Seed *library* rules

Borrow **seeds** in spring, return [saved seeds](https://example.org/return) in autumn.

- Label every packet
- Keep `tomatoes` separate

> Quoted advice from the founder.

```
code block line
```

<div>Inline <em>HTML</em> block</div>

## Opening hours

Saturday 10:00–12:00
"""

LATIN1_TEXT = ("Pr\u00e9vision de r\u00e9colte pour l'\u00e9t\u00e9.\n\nLes tomates m\u00fbrissent "
               "d\u00e9j\u00e0 dans la serre, gr\u00e2ce \u00e0 la chaleur.\n").encode("latin-1")


def main():
    write("Public/notes.md", MARKDOWN)
    write("Public/harvest-latin1.txt", LATIN1_TEXT)
    write("Public/harvest-utf16.txt", "\ufeffUTF-16 harvest list: pommes, poires, k\u00e4se\n".encode("utf-16-le"))
    write("Public/reglement.html", HTML_PAGE)
    write("Public/cafe.htm", HTML_LATIN)
    write("Public/creme.html", HTML_UNDECLARED)
    write("Public/compost.pdf", pdf())
    write("Public/broken.pdf", pdf()[:300])
    write("Public/logo.png", b"\x89PNG\r\n\x1a\nnot really an image")
    write("Public/.draft.md", "# Hidden draft\n")
    write(".trash/old.txt", "hidden directory\n")
    write_zip("Public/Plans/Tulip plan 2024 – v2.docx", docx())
    write_zip("Public/Plans/budget.xlsx", xlsx())
    write_zip("Public/Plans/pond.pptx", pptx())
    write_zip("Board/notulen.odt", odt())
    write_zip("Board/Public minutes/harvest.ods", ods())
    write_zip("Public/Plans/bees.odp", odp())
    write("Mail/sheds.eml", MAIL)
    write("Mail/rota.eml", MAIL_HTML)
    write("Unruled/orphan.txt", "No access rule covers this file.\n")
    write("Unruled/orphan2.md", "# Also uncovered\n")
    fixed = 1709285400  # 2024-03-01T09:30:00Z: mtimes in the fixtures do not depend on the checkout
    for path in SHARE.rglob("*"):
        os.utime(path, (fixed, fixed), follow_symlinks=False)


if __name__ == "__main__":
    main()
