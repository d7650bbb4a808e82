#!/usr/bin/env python3
"""Hostile and broken resources around a briefing, end to end: images that are bombs, truncated,
not images, pipes or links out of the folder; characters no font has; a font configuration naming
a family that is not installed, a font file that is gone or damaged; an output that is a device,
unwritable or full. Each case checks the message, the exit status, and that no file is left
behind (or that the book is made and every reader agrees on it). docs/reliability.md lists them.

Environment (set by ctest): BRIEFBOOK (the CLI), BRIEFBOOK_SOURCE_DIR, BRIEFBOOK_TEST_TMP.
"""
import os
import re
import resource
import shutil
import signal

import bookcheck as bc

c = bc.Checker("test_reliability")
VALID = bc.SOURCE / "tests/data/model/valid-full.xml"
IMAGES = bc.SOURCE / "tests/data/images"


def fresh(name):
    folder = c.tmp / name
    if folder.is_symlink() or folder.is_file():
        folder.unlink()
    elif folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def briefbook(*args, env=None, preexec_fn=None, timeout=120):
    import subprocess
    return subprocess.run([bc.BRIEFBOOK, *map(str, args)], cwd=bc.SOURCE, capture_output=True, text=True,
                          errors="replace", timeout=timeout, env=env, preexec_fn=preexec_fn)


def expect(name, result, status, *fragments):
    c.check(result.returncode == status, f"{name}: exit {result.returncode}, expected {status}\n{result.stderr}")
    for fragment in fragments:
        if hasattr(fragment, "search"):
            c.check(fragment.search(result.stderr), f"{name}: stderr does not match {fragment.pattern!r}:\n{result.stderr}")
        else:
            c.check(fragment in result.stderr, f"{name}: stderr lacks {fragment!r}:\n{result.stderr}")


def leftovers(folder, keep=()):
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def briefing(people, logo=None):
    """A small briefing whose people have the given photos: [(id, src)]."""
    rows = "\n".join(f'    <person id="{pid}"><name>Person {pid}</name><photo src="{src}"/></person>'
                     for pid, src in people)
    meta_logo = f'<logo src="{logo}"/>' if logo else ""
    return (f'<briefing version="1" xml:lang="en">\n'
            f'  <meta><title>Resources</title><timezone>Asia/Tokyo</timezone>{meta_logo}</meta>\n'
            f'  <people>\n{rows}\n  </people>\n</briefing>\n')


# ---- images: bombs, broken files, things that are not files ---------------------------------------
def images():
    folder = fresh("images")
    for name in ("bomb.png", "truncated.jpg", "corrupt.png", "deep16.png", "cmyk.jpg", "logo-rgba.png"):
        shutil.copy(IMAGES / name, folder / name)
    (folder / "notes.png").write_text("not an image at all\n")
    os.mkfifo(folder / "pipe.png")  # reading it would block forever
    (folder / "briefing.xml").write_text(briefing(
        [("a", "bomb.png"), ("b", "truncated.jpg"), ("c", "corrupt.png"), ("d", "notes.png"),
         ("e", "pipe.png"), ("f", "deep16.png"), ("g", "cmyk.jpg")], logo="logo-rgba.png"))
    pdf = folder / "out.pdf"
    result = briefbook("build", folder / "briefing.xml", "-o", pdf, timeout=60)
    xml = re.escape(str(folder / "briefing.xml"))
    expect("images", result, 0,
           # the bomb is refused from its header, located, before anything decodes it
           re.compile(xml + r":4:\d+: warning: image 'bomb.png' declares 100000 x 100000 pixels, more than the "
                      r"limit of 50000000: a placeholder is drawn \[image.too-large\]"),
           re.compile(r"truncated\.jpg.*\[image\.corrupt\]"),
           re.compile(xml + r":6:\d+: warning: image 'corrupt.png' cannot be used .*\[image.unusable\]"),
           re.compile(xml + r":7:\d+: warning: image 'notes.png' cannot be used \(not a PNG or JPEG image\)"),
           re.compile(xml + r":8:\d+: warning: image 'pipe.png' not found; the book shows a placeholder "
                      r"\[image.missing\]"))
    c.check(pdf.exists(), "images: no book")
    if pdf.exists():
        bc.check_readers_agree(c, pdf)
        import pikepdf
        with pikepdf.open(pdf) as doc:
            count = len({x.objgen for page in doc.pages for x in page.images.values()})
            c.check(str(doc.docinfo.get("/Title", "")) == "Resources", "images: pikepdf reads no title")
        c.check(any(title == "People" for _, title, _ in bc.outline_of(pdf)), "images: no People in the outline")
        # logo (with its soft mask counted apart), 16-bit PNG and CMYK JPEG; nothing of the others
        c.check(count == 3, f"images: {count} images embedded, expected the 3 usable ones")
    c.check(leftovers(folder, keep={"out.pdf", "briefing.xml", "notes.png", "pipe.png"}) ==
            sorted(["bomb.png", "truncated.jpg", "corrupt.png", "deep16.png", "cmyk.jpg", "logo-rgba.png"]),
            f"images: unexpected files {leftovers(folder)}")


