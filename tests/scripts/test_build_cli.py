#!/usr/bin/env python3
"""`briefbook build` for one book, as it was before batches: its messages and exit statuses;
the command-line errors of the batch options (exit 2); --max-size in a single build.
"""
import re

from batch_support import VALID_FULL, expect_run, pdf_text, start, temporary_files

checker = start("test_build_cli")
TMP = checker.tmp


def one_book():
    pdf = TMP / "book.pdf"
    result = expect_run(checker, "one book", ["build", VALID_FULL, "-o", pdf], 0)
    checker.check(re.fullmatch(rf"wrote {re.escape(str(pdf))} \(\d+ pages, \d+ KB\)\n", result.stderr) is not None,
          f"one book: stderr {result.stderr!r}")
    checker.check(result.stdout == "", "one book: stdout is not empty")
    checker.check(pdf.exists() and temporary_files(TMP) == [], "one book: the PDF, and nothing else")
    checker.check("summary:" not in result.stderr, "a single book has no batch summary")
    result = expect_run(checker, "--quiet", ["build", VALID_FULL, "-o", pdf, "-q"], 0)
    checker.check(result.stderr == "", f"--quiet printed {result.stderr!r}")
    # A personalised book: the cover names the person.
    personal = TMP / "song.pdf"
    expect_run(checker, "--for", ["build", VALID_FULL, "--for", "song-ruilin", "--watermark", "-o", personal], 0)
    checker.check("Prepared for SONG Ruilin" in (pdf_text(personal) or ""), "--for: the cover does not name the person")
    # An unknown person is an error in the input (the engine's diagnostic), exit 1, no file.
    missing = TMP / "nobody.pdf"
    expect_run(checker, "--for nobody", ["build", VALID_FULL, "--for", "nobody", "-o", missing], 1,
               stderr_has="no person with id 'nobody' in the briefing (--for) [book.unknown-person]")
    checker.check(not missing.exists(), "--for nobody wrote a file")
    # An unwritable destination: exit 3 before any work.
    expect_run(checker, "missing folder", ["build", VALID_FULL, "-o", TMP / "no-such" / "b.pdf"], 3,
               stderr_has=["briefbook build: ", "does not exist [io.unwritable]"])
    expect_run(checker, "-o a folder", ["build", VALID_FULL, "-o", TMP], 3, stderr_has="is a folder, not a file name")


def size_budget():
    small = TMP / "small.pdf"
    result = expect_run(checker, "--max-size too small", ["build", VALID_FULL, "--max-size", "10KB", "-o", small], 1,
                        stderr_has="over the --max-size budget of 10 KB")
    checker.check(re.search(r"the book is \d+ KB, \d+ KB over", result.stderr) is not None, "the overshoot is not given")
    checker.check(not small.exists() and temporary_files(TMP) == [], "a book over budget was written")
    expect_run(checker, "--max-size none", ["build", VALID_FULL, "--max-size", "none", "-o", small, "-q"], 0)
    checker.check(small.exists(), "--max-size none: no book")
    # The screen layout has a 10 MB budget by default, which a small book meets.
    expect_run(checker, "screen layout", ["build", VALID_FULL, "--layout", "screen", "-o", TMP / "screen.pdf"], 0)
    # The default budget is real: a screen book is refused under a budget it cannot meet.
    expect_run(checker, "screen layout, small budget", ["build", VALID_FULL, "--layout", "screen", "--max-size", "1KB",
                                               "-o", TMP / "screen-small.pdf"], 1, stderr_has="over the --max-size")


def usage_errors():
    out = TMP / "u.pdf"
    cases = [
        ("no input", ["build", "-o", out], "give a briefing file"),
        ("no output", ["build", VALID_FULL], "no output file: give -o OUT.pdf"),
        ("batch without folder", ["build", VALID_FULL, "--each", "all"], "no output folder: give -o FOLDER"),
        ("--watermark alone", ["build", VALID_FULL, "--watermark", "-o", out], "--watermark needs --for"),
        ("--for and --each", ["build", VALID_FULL, "--for", "song-ruilin", "--each", "all", "-o", TMP],
         "give --for or --each, not both"),
        ("--each side", ["build", VALID_FULL, "--each", "guests", "-o", TMP], "--each needs delegation, host or all"),
        ("--name single", ["build", VALID_FULL, "--name", "{id}.pdf", "-o", out], "--name names the books of a batch"),
        ("--name slash", ["build", VALID_FULL, "--each", "all", "--name", "a/{id}.pdf", "-o", TMP],
         "folder separator"),
        ("--jobs 0", ["build", VALID_FULL, "--jobs", "0", "-o", out], "--jobs needs a number of workers"),
        ("--jobs text", ["build", VALID_FULL, "--jobs", "many", "-o", out], "--jobs needs a number of workers"),
        ("--max-size", ["build", VALID_FULL, "--max-size", "big", "-o", out], "--max-size needs a size"),
        ("two password sources", ["build", VALID_FULL, "--password", "--password-env", "X", "-o", out],
         "give one of --password, --password-env and --password-file"),
        ("--timestamp", ["build", VALID_FULL, "--timestamp", "yesterday", "-o", out], "--timestamp needs whole seconds"),
    ]
    for name, args, message in cases:
        expect_run(checker, name, args, 2, stderr_has=[message, "(try 'briefbook build --help')"])
    checker.check(not out.exists(), "a refused command line wrote a book")
    result = expect_run(checker, "--help", ["build", "--help"], 0)
    for option in ("--each SIDE", "--name PATTERN", "--jobs N", "--password-file FILE", "--max-size SIZE"):
        checker.check(option in result.stdout, f"--help does not list {option}")


def main():
    one_book()
    size_budget()
    usage_errors()
    checker.done()


if __name__ == "__main__":
    main()
