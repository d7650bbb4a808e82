#!/usr/bin/env python3
"""`--max-size`: a book of large photos is written again with its images downsampled until it fits
the budget (smaller image XObjects, the same pages to the eye); a budget no resolution can meet
fails with the sizes and leaves no file; without a budget the JPEG is embedded byte for byte as
before; the screen layout's default budget of 10 MB; a batch reports which books were downsampled.
The large images are made here with PIL."""
import random
import re
import shutil

import pikepdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from batch_support import BRIEFBOOK, SOURCE, expect_run, start, temporary_files  # noqa: F401
import bookcheck as bc

checker = start("test_max_size")
TMP = checker.tmp


def photo(width, height, seed):
    """Photo-like pixels: smooth gradients, soft shapes and grain, which JPEG cannot shrink much."""
    rng = random.Random(seed)
    gradient = Image.linear_gradient("L").resize((width, height))
    image = Image.merge("RGB", (gradient, gradient.rotate(90).resize((width, height)),
                                Image.effect_noise((width, height), 60)))
    draw = ImageDraw.Draw(image)
    for _ in range(150):
        x, y, s = rng.randrange(width), rng.randrange(height), rng.randrange(20, width // 6)
        draw.ellipse([x, y, x + s, y + s], fill=tuple(rng.randrange(256) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(2))
    return Image.blend(image, Image.effect_noise((width, height), 40).convert("RGB"), 0.25)


def make_briefing():
    """tests/data/book/book-images.xml with a 3000 x 4000 JPEG portrait (5 MB), an opaque PNG
    photo as the organization's logo and a large transparent PNG as the cover logo."""
    folder = TMP / "briefing"
    images = folder / "images"
    images.mkdir(parents=True)
    photo(3000, 4000, 1).save(images / "portrait.jpg", quality=92)
    photo(1200, 1200, 2).save(images / "org-photo.png")
    logo = Image.new("RGBA", (2400, 1600), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse([200, 200, 2200, 1400], fill=(20, 60, 160, 255))
    ImageDraw.Draw(logo).rectangle([900, 500, 1500, 1100], fill=(250, 200, 30, 180))
    logo.save(images / "logo.png")
    xml = (SOURCE / "tests/data/book/book-images.xml").read_text(encoding="utf-8")
    xml = (xml.replace("images/photo.jpg", "images/portrait.jpg")
              .replace("images/palette.png", "images/org-photo.png")
              .replace("images/logo-rgba.png", "images/logo.png")
              .replace("images/corrupt.png", "images/portrait-2.jpg")
              .replace("images/missing.jpg", "images/portrait-3.jpg"))
    (folder / "trip.xml").write_text(xml, encoding="utf-8")
    return folder / "trip.xml"


def xobjects(pdf):
    """{file name of the image (by its size): (width, height, filter, raw bytes, has SMask)}."""
    found = {}
    with pikepdf.open(pdf) as doc:
        for page in doc.pages:
            for xobject in page.images.values():
                filters = xobject.get("/Filter")
                found[xobject.objgen] = (int(xobject.Width), int(xobject.Height), str(filters),
                                         xobject.read_raw_bytes(), "/SMask" in xobject)
    return list(found.values())


def page_of_photo(pdf):
    """The 1-based page that draws the portrait's XObject."""
    with pikepdf.open(pdf) as doc:
        for number, page in enumerate(doc.pages, 1):
            if any(str(x.get("/Filter")) == "/DCTDecode" for x in page.images.values()):
                return number
    return 1


def rendered(pdf, page, name):
    """The page at 50 dpi, as poppler draws it."""
    prefix = TMP / name
    bc.run("pdftoppm", "-r", "50", "-png", "-f", page, "-l", page, "-singlefile", pdf, prefix)
    return Image.open(f"{prefix}.png").convert("RGB")


xml = make_briefing()
portrait = (xml.parent / "images/portrait.jpg").read_bytes()
for copy in ("portrait-2.jpg", "portrait-3.jpg"):
    shutil.copy(xml.parent / "images/portrait.jpg", xml.parent / "images" / copy)

# ---- Without a budget: every image as it is ----------------------------------------------------
full = TMP / "full.pdf"
expect_run(checker, "no budget", ["build", xml, "-o", full, "-q"], 0)
full_size = full.stat().st_size
images = xobjects(full)
jpegs = [i for i in images if i[2] == "/DCTDecode"]
checker.check(len(jpegs) == 3 and all(i[3] == portrait for i in jpegs),
              "without --max-size the portraits are not embedded byte for byte")
checker.check(full_size > 15 * 1024 * 1024, f"the full book should be over 15 MB, is {full_size}")
none = TMP / "none.pdf"
expect_run(checker, "--max-size none", ["build", xml, "-o", none, "-q", "--max-size", "none"], 0)
checker.check(none.read_bytes() == full.read_bytes(), "--max-size none changed the book")

# ---- A budget it can meet ----------------------------------------------------------------------
budget = 1024 * 1024
fit = TMP / "fit.pdf"
result = expect_run(checker, "1 MB budget", ["build", xml, "-o", fit, "--max-size", "1MB"], 0)
size = fit.stat().st_size
checker.check(size <= budget, f"the book is {size} bytes, over its budget of {budget}")
said = re.search(r"^wrote \S+ \(\d+ pages, \d+ KB; (\d+) images? downsampled to (\d+) ppi for --max-size\)$",
                 result.stderr, re.M)
checker.check(said is not None, f"no 'downsampled' in the wrote line: {result.stderr!r}")
if said:
    checker.check(int(said.group(1)) == 5, f"expected 5 images downsampled, said {said.group(1)}")
    checker.check(int(said.group(2)) in (300, 200, 150, 100, 72), f"ppi {said.group(2)} is not a step")
small = xobjects(fit)
small_jpegs = [i for i in small if i[2] == "/DCTDecode"]
# The three portraits and the PNG photo became (smaller) baseline JPEGs.
checker.check(len(small_jpegs) == 4, f"expected 4 JPEG images, found {[(i[0], i[1], i[2]) for i in small]}")
for width, height, _, raw, _ in small_jpegs:
    checker.check(width < 1200 and height < 1600 and len(raw) < len(portrait) / 4,
                  f"a JPEG image of {width} x {height}, {len(raw)} bytes, was not downsampled")
    checker.check(raw[:2] == b"\xff\xd8" and b"\xff\xc0" in raw, "a downsampled image is not a baseline JPEG")
# The transparent logo stays lossless, with its soft mask, at fewer pixels.
masked = [i for i in small if i[4]]
checker.check(len(masked) == 1 and masked[0][2] == "/FlateDecode" and masked[0][0] < 2400,
              f"the transparent logo: {[(i[0], i[1], i[2], i[4]) for i in masked]}")
bc.check_readers_agree(checker, fit)
# The same to the eye at screen size: poppler draws the photo's page alike from both.
page = page_of_photo(full)
before, after = rendered(full, page, "before"), rendered(fit, page, "after")
difference = ImageStat.Stat(ImageChops.difference(before, after)).mean
checker.check(before.size == after.size and max(difference) < 3,
              f"page {page} looks different after downsampling: mean difference {difference}")
# Deterministic: the same budget gives the same bytes.
again = TMP / "again.pdf"
expect_run(checker, "1 MB budget again", ["build", xml, "-o", again, "--max-size", "1MB", "-q"], 0)
checker.check(again.read_bytes() == fit.read_bytes(), "the same budget gave different bytes")
# A budget a byte smaller than that book takes a lower resolution.
tighter = TMP / "tighter.pdf"
result = expect_run(checker, "tighter budget", ["build", xml, "-o", tighter, "--max-size", str(size - 1)], 0)
checker.check(tighter.stat().st_size < size, f"the tighter book is {tighter.stat().st_size} bytes, not under {size}")
lower = re.search(r"downsampled to (\d+) ppi", result.stderr)
checker.check(lower and said and int(lower.group(1)) < int(said.group(2)),
              f"a budget under the {said and said.group(2)} ppi book did not take a lower resolution: {result.stderr!r}")
pixels = lambda pdf: sum(i[0] * i[1] for i in xobjects(pdf))  # noqa: E731
checker.check(pixels(tighter) < pixels(fit), "the tighter budget did not take fewer pixels")

# ---- Budgets no resolution can meet -----------------------------------------------------------
# Under what fonts and text alone take: refused at once, without a retry.
impossible = TMP / "impossible.pdf"
result = expect_run(checker, "1 KB budget", ["build", xml, "-o", impossible, "--max-size", "1KB"], 1,
                    stderr_has=["over the --max-size budget of 1 KB", "so no downsampling can fit it"])
rest = re.search(r"the book is [\d.]+ MB, [\d.]+ MB over the --max-size budget of 1 KB; fonts, text and the rest take "
                 r"(\d+) KB without its images \([\d.]+ MB\)", result.stderr)
checker.check(rest is not None, f"the failure does not give the sizes: {result.stderr!r}")
checker.check(not impossible.exists(), "a book over budget was written")
# Just over what fonts and text take: every resolution is tried, down to 72 ppi, in vain.
if rest:
    budget_kb = int(rest.group(1)) + 1
    result = expect_run(checker, f"{budget_kb} KB budget", ["build", xml, "-o", impossible, "--max-size", f"{budget_kb}KB"],
                        1, stderr_has=["even with its images downsampled to 72 ppi",
                                       f"over the --max-size budget of {budget_kb} KB"])
    checker.check(re.search(r"the book is \d+ KB even with its images downsampled to 72 ppi \([\d.]+ MB with them as "
                            r"they are\), \d+ (KB|bytes) over the --max-size budget of \d+ KB; fonts, text and the rest "
                            r"take \d+ KB of it, the images \d+ (KB|bytes)", result.stderr),
                  f"the failure does not give the sizes: {result.stderr!r}")
checker.check(not impossible.exists(), "a book over budget was written")
checker.check(temporary_files(impossible.parent) == [], "a temporary file was left behind")

# ---- The screen layout's default budget: 10 MB -------------------------------------------------
screen = TMP / "screen.pdf"
result = expect_run(checker, "screen layout", ["build", xml, "-o", screen, "--layout", "screen"], 0,
                    stderr_has="ppi for --max-size")
checker.check(screen.exists() and screen.stat().st_size <= 10 * 1024 * 1024,
              f"the screen book is not within 10 MB: {screen.stat().st_size if screen.exists() else 'missing'}")

# ---- A batch says which books were downsampled --------------------------------------------------
books = TMP / "books"
result = expect_run(checker, "batch", ["build", xml, "--each", "all", "-o", books, "--max-size", "1MB"], 0,
                    stderr_has="summary: 2 of 2 books written")
checker.check(re.search(r"^summary: .*, 2 downsampled, ", result.stderr, re.M),
              f"the summary does not count the downsampled books: {result.stderr!r}")
listed = re.findall(r"^  downsampled: \S+/([^/ ]+\.pdf): \d+ images? downsampled to \d+ ppi", result.stderr, re.M)
checker.check(sorted(listed) == ["li-ming.pdf", "sato-hana.pdf"], f"downsampled books listed: {listed}")
for book in books.glob("*.pdf"):
    checker.check(book.stat().st_size <= budget, f"{book.name} is over its budget")

checker.done()
