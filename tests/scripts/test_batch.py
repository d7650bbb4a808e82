#!/usr/bin/env python3
"""`briefbook build --each`: forty personalised books from one briefing with --jobs 2, each with
that person's sessions only (checked by pdftotext on the Contents page of two of them); file
names from --name; collisions and unwritable destinations refused before any work; a book that
fails does not stop the others; line-oriented output, --quiet and the summary; several inputs.
"""
import filecmp
import os
import pty
import re

from batch_support import (BRIEFBOOK, DELEGATION_40, SOURCE, VALID_FULL, contents_sessions, expect_run, pdf_text, people, qpdf_check,
                           sessions_of, start, temporary_files)

checker = start("test_batch")
TMP = checker.tmp


def forty_books():
    out = TMP / "forty"
    result = expect_run(checker, "40 books", ["build", DELEGATION_40, "--each", "delegation", "--jobs", "2", "-o", out], 0,
                        stderr_has="summary: 40 of 40 books written")
    delegates = people(DELEGATION_40, "delegation")
    checker.check(len(delegates) == 40, f"the input has {len(delegates)} delegates, expected 40")
    written = sorted(p.name for p in out.glob("*.pdf"))
    checker.check(written == sorted(f"{d}.pdf" for d in delegates), f"books written: {written}")
    checker.check(temporary_files(out) == [], f"temporary files left: {temporary_files(out)}")
    checker.check(result.stdout == "", f"stdout should stay empty: {result.stdout[:200]!r}")
    # Not a terminal: one line per book, no progress line.
    wrote = re.findall(r"^wrote \S+/([^/ ]+\.pdf) \(\d+ pages, \d+ KB\)$", result.stderr, re.M)
    checker.check(sorted(wrote) == written, f"'wrote' lines: {len(wrote)}")
    checker.check("\r" not in result.stderr and "\033[" not in result.stderr, "terminal control codes on a pipe")
    # Warnings of the one parse are printed once, not once per book.
    warnings = re.findall(r"^.*: warning: .*$", result.stderr, re.M)
    checker.check(len(warnings) == len(set(warnings)), "the same warning printed more than once")

    # Two delegates with different, partial programmes: their Contents list exactly their sessions.
    sessions = sessions_of(DELEGATION_40)
    partial = [d for d in delegates if 0 < sum(d in who for who in sessions.values()) < len(sessions)]
    checker.check(len(partial) >= 2, "the input should have delegates who attend only some sessions")
    chosen = partial[:1] + [d for d in partial[1:] if
                            {t for t, who in sessions.items() if d in who} !=
                            {t for t, who in sessions.items() if partial[0] in who}][:1]
    for person in chosen:
        pdf = out / f"{person}.pdf"
        listed = contents_sessions(pdf)
        attends = [t for t, who in sessions.items() if person in who]
        others = [t for t, who in sessions.items() if person not in who]
        if not checker.check(listed is not None, f"{person}: no Sessions list on the Contents page"):
            continue
        checker.check(sorted(listed) == sorted(attends), f"{person}: Contents lists {listed}, attends {attends}")
        for title in others:
            checker.check(title not in listed, f"{person}: a session they do not attend is listed: {title}")
        text = pdf_text(pdf) or ""
        checker.check(re.search(r"Prepared for [A-Z]+ \w+", text) is not None, f"{person}: no 'Prepared for' on the cover")
        ok, report = qpdf_check(pdf)
        checker.check(ok, f"{person}: qpdf --check: {report[-500:]}")
    return out


def names_and_collisions():
    out = TMP / "names"
    expect_run(checker, "--name family-given", ["build", VALID_FULL, "--each", "all", "--name", "{family}-{given} {id}.pdf",
                                       "-o", out, "-q"], 0)
    written = sorted(p.name for p in out.glob("*.pdf"))
    # A name written as one string (no family and given parts) fills {family}.
    checker.check(written == ["Nobuo Murakami- nobuo-murakami.pdf", "Shan-Sean sean-shan.pdf", "Song-Ruilin song-ruilin.pdf"],
          f"--name '{{family}}-{{given}} {{id}}.pdf' wrote {written}")
    # Collisions are found before any work: no folder made, nothing written.
    clash = TMP / "clash"
    result = expect_run(checker, "collision", ["build", DELEGATION_40, "--each", "delegation", "--name", "{family}.pdf",
                                      "-o", clash], 2, stderr_has="to both the book of '")
    checker.check(not clash.exists(), "a batch refused for colliding names made its folder")
    checker.check(re.search(r"gives \S+/(\w+)\.pdf to both", result.stderr) is not None, "the collision names no file")
    expect_run(checker, "unknown field", ["build", VALID_FULL, "--each", "all", "--name", "{surname}.pdf", "-o", clash], 2,
               stderr_has="unknown field '{surname}'")
    expect_run(checker, "field without a person", [
        "build", VALID_FULL, VALID_FULL, "--name", "{id}.pdf", "-o", clash], 2,
        stderr_has="--name uses {id}, but the books are not personalised")


def destinations():
    # -o names a file: refused before any work.
    a_file = TMP / "a-file"
    a_file.write_bytes(b"not a folder")
    expect_run(checker, "-o a file", ["build", VALID_FULL, "--each", "all", "-o", a_file], 3, stderr_has="not a folder")
    # A folder whose parent is missing is not created (a mistyped path).
    expect_run(checker, "-o deep missing", ["build", VALID_FULL, "--each", "all", "-o", TMP / "no" / "such" / "folder"], 3,
               stderr_has="[io.unwritable]")
    checker.check(not (TMP / "no").exists(), "a missing parent folder was created")
    # One unwritable destination stops the batch before any book is built.
    out = TMP / "blocked"
    (out / "sean-shan.pdf").mkdir(parents=True)
    result = expect_run(checker, "a destination is a folder", ["build", VALID_FULL, "--each", "all", "-o", out], 3,
                        stderr_has="sean-shan.pdf: is a folder")
    checker.check(sorted(p.name for p in out.iterdir()) == ["sean-shan.pdf"], "books were written before the check")
    checker.check("wrote" not in result.stderr, "books were built before the check")


