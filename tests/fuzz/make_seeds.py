#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from small files of the source tree (samples/,
tests/). Run once when a target is added; the corpora then grow by fuzzing and are minimized
with libFuzzer's -merge=1 (docs/reliability.md). Existing files are kept.

    tests/fuzz/make_seeds.py            # from the source folder
"""
import hashlib
import pathlib
import re
import sys

SOURCE = pathlib.Path(__file__).resolve().parents[2]
CORPUS = SOURCE / "tests/fuzz/corpus"
MAX_SEED_BYTES = 40_000  # small files only: every seed is replayed in every build

LANGUAGES = ["en", "ja", "zh-Hans", "zh-Hant", "ko", "", "de", "ar"]


def save(target, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ("seed-" + hashlib.sha1(data).hexdigest()[:16])
    if not path.exists():
        path.write_bytes(data)


def small_files(pattern):
    return [p for p in sorted(SOURCE.glob(pattern)) if p.stat().st_size <= MAX_SEED_BYTES]


def briefing_seeds():
    files = (small_files("samples/**/*.xml") + small_files("tests/data/model/*.xml")
             + small_files("tests/bad-input/**/*.xml"))
    for path in files:
        save("load_briefing", path.read_bytes())
    # The whole pipeline: briefings that build (no errors), and one naming every test image
    # (the fuzz target resolves images in tests/data/images).
    buildable = (small_files("samples/**/*.xml") + small_files("tests/data/model/valid*.xml")
                 + small_files("tests/bad-input/warnings/*.xml"))
    for path in buildable:
        save("build_book", path.read_bytes())
    images = sorted(p.name for p in (SOURCE / "tests/data/images").iterdir() if p.suffix in (".png", ".jpg"))
    people = "\n".join(
        f'    <person id="p{i}" side="guest"><name>Person {i}</name><photo src="{name}"/></person>'
        for i, name in enumerate(images))
    save("build_book", f"""<briefing version="1" xml:lang="en">
  <meta><title>Images</title><timezone>Asia/Tokyo</timezone><logo src="logo-rgba.png"/></meta>
  <people>
{people}
  </people>
</briefing>
""".encode())


def paragraph_seed(width, flags, size, width2, spans):
    data = bytes([width, flags, size, width2])
    for i, (lang, text) in enumerate(spans):
        if i > 0:
            data += b"\0" + bytes([LANGUAGES.index(lang) if lang in LANGUAGES else 0])
        data += text.encode()
    return data


def paragraph_seeds():
    settings = [(60, 0b10000, 6, 200), (16, 0b00001, 10, 40), (120, 0b0100110, 2, 8)]
    n = 0
    for path in sorted((SOURCE / "tests/data/para").glob("*.txt")):
        lang = "en"
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.startswith("#lang:"):
                lang = row[6:].strip()
                continue
            if not row or row.startswith("#"):
                continue
            spans, at = [], 0
            for m in re.finditer(r"\[([^|\]]+)\|([^\]]*)\]", row):
                spans.append((lang, row[at:m.start()]))
                spans.append((m.group(1), m.group(2)))
                at = m.end()
            spans.append((lang, row[at:]))
            # the header bytes of the span markers carry the language only; span 0 is `lang`
            spans = [s for s in spans if s[1]]
            if spans and spans[0][0] != "en":
                spans.insert(0, ("en", ""))
            width, flags, size, width2 = settings[n % len(settings)]
            save("paragraph", paragraph_seed(width, flags, size, width2, spans))
            n += 1
    # A line separator (what <br/> becomes), an empty paragraph, one over-long word.
    save("paragraph", paragraph_seed(80, 0, 6, 10, [("en", "first line\u2028second line")]))
    save("paragraph", paragraph_seed(80, 0, 6, 10, []))
    save("paragraph", paragraph_seed(4, 0b10000, 30, 1, [("en", "Pneumonoultramicroscopicsilicovolcanoconiosis")]))


def layout_seeds():
    for path in small_files("layouts/*.xml") + small_files("tests/data/layouts/*.xml"):
        save("layout", path.read_bytes())


def main():
    briefing_seeds()
    paragraph_seeds()
    layout_seeds()
    for folder in sorted(CORPUS.iterdir()):
        print(f"{folder.name}: {len(list(folder.iterdir()))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
