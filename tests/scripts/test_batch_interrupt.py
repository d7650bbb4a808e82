#!/usr/bin/env python3
"""Killing a batch midway leaves no truncated PDF.

SIGTERM and SIGINT (sent while a book is being written, when the test can catch that moment): no
new book starts, the books in progress finish, the process then dies of the signal; every PDF
present passes qpdf --check and no temporary file remains. SIGKILL cannot be caught: every PDF
present is still complete (books are renamed into place only when written), but a temporary
file (.NAME.pdf.XXXXXX) may remain beside them (docs/batch.md).
"""
import signal
import subprocess
import sys
import time

from batch_support import BRIEFBOOK, DELEGATION_40, SOURCE, qpdf_check, start, temporary_files

checker = start("test_batch_interrupt")
TMP = checker.tmp
BOOKS = 40


def default_signals():
    """A batch started from a background job inherits SIGINT ignored, and keeps it so (as it
    should); this test wants the signal delivered."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def start_batch(out):
    err = open(out.parent / (out.name + ".stderr"), "w+")
    process = subprocess.Popen([BRIEFBOOK, "build", DELEGATION_40, "--each", "delegation", "--jobs", "2", "-o", str(out)],
                               cwd=SOURCE, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=default_signals)
    return process, err


def wait_midway(out, process, books=3, timeout=300):
    """Waits until some books are written and then, for a moment, until one is being written
    (its temporary file exists), so that the signal lands during a write when it can."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if len(list(out.glob("*.pdf"))) >= books:
            break
        time.sleep(0.02)
    writing_deadline = time.monotonic() + 5
    while time.monotonic() < writing_deadline and process.poll() is None:
        if out.exists() and temporary_files(out):
            return True
        time.sleep(0.0005)
    return False


def check_complete_pdfs(name, out):
    pdfs = sorted(out.glob("*.pdf"))
    for pdf in pdfs:
        ok, report = qpdf_check(pdf)
        checker.check(ok, f"{name}: {pdf.name} is not a complete PDF: {report[-300:]}")
    return pdfs


def interrupted_by(number):
    name = signal.Signals(number).name
    out = TMP / name.lower()
    process, err = start_batch(out)
    during_write = wait_midway(out, process)
    checker.check(process.poll() is None, f"{name}: the batch ended before it could be interrupted")
    process.send_signal(number)
    status = process.wait(timeout=300)
    err.seek(0)
    stderr = err.read()
    checker.check(status == -number, f"{name}: exit status {status}, expected death by {name} ({-number}): {stderr[-500:]!r}")
    pdfs = check_complete_pdfs(name, out)
    checker.check(len(pdfs) < BOOKS, f"{name}: all {BOOKS} books were written: the signal did not stop the batch")
    checker.check(temporary_files(out) == [], f"{name}: temporary files left: {temporary_files(out)}")
    checker.check(f"{name}: stopping" in stderr, f"{name}: no message about stopping: {stderr[-500:]!r}")
    checker.check("not started" in stderr, f"{name}: the summary does not count the books not started")
    print(f"{name}: {len(pdfs)} of {BOOKS} books written; signal sent during a write: {during_write}",
          file=sys.stderr)


def killed():
    out = TMP / "sigkill"
    process, _ = start_batch(out)
    during_write = wait_midway(out, process)
    checker.check(process.poll() is None, "SIGKILL: the batch ended before it could be killed")
    process.kill()
    process.wait(timeout=60)
    pdfs = check_complete_pdfs("SIGKILL", out)
    checker.check(0 < len(pdfs) < BOOKS, f"SIGKILL: {len(pdfs)} books present")
    left = temporary_files(out)
    for name in left:
        checker.check(name.startswith(".") and ".pdf." in name, f"SIGKILL: unexpected file {name}")
    print(f"SIGKILL: {len(pdfs)} complete books; temporary files left: {len(left)}; "
          f"killed during a write: {during_write}", file=sys.stderr)


def main():
    interrupted_by(signal.SIGTERM)
    interrupted_by(signal.SIGINT)
    killed()
    checker.done()


if __name__ == "__main__":
    main()
