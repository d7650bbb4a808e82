#!/usr/bin/env python3
"""Book features a reader sees beyond the sample: images (JPEG embedded as it is, PNG with its
transparency, a located warning and a placeholder for a missing or corrupt file), and a book in
Japanese (generated labels and ICU dates in the book's language, a time that crosses midnight)."""
import re

import bookcheck as bc

c = bc.Checker("test_book_features")

# ---- images ----------------------------------------------------------------------------------
pdf = c.tmp / "images.pdf"
result = bc.build(c, "tests/data/book/book-images.xml", pdf)
c.check(re.search(r"book-images\.xml:\d+:\d+: warning: .*corrupt\.png.*\[image\.unusable\]", result.stderr),
        f"no located warning for the corrupt logo: {result.stderr}")
c.check(re.search(r"book-images\.xml:\d+:\d+: warning: .*missing\.jpg.*\[image\.missing\]", result.stderr),
        f"no located warning for the missing photo: {result.stderr}")
c.check(result.stderr.count("missing.jpg") == 1, f"the missing photo is reported more than once: {result.stderr}")
bc.check_readers_agree(c, pdf)
# A final edition carries the word DRAFT nowhere; --draft puts it on every page.
c.check("draft" not in bc.text_of(pdf).lower(), "a final edition (version 'Final') shows DRAFT")
draft = c.tmp / "images-draft.pdf"
bc.build(c, "tests/data/book/book-images.xml", draft, "--draft")
pages = int(re.search(r"Pages:\s+(\d+)", bc.run("pdfinfo", draft).stdout).group(1))
# poppler leaves diagonal text out of its extraction; MuPDF keeps it.
marks = bc.mutool_text(draft).count("DRAFT")
c.check(marks == pages, f"--draft: {marks} DRAFT marks on {pages} pages")
import pikepdf
with pikepdf.open(pdf) as doc:
    images = {}
    for page in doc.pages:
        for name, xobject in page.images.items():
            images[xobject.objgen] = xobject
    jpeg = (bc.SOURCE / "tests/data/book/images/photo.jpg").read_bytes()
    streams = [x for x in images.values() if x.get("/Filter") == "/DCTDecode"]
    c.check(len(streams) == 1 and streams[0].read_raw_bytes() == jpeg,
            "the JPEG photo is not embedded once, byte for byte")
    with_alpha = [x for x in images.values() if "/SMask" in x]
    c.check(len(with_alpha) >= 1, "the transparent PNG logo has no soft mask")
    c.check(len(images) == 3, f"expected 3 images (cover logo, org logo, photo), found {len(images)}")

# ---- a Japanese book ---------------------------------------------------------------------------
pdf = c.tmp / "ja.pdf"
result = bc.build(c, "tests/data/book/book-ja.xml", pdf)
c.check("warning" not in result.stderr, f"the Japanese book builds with warnings: {result.stderr}")
bc.check_readers_agree(c, pdf)
text = bc.text_of(pdf)
flat = bc.no_space(text)
for label in ("目次", "概要", "日程一覧", "人物紹介"):
    c.check(label in flat, f"the Japanese book lacks the label {label}")
c.check("Contents" not in text, "an English label in the Japanese book")
c.check("2023年11月29日（水）" in flat, "the day heading is not 2023年11月29日（水）")
c.check("23:30～00:30+1" in flat, "the dinner from 23:30 to 00:30 Tokyo time does not mark its end on the next day")
c.check("田中健" in flat, "the native name 田中健 is missing")
# Time zones by their Japanese city names, in full-width parentheses (JLREQ), not "(Tokyo)".
for zone in ("現地時間（東京）", "本国時間（上海）"):
    c.check(zone in flat, f"the Japanese book lacks {zone}")
c.check("(Tokyo)" not in text and "(Shanghai)" not in text, "an English city name in the Japanese book")
c.done()
