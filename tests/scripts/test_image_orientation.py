#!/usr/bin/env python3
"""Photos with an EXIF orientation (as phones store portraits) appear upright in the book, with
the upright proportions, in poppler and in MuPDF: one book per orientation 1-8, each with a photo
whose upright picture has four coloured quadrants, stored turned or mirrored as that orientation
says. The photos are made here with PIL, which also checks that the test files are right."""
from PIL import Image, ImageOps

from batch_support import expect_run, start
import bookcheck as bc

checker = start("test_image_orientation")
TMP = checker.tmp

QUADRANTS = {"red": (230, 20, 20), "green": (20, 200, 20), "blue": (20, 20, 230), "yellow": (240, 230, 20)}
# Stored pixels from the upright picture: the inverse of what each orientation asks a viewer to do.
STORE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
         4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_90,
         7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}

BRIEFING = """<?xml version="1.0" encoding="UTF-8"?>
<briefing version="1" xml:lang="en">
  <meta>
    <title>Orientation {o}</title>
    <date>2024-05-02</date>
    <timezone>Asia/Tokyo</timezone>
  </meta>
  <people>
    <person id="li-ming" side="delegation" precedence="1">
      <name family="Li" given="Ming"/>
      <photo src="photo.jpg"/>
      <bio><p>A fictional delegate whose photo is stored with EXIF orientation {o}.</p></bio>
    </person>
  </people>
</briefing>
"""


def upright_picture():
    """240 x 160, landscape: red top left, green top right, blue bottom left, yellow bottom right."""
    image = Image.new("RGB", (240, 160))
    for name, box in (("red", (0, 0, 120, 80)), ("green", (120, 0, 240, 80)),
                      ("blue", (0, 80, 120, 160)), ("yellow", (120, 80, 240, 160))):
        image.paste(QUADRANTS[name], box)
    return image


def centroids(image):
    """{colour: (x, y)} of the pixels close to each quadrant colour, and their bounding box."""
    sums = {name: [0, 0, 0] for name in QUADRANTS}
    box = [image.width, image.height, 0, 0]
    pixels = image.load()
    for y in range(image.height):
        for x in range(image.width):
            r, g, b = pixels[x, y]
            for name, (cr, cg, cb) in QUADRANTS.items():
                if abs(r - cr) < 40 and abs(g - cg) < 40 and abs(b - cb) < 40:
                    sums[name][0] += x
                    sums[name][1] += y
                    sums[name][2] += 1
                    box = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
    found = {name: (s[0] / s[2], s[1] / s[2]) for name, s in sums.items() if s[2] > 0}
    return found, box


def upright(where, label, image):
    """Checks the quadrants sit where the upright picture has them, landscape."""
    found, box = centroids(image)
    if len(found) != 4:
        checker.check(False, f"{label}: {where} shows only {sorted(found)} of the four quadrants")
        return
    red, green, blue, yellow = (found[n] for n in ("red", "green", "blue", "yellow"))
    checker.check(red[0] < green[0] and blue[0] < yellow[0], f"{label}: {where}: left and right are swapped {found}")
    checker.check(red[1] < blue[1] and green[1] < yellow[1], f"{label}: {where}: top and bottom are swapped {found}")
    width, height = box[2] - box[0], box[3] - box[1]
    checker.check(width > 1.3 * height, f"{label}: {where}: the photo is drawn {width} x {height}, not landscape 3:2")


def page_with_photo(pdf):
    import pikepdf
    with pikepdf.open(pdf) as doc:
        for number, page in enumerate(doc.pages, 1):
            if page.images:
                return number
    return None


for orientation, store in STORE.items():
    label = f"orientation {orientation}"
    folder = TMP / f"o{orientation}"
    folder.mkdir(parents=True, exist_ok=True)
    stored = upright_picture() if store is None else upright_picture().transpose(store)
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.save(folder / "photo.jpg", quality=95, subsampling=0, exif=exif.tobytes())
    # The test's own files first: a viewer that honours EXIF (PIL) shows them upright.
    upright("PIL", label, ImageOps.exif_transpose(Image.open(folder / "photo.jpg")).convert("RGB"))
    (folder / "trip.xml").write_text(BRIEFING.format(o=orientation), encoding="utf-8")
    pdf = folder / "book.pdf"
    expect_run(checker, label, ["build", folder / "trip.xml", "-o", pdf, "-q"], 0)
    page = page_with_photo(pdf)
    if page is None:
        checker.check(False, f"{label}: no page draws the photo")
        continue
    bc.run("pdftoppm", "-r", "100", "-png", "-f", page, "-l", page, "-singlefile", pdf, folder / "poppler")
    upright("poppler", label, Image.open(folder / "poppler.png").convert("RGB"))
    bc.run("mutool", "draw", "-q", "-r", "100", "-o", folder / "mupdf.png", pdf, str(page))
    upright("MuPDF", label, Image.open(folder / "mupdf.png").convert("RGB"))

checker.done()