# ---- paths: links out of the briefing's folder, URLs ----------------------------------------------
def paths():
    root = fresh("paths")
    outside = root / "outside"
    outside.mkdir()
    shutil.copy(IMAGES / "logo-rgba.png", outside / "secret.png")
    folder = root / "briefing"
    (folder / "images").mkdir(parents=True)
    shutil.copy(IMAGES / "logo-rgba.png", folder / "images" / "logo.png")
    os.symlink(outside / "secret.png", folder / "link-out.png")             # a file link out
    os.symlink(outside, folder / "folder-out")                              # a folder link out
    os.symlink("images/logo.png", folder / "link-in.png")                   # a link that stays inside
    os.symlink(folder / "nowhere.png", folder / "dangling.png")
    os.symlink("/dev/zero", folder / "zero.png")                            # a device, through a link

    def build(name, src, status, *fragments, options=()):
        xml = folder / f"{name}.xml"
        xml.write_text(briefing([("p", src)]))
        pdf = root / f"{name}.pdf"
        result = briefbook("build", xml, "-o", pdf, *options, timeout=60)
        expect(name, result, status, *fragments)
        c.check(pdf.exists() == (status == 0), f"{name}: a book {'missing' if status == 0 else 'written'}")
        c.check(not [p for p in root.iterdir() if p.name.startswith(".")], f"{name}: temporary files left")
        return pdf

    escapes = "leads outside the briefing's folder through a symbolic link (allowed only with --allow-any-path) " \
              "[image.path-escapes]"
    build("file-link-out", "link-out.png", 1, f"image path 'link-out.png' {escapes}")
    build("folder-link-out", "folder-out/secret.png", 1, f"image path 'folder-out/secret.png' {escapes}")
    # A link to a device is no regular file: reported missing, never opened.
    build("device-link", "zero.png", 0, "image 'zero.png' not found; the book shows a placeholder [image.missing]")
    build("file-link-out-allowed", "link-out.png", 0, options=["--allow-any-path"])
    build("link-in", "link-in.png", 0)
    build("dotdot-inside", "images/../images/logo.png", 0)
    build("dangling-link", "dangling.png", 0, "image 'dangling.png' not found")
    # A URL is a file name like any other: nothing is fetched.
    build("url", "http://127.0.0.1:9/logo.png", 0, "image 'http://127.0.0.1:9/logo.png' not found")
    build("file-url", "file:///etc/hostname", 0, "image 'file:///etc/hostname' not found")
    # The briefing reached through a linked folder: its images are still inside.
    os.symlink(folder, root / "via-link")
    xml = root / "via-link" / "link-in.xml"
    result = briefbook("build", xml, "-o", root / "via-link.pdf")
    expect("briefing through a linked folder", result, 0)