def failures_do_not_stop_the_others():
    # A size budget between the smallest and largest book: some fail, the others are written.
    out = TMP / "budget"
    full = TMP / "budget-unlimited"
    expect_run(checker, "no budget", ["build", VALID_FULL, "--each", "all", "-o", full, "-q"], 0)
    sizes = sorted((p.stat().st_size, p.name) for p in full.glob("*.pdf"))
    budget = (sizes[0][0] + sizes[-1][0]) // 2
    result = expect_run(checker, "over budget", ["build", VALID_FULL, "--each", "all", "-o", out, "--max-size", str(budget)],
                        1, stderr_has=["over the --max-size budget", "failed: "])
    small = sorted(name for size, name in sizes if size <= budget)
    large = sorted(name for size, name in sizes if size > budget)
    checker.check(sorted(p.name for p in out.glob("*.pdf")) == small, "the books within budget were not all written")
    summary = re.search(r"^summary: (\d+) of (\d+) books written \([^)]*\), (\d+) failed", result.stderr, re.M)
    if checker.check(summary is not None, f"no summary: {result.stderr[-500:]!r}"):
        checker.check(summary.groups() == (str(len(small)), str(len(sizes)), str(len(large))), f"summary {summary.group(0)}")
    for name in large:
        checker.check(re.search(rf"^  failed: \S*{re.escape(name)}: the book is .* over the --max-size budget", result.stderr,
                        re.M) is not None, f"the summary does not say why {name} failed")
    checker.check(temporary_files(out) == [], "temporary files left by failed books")


def quiet_and_several_inputs():
    out = TMP / "quiet"
    result = expect_run(checker, "--quiet", ["build", VALID_FULL, "--each", "all", "-o", out, "--quiet"], 0)
    checker.check(result.stderr == "", f"--quiet printed {result.stderr!r}")
    # Several inputs without --each: one book per input, named after it.
    many = TMP / "inputs"
    minimal = "tests/data/model/valid-minimal.xml"
    expect_run(checker, "several inputs", ["build", VALID_FULL, minimal, "-o", many], 0, stderr_has="summary: 2 of 2")
    checker.check(sorted(p.name for p in many.glob("*.pdf")) == ["valid-full.pdf", "valid-minimal.pdf"], "one book per input")
    # --each over several inputs: an input with nobody on that side stops the batch.
    expect_run(checker, "side empty in one input", ["build", VALID_FULL, minimal, "--each", "delegation", "-o", TMP / "x"], 2,
               stderr_has="valid-minimal.xml: nobody on the delegation side")
    # An input with errors stops the batch before any book.
    expect_run(checker, "bad input", ["build", VALID_FULL, "tests/bad-input/dangling-attendee.xml", "-o", TMP / "bad"], 1,
               stderr_has="[ref.unknown]")
    checker.check(not (TMP / "bad").exists(), "an input with errors still made the folder")


def on_a_terminal():
    """stderr on a terminal: one progress line rewritten in place, no line per book, a summary."""
    out = TMP / "terminal"
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(SOURCE)
        os.execv(BRIEFBOOK, [BRIEFBOOK, "build", VALID_FULL, "--each", "all", "--jobs", "2", "-o", str(out)])
    transcript = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        transcript += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    text = transcript.decode("utf-8", "replace")
    checker.check(os.waitstatus_to_exitcode(status) == 0, f"terminal: exit {status}: {text[-500:]!r}")
    checker.check(re.search(r"\r\x1b\[Kbooks: 3 of 3, \d+:\d\d elapsed", text) is not None,
                  f"terminal: no progress line rewritten in place: {text[-500:]!r}")
    checker.check("\r\x1b[Kbooks: 0 of 3" in text, "terminal: no progress line before the first book")
    checker.check("wrote " not in text, "terminal: a line per book under the progress line")
    checker.check(re.search(r"\r\x1b\[Ksummary: 3 of 3 books written", text) is not None,
                  f"terminal: the progress line is not cleared before the summary: {text[-300:]!r}")


def same_books_whatever_the_jobs():
    """Books do not depend on how many are built at once, nor on which worker built them."""
    one, two = TMP / "jobs1", TMP / "jobs2"
    expect_run(checker, "--jobs 1", ["build", VALID_FULL, "--each", "all", "--jobs", "1", "-o", one, "-q"], 0)
    expect_run(checker, "--jobs 3", ["build", VALID_FULL, "--each", "all", "--jobs", "3", "-o", two, "-q"], 0)
    names = sorted(p.name for p in one.glob("*.pdf"))
    checker.check(len(names) == 3 and names == sorted(p.name for p in two.glob("*.pdf")), "different books")
    for name in names:
        checker.check(filecmp.cmp(one / name, two / name, shallow=False), f"{name} differs between --jobs 1 and 3")
    expect_run(checker, "-o FILE.pdf", ["build", VALID_FULL, "--each", "all", "-o", TMP / "books.pdf"], 2,
               stderr_has="a batch writes its books into a folder; give -o FOLDER")


def main():
    forty_books()
    names_and_collisions()
    destinations()
    failures_do_not_stop_the_others()
    quiet_and_several_inputs()
    on_a_terminal()
    same_books_whatever_the_jobs()
    checker.done()


if __name__ == "__main__":
    main()
