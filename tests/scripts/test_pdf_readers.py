#!/usr/bin/python3
"""What readers see in the PDF writer's sample book, checked with tools outside the project.

The unit-test binary writes the sample (tests/unit/pdf_test_document.cpp builds it by hand, since
the CLI's build command is not wired to the writer yet); this script then checks:
  - glyph forms: each 直 drawn with the Japanese face renders as the Japanese form, each one drawn
    with the Chinese face as the Chinese form (crops of a pdftoppm rendering against 直 drawn by
    PIL from faces 0 and 2 of Noto Sans CJK). Only a rendering catches a content stream that
    selects glyphs by the wrong ids: text extraction still looks right then.
  - the outline (pikepdf): titles, CJK included, decode exactly; /Count set; the viewer opens it.
  - metadata: title, author, dates, producer, language, DisplayDocTitle.
  - links and named destinations; images: the JPEG's bytes are the file's, PNG alpha is an SMask,
    each file embedded once.
  - the bytes the fonts cost (printed), for the sample and for a page full of mixed text.
"""
import os
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import pikepdf
from PIL import Image, ImageDraw, ImageFont, ImageOps

SOURCE = pathlib.Path(os.environ.get("BRIEFBOOK_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", **kw)


def write_samples(work):
    """sample.pdf (the two-page sample book) and dense.pdf (a page full of mixed text) in `work`."""
    tests = pathlib.Path(os.environ["BRIEFBOOK"]).resolve().parent / "tests" / "briefbook_tests"
    env = dict(os.environ, BRIEFBOOK_PDF_SAMPLE_DIR=str(work))
    r = run([str(tests), "--gtest_filter=PdfWriterSample.IsAPdf17ThatQpdfFindsClean"], env=env)
    if r.returncode != 0 or not (work / "sample.pdf").exists() or not (work / "dense.pdf").exists():
        sys.exit(f"could not write the samples with {tests}:\n{r.stdout}\n{r.stderr}")


# ---- glyph forms ------------------------------------------------------------------------------

def norm(img):
    bw = ImageOps.grayscale(img).point(lambda v: 255 if v < 128 else 0)
    box = bw.getbbox()
    return bw.crop(box).resize((48, 48), Image.BILINEAR) if box else None


def diff(a, b):
    return sum(abs(x - y) for x, y in zip(a.getdata(), b.getdata())) / (255.0 * 48 * 48)


def reference(face_index):
    im = Image.new("L", (300, 300), 255)
    ImageDraw.Draw(im).text((40, 20), "直", font=ImageFont.truetype(TTC, 200, index=face_index), fill=0)
    return norm(im.convert("RGB"))


def chars_of(pdf):
    """(page, char, x, y, size, font name) for every character mutool finds."""
    with tempfile.NamedTemporaryFile(suffix=".xml") as t:
        run(["mutool", "draw", "-q", "-F", "stext", "-o", t.name, str(pdf)])
        root = ET.parse(t.name).getroot()
    out = []
    for number, page in enumerate(root.iter("page"), start=1):
        for font in page.iter("font"):
            for ch in font.iter("char"):
                out.append((number, ch.get("c"), float(ch.get("x")), float(ch.get("y")), float(font.get("size")),
                            font.get("name")))
    return out


def check_glyph_forms(pdf, work):
    refs = {"JP": reference(0), "SC": reference(2)}
    check(diff(refs["JP"], refs["SC"]) > 0.03, "the reference renderings of 直 should differ between JP and SC")
    probes = [c for c in chars_of(pdf) if c[1] == "直"]
    seen = {"JP": 0, "SC": 0}
    for page, _, x, y, size, font in probes:
        want = "JP" if "jp" in font else "SC" if "sc" in font else None
        check(want is not None, f"直 drawn with an unexpected font {font}")
        if want is None:
            continue
        r = 600 / 72.0
        x0, y0 = int(x * r) - 2, int((y - 0.92 * size) * r) - 2
        w, h = int(size * r) + 4, int(1.08 * size * r) + 4
        stem = work / f"crop-{page}-{int(x)}-{int(y)}"
        run(["pdftoppm", "-r", "600", "-f", str(page), "-l", str(page), "-x", str(x0), "-y", str(y0), "-W", str(w),
             "-H", str(h), "-png", "-singlefile", str(pdf), str(stem)])
        crop = norm(Image.open(f"{stem}.png").convert("RGB"))
        check(crop is not None, f"nothing rendered where 直 is on page {page}")
        if crop is None:
            continue
        distances = {k: diff(crop, v) for k, v in refs.items()}
        best = min(distances, key=distances.get)
        print(f"直 page {page} at {x:.0f},{y:.0f} in {font}: JP {distances['JP']:.3f} SC {distances['SC']:.3f}")
        check(best == want, f"直 on page {page} drawn with {font} renders as the {best} form")
        seen[want] += 1
    check(seen["JP"] >= 2 and seen["SC"] >= 2, f"expected 直 in both faces on the pages, saw {seen}")


# ---- structure --------------------------------------------------------------------------------

def check_outline_and_metadata(pdf):
    with pikepdf.open(pdf) as p:
        with p.open_outline() as outline:
            top = [item.title for item in outline.root]
            check(top == ["Introduction 概要", "Programme 日程"], f"outline top level {top}")
            children = [child.title for item in outline.root for child in item.children]
            check(children == ["日本語の見出し：直近の課題", "中文标题：直接投资", "Missing"], f"outline children {children}")
        root = p.Root.Outlines
        check(int(root.Count) == 2, f"outline /Count {root.Count}")
        check(int(root.First.Count) == -1 and int(root.Last.Count) == -2, "closed entries carry negative /Count")
        check(p.Root.PageMode == pikepdf.Name.UseOutlines, "the viewer opens with the outline")
        info = p.docinfo
        check(str(info.Title) == "Official visit 公式訪問 2023", f"title {info.get('/Title')}")
        check(str(info.Author) == "Protocol Office", "author")
        check(str(info.Keywords) == "briefing, 訪問, 代表团", "keywords")
        check(str(info.Producer).startswith("briefbook "), f"producer {info.get('/Producer')}")
        check(str(info.CreationDate) == "D:20231129093000Z" == str(info.ModDate), "dates from the document")
        check(str(p.Root.Lang) == "en", "catalog /Lang")
        check(bool(p.Root.ViewerPreferences.DisplayDocTitle), "DisplayDocTitle")
        check(p.pdf_version == "1.7", f"version {p.pdf_version}")


def check_links(pdf):
    with pikepdf.open(pdf) as p:
        names = p.Root.Names.Dests.Names
        dests = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}
        check(sorted(dests) == ["intro", "programme"], f"named destinations {sorted(dests)}")
        check(dests["programme"][0].objgen == p.pages[1].obj.objgen, "'programme' goes to page 2")
        internal, external = [], []
        for number, page in enumerate(p.pages, start=1):
            for annot in page.obj.get("/Annots", []):
                check(annot.Subtype == pikepdf.Name.Link, "only link annotations")
                check(list(annot.Border) == [0, 0, 0], "links have no border")
                if "/Dest" in annot:
                    internal.append((number, str(annot.Dest)))
                else:
                    external.append((number, str(annot.A.URI)))
        check(internal == [(1, "programme"), (2, "intro")], f"internal links {internal}")
        check(external == [(1, "https://example.org/briefing")], f"external links {external}")