# ---- characters no font has ------------------------------------------------------------------------
def missing_glyphs():
    folder = fresh("glyphs")
    xml = folder / "glyphs.xml"
    xml.write_text('<briefing version="1" xml:lang="en">\n'
                   '  <meta><title>Glyphs</title><timezone>Asia/Tokyo</timezone></meta>\n'
                   '  <overview><p>PUA \ue000 X.</p><p>Linear A \U00010600 Y.</p><p>Mark \ufffd Z.</p></overview>\n'
                   '  <people><person id="a"><name>A</name></person></people>\n</briefing>\n')
    pdf = folder / "glyphs.pdf"
    result = briefbook("build", xml, "-o", pdf)
    expect("missing glyphs", result, 0,
           re.compile(re.escape(str(xml)) + r":3:\d+: warning: no configured font has U\+E000 .*"
                      r"a replacement mark is drawn instead \[text.missing-glyph\]"),
           "no configured font has U+10600")
    c.check("U+FFFD" not in result.stderr, "the replacement mark itself is reported missing")
    if pdf.exists():
        bc.check_readers_agree(c, pdf)
    # The glyph drawn for each missing character is the font's U+FFFD, never .notdef (glyph 0).
    dump = briefbook("dump", "--stage", "pages", xml).stdout
    glyphs = {}
    for text, run in re.findall(r'lang en "([^"]*)"\n\s+\[([^\]]*)\]', dump):
        placed = dict((int(cluster), glyph) for glyph, cluster in re.findall(r"(\d+)=(\d+)@", run))
        for char in ("\ue000", "\U00010600", "\ufffd"):
            if char in text:
                glyphs[char] = placed.get(len(text[:text.index(char)].encode()))
    c.check(len(glyphs) == 3, f"missing glyphs: runs not found in the page dump: {glyphs}")
    if len(glyphs) == 3:
        c.check(glyphs["\ue000"] == glyphs["\U00010600"] == glyphs["\ufffd"] and glyphs["\ufffd"] != "0",
                f"missing glyphs: drawn as glyphs {glyphs}, expected U+FFFD's glyph for each")


# ---- fonts: a family not installed, a file gone, a damaged file -------------------------------------
NOTO_SERIF = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf"


def data_dir(folder, family="Noto Serif"):
    """A data folder whose font configuration draws every role with one family."""
    (folder / "data" / "fonts").mkdir(parents=True)
    shutil.copytree(bc.SOURCE / "layouts", folder / "data" / "layouts")
    roles = "\n".join(f'  <role name="{r}"><chain><font family="{family}"/></chain></role>'
                      for r in ("body", "heading", "label", "mono"))
    (folder / "data" / "fonts" / "fonts.xml").write_text(
        f'<fonts version="1">\n  <family name="{family}" package="fonts-briefbook-test"/>\n{roles}\n</fonts>\n')
    return folder / "data"


def font_environment(folder, font_bytes):
    """A fontconfig configuration that knows one font folder, indexed while the font was intact;
    the file is then replaced by `font_bytes` (None: deleted), and the folder's time reset so that
    fontconfig keeps its index: a font damaged or removed after it was installed."""
    fonts = folder / "fontdir"
    fonts.mkdir()
    (folder / "cache").mkdir()
    config = folder / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?>\n<fontconfig>\n  <dir>{fonts}</dir>\n'
                      f'  <cachedir>{folder / "cache"}</cachedir>\n</fontconfig>\n')
    target = fonts / "NotoSerif-Regular.ttf"
    shutil.copy(NOTO_SERIF, target)
    env = dict(os.environ, FONTCONFIG_FILE=str(config), BRIEFBOOK_DATA_DIR=str(data_dir(folder)))
    bc.run("fc-cache", "-f", env=env)
    times = os.stat(fonts)
    if font_bytes is None:
        target.unlink()
    else:
        target.write_bytes(font_bytes)
    os.utime(fonts, ns=(times.st_atime_ns, times.st_mtime_ns))
    return env


