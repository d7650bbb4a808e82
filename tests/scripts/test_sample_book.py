#!/usr/bin/env python3
"""The sample trip as a reader sees it, in every built-in layout: the PDF opens cleanly in qpdf,
poppler and MuPDF; every font is an embedded subset with a Unicode map; the sessions, people and
organizations (native names included) come back from text extraction exactly; the contents' page
numbers are the pages the entries start on; the outline and metadata are there; the same input
gives the same bytes."""
import re

import bookcheck as bc

SAMPLE = "samples/phirda-japan-2023/briefing.xml"
SESSIONS = ["Arrival in Tokyo", "Sino-Japan Pharmaceutical Industrial Meeting",
            "Visit to the National Cancer Center Japan", "Seminar at Takeda Global Headquarters",
            "Visit to the Shonan Health Innovation Park (iPark)"]
PEOPLE = ["SONG Ruilin", "宋瑞霖", "YANG Dajun", "MURAKAMI Nobuo", "KAGAWA Osamu", "IKEDA Junya",
          "Sean SHAN", "FURUTA Milano", "TERAO Yasuko"]
ORGANIZATIONS = ["中国医药创新促进会", "日本製薬工業協会", "武田薬品工業株式会社", "国立がん研究センター",
                 "湘南ヘルスイノベーションパーク", "Ascentage Pharma", "CorrectSequence Therapeutics"]
LAYOUT_SECTIONS = {"a4": "full", "letter": "full", "screen": "full", "a5-pocket": "pocket"}

c = bc.Checker("test_sample_book")


def contents_entries(pdf):
    """(title, page) for each line of the contents pages that ends in a page number."""
    entries = []
    for page in range(1, 6):
        text = bc.text_of(pdf, page, layout=True)
        if not text.strip():
            continue
        if "Contents" not in text.splitlines()[0:6].__str__() and not entries:
            continue
        for line in text.splitlines():
            m = re.match(r"^\s*(\S.*?)\s*[.…\s]{3,}\s*(\d+)\s*$", line)
            if m and "Page" not in m.group(1):
                entries.append((m.group(1).strip(), int(m.group(2))))
    return entries


def check_contents(pdf):
    entries = contents_entries(pdf)
    c.check(len(entries) >= 8, f"{pdf}: expected at least 8 contents entries, found {entries}")
    for title, page in entries:
        page_text = bc.no_space(bc.text_of(pdf, page))
        c.check(bc.no_space(title) in page_text,
                f"{pdf}: contents says '{title}' is on page {page}, but that page does not show it")
        if page > 1:
            before = bc.no_space(bc.text_of(pdf, page - 1))
            # A heading that starts on page N is not also the last thing on page N-1.
            c.check(not before.endswith(bc.no_space(title)), f"{pdf}: '{title}' ends page {page - 1}")


def check_names_unbroken(pdf, text):
    """No line ends inside a Chinese or Japanese name and the next line goes on with it: the names
    the book sets (headings, tables, cover, references) stay on one line where it can hold them.
    Running text may break a Japanese span the author wrote, as Japanese allows between any two
    characters: the sample's "(<span xml:lang="ja">湘南ヘルスイノベーションパーク</span>, ..."."""
    names = [n for n in PEOPLE + ORGANIZATIONS if any(ord(ch) > 0x2e80 for ch in n)]
    lines = [line.strip() for line in text.splitlines()]
    for above, below in zip(lines, lines[1:]):
        for name in names:
            for cut in range(1, len(name)):
                authored = above.endswith("(" + name[:cut])
                c.check(authored or not (above.endswith(name[:cut]) and below.startswith(name[cut:])),
                        f"{pdf}: the name {name} is broken across lines: '{above}' / '{below}'")


def check_outline_and_metadata(pdf):
    import pikepdf
    outline = bc.outline_of(pdf)
    titles = [title for _, title, _ in outline]
    for session in SESSIONS:
        c.check(session in titles, f"{pdf}: outline lacks the session '{session}'")
    c.check(any("宋瑞霖" in t for t in titles), f"{pdf}: outline lacks 宋瑞霖 (CJK titles must decode exactly)")
    c.check(all(page is not None for _, _, page in outline), f"{pdf}: outline entries without a page: {outline}")
    with pikepdf.open(pdf) as doc:
        info = doc.docinfo
        c.check(str(info.get("/Title", "")).startswith("PhIRDA Delegation Visit to Japan"),
                f"{pdf}: /Title is {info.get('/Title')!r}")
        c.check(str(doc.Root.get("/Lang", "")) == "en", f"{pdf}: /Lang is {doc.Root.get('/Lang')!r}")
        c.check(str(doc.Root.get("/PageMode", "")) == "/UseOutlines", f"{pdf}: the outline is not shown on opening")


for layout, sections in LAYOUT_SECTIONS.items():
    pdf = c.tmp / f"sample-{layout}.pdf"
    result = bc.build(c, SAMPLE, pdf, "--layout", layout)
    if result.returncode != 0:
        continue
    c.check("warning" not in result.stderr, f"{layout}: the sample builds with warnings:\n{result.stderr}")
    bc.check_readers_agree(c, pdf)
    for name, text in (("pdftotext", bc.text_of(pdf)), ("mutool", bc.mutool_text(pdf))):
        flat = bc.no_space(text)
        expected = SESSIONS + (PEOPLE + ORGANIZATIONS if sections == "full" else ["宋瑞霖"])
        for item in expected:
            c.check(bc.no_space(item) in flat, f"{layout}: {name} does not return '{item}'")
        c.check("\ufffd" not in text, f"{layout}: {name} finds replacement characters (a glyph no font has)")
    if sections == "full":
        check_names_unbroken(pdf, bc.text_of(pdf))
        check_contents(pdf)
        check_outline_and_metadata(pdf)

# Reproducible: the same input gives byte-identical PDFs; SOURCE_DATE_EPOCH sets the date.
first, second = c.tmp / "same-1.pdf", c.tmp / "same-2.pdf"
bc.build(c, SAMPLE, first)
bc.build(c, SAMPLE, second)
c.check(first.read_bytes() == second.read_bytes(), "two builds of the same input differ")
dated = c.tmp / "dated.pdf"
bc.build(c, SAMPLE, dated, "--timestamp", "1700000000")
import pikepdf
with pikepdf.open(dated) as doc:
    c.check(str(doc.docinfo.get("/CreationDate", "")).startswith("D:20231114"),
            f"--timestamp 1700000000 gives /CreationDate {doc.docinfo.get('/CreationDate')!r}")
c.done()