def check_images(pdf):
    photo = (SOURCE / "tests/data/images/photo.jpg").read_bytes()
    with pikepdf.open(pdf) as p:
        seen = {}
        for page in p.pages:
            for name, xobject in page.obj.Resources.get("/XObject", {}).items():
                seen.setdefault(xobject.objgen, xobject)
        jpegs = [x for x in seen.values() if x.get("/Filter") == pikepdf.Name.DCTDecode]
        check(any(x.read_raw_bytes() == photo for x in jpegs), "photo.jpg embedded byte for byte")
        check(sum(1 for x in jpegs if x.read_raw_bytes() == photo) == 1, "photo.jpg embedded once for two uses")
        cmyk = [x for x in jpegs if x.ColorSpace == pikepdf.Name.DeviceCMYK]
        check(len(cmyk) == 1 and list(cmyk[0].Decode) == [1, 0] * 4, "Adobe CMYK JPEG inverted with /Decode")
        masked = [x for x in seen.values() if "/SMask" in x]
        check(len(masked) == 2, f"RGBA and palette+tRNS PNGs get an SMask, found {len(masked)}")
        check(len(seen) == 8, f"8 images embedded (the corrupt one is a placeholder), found {len(seen)}")


def report_font_sizes(pdf, limit):
    total = 0
    with pikepdf.open(pdf) as p:
        fonts = {}
        for page in p.pages:
            for _, font in page.obj.Resources.Font.items():
                fonts[font.objgen] = font
        for font in fonts.values():
            descendant = font.DescendantFonts[0]
            descriptor = descendant.FontDescriptor
            program = descriptor.FontFile3 if "/FontFile3" in descriptor else descriptor.FontFile2
            parts = {
                "program": len(program.read_raw_bytes()),
                "tounicode": len(font.ToUnicode.read_raw_bytes()),
                "dicts": len(descendant.unparse(resolved=True)) + len(descriptor.unparse(resolved=True)),
            }
            size = sum(parts.values())
            total += size
            print(f"font {font.BaseFont}: {size} bytes {parts}")
    print(f"{pdf.name}: fonts {total} bytes of {pdf.stat().st_size}")
    check(total < limit, f"{pdf.name}: fonts cost {total} bytes, more than {limit}")


def main():
    work = pathlib.Path(os.environ.get("BRIEFBOOK_TEST_TMP", tempfile.mkdtemp())) / "pdf-readers"
    work.mkdir(parents=True, exist_ok=True)
    for old in ("sample.pdf", "dense.pdf"):
        (work / old).unlink(missing_ok=True)
    write_samples(work)
    pdf = work / "sample.pdf"
    check_glyph_forms(pdf, work)
    check_outline_and_metadata(pdf)
    check_links(pdf)
    check_images(pdf)
    report_font_sizes(pdf, 40_000)
    report_font_sizes(work / "dense.pdf", 100_000)
    if FAILURES:
        sys.exit(f"{len(FAILURES)} check(s) failed")
    print("ok")


if __name__ == "__main__":
    main()