def fonts():
    # A family the configuration names is not installed: exit 3 before any work, naming it.
    folder = fresh("font-missing")
    env = dict(os.environ, BRIEFBOOK_DATA_DIR=str(data_dir(folder, "Briefbook Absent Serif")))
    pdf = folder / "out.pdf"
    result = briefbook("build", VALID, "-o", pdf, env=env)
    expect("font family missing", result, 3,
           "'Briefbook Absent Serif' (Debian package fonts-briefbook-test)", "[font.family-missing]")
    c.check(not pdf.exists() and leftovers(folder) == ["data"], "font family missing: files left behind")
    if not os.path.exists(NOTO_SERIF) or shutil.which("fc-cache") is None:
        print("skipped: damaged font files (no Noto Serif or fc-cache)")
        return
    # The file fontconfig knows is gone: exit 3, naming the file.
    folder = fresh("font-gone")
    env = font_environment(folder, None)
    result = briefbook("build", VALID, "-o", folder / "out.pdf", env=env)
    expect("font file gone", result, 3, "cannot read font file", "NotoSerif-Regular.ttf [font.unreadable]")
    c.check(not (folder / "out.pdf").exists(), "font file gone: a book was written")
    # The file was cut short after fontconfig indexed it: exit 3, not a book of replacement marks.
    folder = fresh("font-truncated")
    env = font_environment(folder, open(NOTO_SERIF, "rb").read()[:1000])
    result = briefbook("build", VALID, "-o", folder / "out.pdf", env=env)
    expect("font file truncated", result, 3, re.compile(r"damaged font file \(table '[A-Za-z/2 ]{4}' ends past the end "
                                                        r"of the file; truncated\?\): .*NotoSerif-Regular\.ttf "
                                                        r"\[font\.unreadable\]"))
    c.check(not (folder / "out.pdf").exists(), "font file truncated: a book was written")
    # Random bytes over the outlines, the glyph locations and the positioning table: no crash; the
    # book is made (the damage is in what HarfBuzz and FreeType read defensively) and readers agree.
    folder = fresh("font-damaged")
    data = bytearray(open(NOTO_SERIF, "rb").read())
    import random
    noise = random.Random(7)
    tables = {}
    count = int.from_bytes(data[4:6], "big")
    for i in range(count):
        entry = data[12 + 16 * i:28 + 16 * i]
        tables[bytes(entry[:4])] = (int.from_bytes(entry[8:12], "big"), int.from_bytes(entry[12:16], "big"))
    for tag in (b"glyf", b"loca", b"GPOS"):
        offset, length = tables[tag]
        data[offset:offset + length] = bytes(noise.randrange(256) for _ in range(length))
    env = font_environment(folder, bytes(data))
    pdf = folder / "out.pdf"
    result = briefbook("build", VALID, "-o", pdf, env=env)
    c.check(result.returncode in (0, 3), f"damaged font: exit {result.returncode}\n{result.stderr[-2000:]}")
    if result.returncode == 0:
        bc.check_readers_agree(c, pdf)
    else:
        c.check(not pdf.exists(), "damaged font: exit 3 but a book was written")


# ---- where the book goes: a device, a folder nobody can write, a full disk --------------------------
def outputs():
    folder = fresh("outputs")
    expect("-o /dev/full", briefbook("build", VALID, "-o", "/dev/full"), 3,
           "briefbook build: /dev/full: not a regular file [io.unwritable]")
    c.check(os.path.exists("/dev/full") and not os.path.isfile("/dev/full"), "/dev/full was replaced")
    # A link to a device is refused the same way; a link to a file is replaced, its target untouched.
    os.symlink("/dev/full", folder / "device-link.pdf")
    expect("-o link to /dev/full", briefbook("build", VALID, "-o", folder / "device-link.pdf"), 3,
           "not a regular file [io.unwritable]")
    (folder / "target.txt").write_text("keep me")
    os.symlink(folder / "target.txt", folder / "file-link.pdf")
    expect("-o link to a file", briefbook("build", VALID, "-o", folder / "file-link.pdf", "-q"), 0)
    c.check((folder / "target.txt").read_text() == "keep me", "-o link to a file: the link's target was written")
    # A folder where no file can be created. As root every folder is writable, but /proc is not.
    if os.geteuid() != 0:
        locked = folder / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        expect("read-only folder", briefbook("build", VALID, "-o", locked / "b.pdf"), 3,
               f"cannot write in {locked}", "[io.unwritable]")
        c.check(leftovers(locked) == [], "read-only folder: files left")
        locked.chmod(0o755)
    expect("-o in /proc", briefbook("build", VALID, "-o", "/proc/briefbook-test.pdf"), 3, "[io.")
    # A full disk, made with a file size limit (the kernel answers EFBIG as it would ENOSPC): the
    # temporary file is removed and an existing book is left as it was.
    full = folder / "full"
    full.mkdir()
    (full / "book.pdf").write_text("the previous book")

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    result = briefbook("build", VALID, "-o", full / "book.pdf", preexec_fn=small_disk)
    expect("full disk", result, 3, f"briefbook build: {full / 'book.pdf'}: cannot write: File too large "
                                   "[io.write-failed]")
    c.check((full / "book.pdf").read_text() == "the previous book", "full disk: the previous book was damaged")
    c.check(leftovers(full) == ["book.pdf"], f"full disk: files left: {leftovers(full)}")


images()
paths()
missing_glyphs()
fonts()
outputs()
c.done()
