#!/usr/bin/env python3
"""Scale: a generated briefing of 1,000 people builds within the limits (exit 0, a page count in
range, bounded peak memory, every reader agrees on the PDF); with BRIEFBOOK_SLOW_TESTS=1 a
5,000-person briefing is rendered or refused with a limit's diagnostic, never a crash.
bench/README.md ("Scale") has the measured figures; docs/reliability.md the limits.

Environment (set by ctest): BRIEFBOOK (the CLI), BRIEFBOOK_SOURCE_DIR, BRIEFBOOK_TEST_TMP.
"""
import os
import re
import resource
import subprocess
import sys
import time

import bookcheck as bc

c = bc.Checker("test_reliability_scale")
SANITIZED = b"__asan_init" in open(bc.BRIEFBOOK, "rb").read()
# Peak memory allowed: the release build needs about a third of this for 1,000 people;
# AddressSanitizer's shadow memory and quarantine multiply it.
MAX_RSS_MB = 6144 if SANITIZED else 2048


def generate(name, *args):
    xml = c.tmp / f"{name}.xml"
    subprocess.run([sys.executable, str(bc.SOURCE / "bench/generate_briefing.py"), *args, "-o", str(xml)],
                   check=True, timeout=300)
    return xml


def build(name, xml, timeout):
    """Builds; returns (exit status, stderr, the PDF, peak RSS in MB of the largest child so far, s)."""
    pdf = c.tmp / f"{name}.pdf"
    pdf.unlink(missing_ok=True)
    start = time.monotonic()
    child = subprocess.Popen([bc.BRIEFBOOK, "build", str(xml), "-o", str(pdf), "-q"], cwd=bc.SOURCE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
    _, err = child.communicate(timeout=timeout)
    seconds = time.monotonic() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{name}: exit {child.returncode}, {seconds:.1f} s, peak RSS of the largest child so far {peak_mb:.0f} MB")
    return child.returncode, err, pdf, peak_mb, seconds


def pages_of(pdf):
    import pikepdf
    with pikepdf.open(pdf) as doc:
        return len(doc.pages)


# ---- 1,000 people in the normal suite ----------------------------------------------------------------
xml = generate("people-1000", "--people", "1000", "--sessions", "100", "--orgs", "100")
status, err, pdf, peak_mb, seconds = build("people-1000", xml, timeout=540)
c.check(status == 0, f"1,000 people: exit {status}\n{err[-3000:]}")
c.check(peak_mb < MAX_RSS_MB, f"1,000 people: peak RSS {peak_mb:.0f} MB over {MAX_RSS_MB} MB")
if status == 0:
    pages = pages_of(pdf)
    c.check(300 <= pages <= 1000, f"1,000 people: {pages} pages")
    bc.check_readers_agree(c, pdf)
    outline = bc.outline_of(pdf)
    c.check(len(outline) > 100 and all(page for _, _, page in outline),
            f"1,000 people: outline of {len(outline)} entries, some without a page")
    import pikepdf
    with pikepdf.open(pdf) as doc:
        c.check(str(doc.docinfo.get("/Title", "")) != "", "1,000 people: pikepdf reads no title")

# ---- 5,000 people, only on request -------------------------------------------------------------------
if os.environ.get("BRIEFBOOK_SLOW_TESTS") == "1":
    xml = generate("people-5000", "--people", "5000", "--sessions", "300", "--orgs", "400")
    status, err, pdf, peak_mb, seconds = build("people-5000", xml, timeout=3600)
    c.check(status in (0, 1), f"5,000 people: exit {status} (a crash?)\n{err[-3000:]}")
    if status == 0:
        c.check(pdf.exists(), "5,000 people: exit 0 without a book")
        bc.check_readers_agree(c, pdf)
    else:
        c.check(re.search(r"\[limit\.[a-z-]+\]", err), f"5,000 people refused without a limit's diagnostic:\n{err}")
        c.check(not pdf.exists(), "5,000 people: refused, yet a file was left")
    c.check(not [p for p in c.tmp.iterdir() if p.name.startswith(".")], "5,000 people: temporary files left")
else:
    print("skipped: 5,000 people (BRIEFBOOK_SLOW_TESTS=1)")
c.done()
