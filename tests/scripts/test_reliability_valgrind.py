#!/usr/bin/env python3
"""valgrind memcheck on the sample book: no invalid access, no use of an uninitialised value, no
leak (fontconfig's and ICU's caches that live until exit are "still reachable", not leaks).
Suppressions, for third-party libraries only, are in tests/valgrind.supp. Skipped when valgrind
is missing or the CLI is built with AddressSanitizer (the two do not run together): the asan
build has its own checks.
"""
import shutil
import sys

import bookcheck as bc

c = bc.Checker("test_reliability_valgrind")
if shutil.which("valgrind") is None:
    print("skipped: no valgrind")
    sys.exit(0)
if b"__asan_init" in open(bc.BRIEFBOOK, "rb").read():
    print("skipped: the CLI is built with AddressSanitizer")
    sys.exit(0)

pdf = c.tmp / "sample.pdf"
# The release CLI allocates with jemalloc: the synonym makes memcheck replace its malloc as it
# replaces glibc's, so the heap is checked the same.
result = bc.run("valgrind", "--soname-synonyms=somalloc=*jemalloc*", "--suppressions=tests/valgrind.supp", "--error-exitcode=99", "--leak-check=full",
                "--errors-for-leak-kinds=definite,indirect,possible", "--show-leak-kinds=definite,indirect,possible",
                bc.BRIEFBOOK, "build", "samples/phirda-japan-2023/briefing.xml", "-o", pdf, timeout=900)
c.check(result.returncode == 0, f"valgrind: exit {result.returncode}\n{result.stderr[-6000:]}")
c.check("ERROR SUMMARY: 0 errors" in result.stderr, f"valgrind reports errors:\n{result.stderr[-6000:]}")
c.check("definitely lost: 0 bytes" in result.stderr or "All heap blocks were freed" in result.stderr,
        f"valgrind reports a leak:\n{result.stderr[-3000:]}")
c.check(pdf.exists(), "no book")
c.done()
