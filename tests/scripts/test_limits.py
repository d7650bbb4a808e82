#!/usr/bin/env python3
"""The limits of include/briefbook/limits.hpp, met through the CLI: each is refused quickly with its
diagnostic, the right exit status and no file left behind. Books over the page limit take a
composition pass of several thousand pages, so they run only with BRIEFBOOK_SLOW_TESTS=1
(tests/unit/reliability_limits_test.cpp checks the page limit with a small one in every build).

Environment (set by ctest): BRIEFBOOK (the CLI), BRIEFBOOK_SOURCE_DIR, BRIEFBOOK_TEST_TMP.
"""
import os
import re
import time

import bookcheck as bc

c = bc.Checker("test_limits")
SLOW = os.environ.get("BRIEFBOOK_SLOW_TESTS") == "1"
# A generous bound on how long refusing hostile input may take, sanitizers included; what it
# guards against is minutes or hours.
QUICK = 60


def head(overview="", people='<people><person id="a"><name>A</name></person></people>'):
    return ('<briefing version="1" xml:lang="en"><meta><title>Limits</title><timezone>Asia/Tokyo</timezone>'
            f'</meta>\n<overview>{overview}</overview>\n{people}</briefing>\n')


def refused(name, xml_text, *fragments, command="build"):
    """Builds (or validates) the file; expects exit 1 with the fragments, quickly, and no output."""
    folder = c.tmp / name
    folder.mkdir(exist_ok=True)
    for leftover in folder.iterdir():
        leftover.unlink()
    xml = folder / "in.xml"
    if isinstance(xml_text, bytes):
        xml.write_bytes(xml_text)
    else:
        xml.write_text(xml_text, encoding="utf-8")
    pdf = folder / "out.pdf"
    args = ["build", xml, "-o", pdf] if command == "build" else ["validate", xml]
    start = time.monotonic()
    result = bc.run(bc.BRIEFBOOK, *args, timeout=600)
    seconds = time.monotonic() - start
    c.check(result.returncode == 1, f"{name}: exit {result.returncode}, expected 1\n{result.stderr[-2000:]}")
    for fragment in fragments:
        c.check(fragment in result.stderr, f"{name}: stderr lacks {fragment!r}:\n{result.stderr[-2000:]}")
    c.check(seconds < QUICK, f"{name}: took {seconds:.1f} s")
    c.check(sorted(p.name for p in folder.iterdir()) == ["in.xml"], f"{name}: files left behind")
    print(f"{name}: refused in {seconds:.2f} s")
    return result


# Inline markup 100,000 deep: refused at depth 64 without recursion.
depth = 100_000
refused("inline-depth", head("<p>" + "<b>" * depth + "deep" + "</b>" * depth + "</p>"),
        ":2:206: error: inline markup nested more than 64 levels deep; the deeper content is left out [limit.depth]")
# Lists 100,000 deep.
refused("list-depth", head("<ul><li>" * depth + "deep" + "</li></ul>" * depth),
        "error: lists nested more than 16 levels deep; the deeper ones are left out [limit.depth]")
# A paragraph of 300 KB.
refused("paragraph", head("<p>" + "word " * 60_000 + "</p>"),
        ":2:11: error: a paragraph of 299999 bytes is longer than the limit of 262144 bytes [limit.paragraph]")
# A file over 8 MiB, and an endless one: refused from their size, without parsing.
big = head("<p>x</p>" + " " * (8 * 1024 * 1024))
result = refused("file-size", big, "error: the file is larger than the limit of 8388608 bytes [limit.file-size]")
result = bc.run(bc.BRIEFBOOK, "validate", "/dev/zero", timeout=QUICK)
c.check(result.returncode == 1 and result.stderr ==
        "/dev/zero: error: the file is larger than the limit of 8388608 bytes [limit.file-size]\n",
        f"/dev/zero: exit {result.returncode}: {result.stderr}")
# 300,000 problems on one line: the first thousand listed, the rest counted, in seconds.
result = refused("diagnostics", head(people="<people>" + "<person/>" * 300_000 + "</people>"),
                 "error: 598000 more problems not shown, 299000 of them errors (at most 1000 errors and as many "
                 "warnings are listed) [limit.diagnostics]", command="validate")
c.check(len(result.stderr.splitlines()) == 2001, f"diagnostics: {len(result.stderr.splitlines())} lines printed")
c.check(re.search(r"in\.xml:3:\d{4,}: error: missing required attribute 'id' on <person>", result.stderr),
        "diagnostics: no column far along the one line")

if SLOW:
    # 30,000 sessions make about 5,600 pages: composed once, paginated up to the limit, refused.
    sessions = "".join(f'<session id="s{i}" start="2023-11-29T09:30" end="2023-11-29T10:00"><title>S</title>'
                       "</session>\n" for i in range(30_000))
    refused("pages", head(people=f"<sessions>{sessions}</sessions>"),
            "in.xml: error: the book would have more than 5000 pages (the limit); it is not made [limit.pages]")
else:
    print("skipped: a book over the page limit (BRIEFBOOK_SLOW_TESTS=1)")
c.done()
