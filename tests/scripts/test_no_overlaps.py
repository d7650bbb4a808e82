#!/usr/bin/env python3
"""No overlapping text on any page, in every layout: the display list (`briefbook dump --stage
pages`) gives each glyph run's position, size and advances; two runs whose boxes overlap are a
layout bug (a table cell running into its neighbour, a line set on top of another, a running head
over the text). The diagonal DRAFT mark lies under the text on purpose and is left out. Also no
glyph run leaves the page, and no page but a blank verso is empty."""
import re
import subprocess
import sys

import bookcheck as bc

RUN = re.compile(r"^  glyphs (\S+) ([\d.]+)pt \S+ at (-?[\d.]+),(-?[\d.]+)( angle [\d.-]+)? lang")
GLYPH = re.compile(r"(\d+)=(\d+)@(-?[\d.]+),(-?[\d.]+)\+(-?[\d.]+)")

c = bc.Checker("test_no_overlaps")


def pages_of(dump):
    """[(width, height, [run boxes])]: a box is (x0, y0, x1, y1, text)."""
    pages, runs, current = [], None, None
    for line in dump.splitlines():
        m = re.match(r"^page \d+ ([\d.]+)x([\d.]+)", line)
        if m:
            runs = []
            pages.append((float(m.group(1)), float(m.group(2)), runs))
            current = None
            continue
        m = RUN.match(line)
        if m and runs is not None:
            size, x, y, rotated = float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5)
            current = None if rotated else {"x": x, "y": y, "size": size, "lo": None, "hi": None,
                                            "font": m.group(1), "text": line.split('"', 1)[-1][:40]}
            if current:
                runs.append(current)
            continue
        if current is not None and line.startswith("    ["):
            for g in GLYPH.finditer(line):
                gx, adv = float(g.group(3)), float(g.group(5))
                lo, hi = current["x"] + gx, current["x"] + gx + adv
                current["lo"] = lo if current["lo"] is None else min(current["lo"], lo)
                current["hi"] = hi if current["hi"] is None else max(current["hi"], hi)
        elif not line.startswith("    "):
            current = None
    out = []
    for w, h, rs in pages:
        boxes = [(r["lo"], r["y"] - 0.8 * r["size"], r["hi"], r["y"] + 0.2 * r["size"], r["text"], r["font"], r["size"])
                 for r in rs if r["lo"] is not None and r["hi"] > r["lo"]]
        out.append((w, h, boxes))
    return out


def style_sizes(layout):
    """{style name: size in pt} of a layout, from `briefbook dump --stage layout`."""
    dump = bc.run(bc.BRIEFBOOK, "dump", "--stage", "layout", "--layout", layout)
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"^style (\S+) .*? size=([\d.]+)", dump.stdout, re.M)}


def check(name, xml, *options, duplex=True):
    dump = bc.run(bc.BRIEFBOOK, "dump", "--stage", "pages", xml, *options)
    if not c.check(dump.returncode == 0, f"{name}: dump failed: {dump.stderr[-300:]}"):
        return
    sizes = style_sizes(options[options.index("--layout") + 1] if "--layout" in options else "a4")
    heading_sizes = {sizes["h2"], sizes["h3"]}
    running_sizes = {sizes["header"], sizes["footer"]}
    for number, (width, height, boxes) in enumerate(pages_of(dump.stdout), start=1):
        # Only a left-hand page before a section that starts on the right may be blank.
        c.check(boxes or (duplex and number % 2 == 0), f"{name} p{number}: an empty page")
        # A heading is never the last thing on a page (keep-with-next): something of the text
        # area lies below the lowest heading line.
        text = [b for b in boxes if b[6] not in running_sizes]
        headings = [b for b in text if "Bold" in b[5] and b[6] in heading_sizes]
        if headings:
            lowest = max(headings, key=lambda b: b[3])
            c.check(any(b[1] > lowest[3] for b in text),
                    f"{name} p{number}: the heading '{lowest[4]}' ends the page")
        for box in boxes:
            c.check(box[0] >= -0.5 and box[2] <= width + 0.5 and box[1] >= 0 and box[3] <= height,
                    f"{name} p{number}: text outside the page: {box}")
        boxes.sort()
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b[0] >= a[2]:
                    break
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                if overlap_x > 0.5 and overlap_y > 1.0:
                    c.check(False, f"{name} p{number}: '{a[4]}' overlaps '{b[4]}' ({overlap_x:.1f} x {overlap_y:.1f} pt)")


SAMPLE = "samples/phirda-japan-2023/briefing.xml"
for layout in ("a4", "letter", "a5-pocket", "screen"):
    check(f"sample/{layout}", SAMPLE, "--layout", layout, duplex=layout in ("a4", "letter"))
generated = c.tmp / "generated-sample.xml"
subprocess.run([sys.executable, str(bc.SOURCE / "bench/generate_briefing.py"), "--size", "sample", "-o", str(generated)],
               check=True)
for layout in ("a4", "a5-pocket"):
    check(f"generated/{layout}", generated, "--layout", layout, duplex=layout == "a4")
    # Table columns too narrow for whole names let the names break (where the rules allow)
    # before any text breaks where they do not: no emergency break, even on A5.
    built = bc.run(bc.BRIEFBOOK, "build", generated, "--layout", layout, "-o", c.tmp / f"generated-{layout}.pdf")
    c.check(built.returncode == 0 and "para.emergency-break" not in built.stderr,
            f"generated/{layout}: {built.stderr[-600:]}")
check("images", "tests/data/book/book-images.xml")
# A title longer than the space beside the classification in the running heads: shortened with an
# ellipsis there, never run into the centre slot.
long_title = c.tmp / "long-title.xml"
sample_text = (bc.SOURCE / SAMPLE).read_text(encoding="utf-8")
long_title.write_text(sample_text.replace(
    "<title>PhIRDA Delegation Visit to Japan</title>",
    "<title>Visit of the Delegation of the China Pharmaceutical Innovation and Research Development "
    "Association to Japanese Industry Associations, Companies and Research Centres</title>", 1),
    encoding="utf-8")
c.check("Research Centres" in long_title.read_text(encoding="utf-8"), "the sample's title was not replaced")
for layout in ("a4", "a5-pocket"):
    # (in the scratch folder its photos are missing: placeholders, which is fine here)
    check(f"long-title/{layout}", long_title, "--layout", layout, duplex=layout == "a4")
check("japanese", "tests/data/book/book-ja.xml")
c.done()
