#!/usr/bin/env python3
"""The exit statuses of `briefbook validate` (0 clean or warnings only, 1 errors, 2 usage) and
what it prints for each, including --quiet, --allow-any-path and --help.

Environment (set by ctest): BRIEFBOOK (the CLI), BRIEFBOOK_SOURCE_DIR, BRIEFBOOK_TEST_TMP.
"""
import os
import pathlib
import subprocess
import sys

BRIEFBOOK = os.environ["BRIEFBOOK"]
SOURCE = pathlib.Path(os.environ["BRIEFBOOK_SOURCE_DIR"])

VALID = "tests/data/model/valid-full.xml"
WARNINGS = "tests/bad-input/warnings/unknown-element.xml"
ERRORS = "tests/bad-input/dangling-attendee.xml"
ESCAPING = "tests/bad-input/absolute-path.xml"

failures = []


def run(*args):
    return subprocess.run([BRIEFBOOK, *args], cwd=SOURCE, capture_output=True, text=True, timeout=60)


def expect(name, args, status, stdout=None, stderr=None, stdout_has=None, stderr_has=None):
    result = run(*args)
    problems = []
    if result.returncode != status:
        problems.append(f"exit {result.returncode}, expected {status}")
    if stdout is not None and result.stdout != stdout:
        problems.append(f"stdout {result.stdout!r}, expected {stdout!r}")
    if stderr is not None and result.stderr != stderr:
        problems.append(f"stderr {result.stderr!r}, expected {stderr!r}")
    if stdout_has is not None and stdout_has not in result.stdout:
        problems.append(f"stdout lacks {stdout_has!r}: {result.stdout!r}")
    if stderr_has is not None and stderr_has not in result.stderr:
        problems.append(f"stderr lacks {stderr_has!r}: {result.stderr!r}")
    for problem in problems:
        failures.append(f"{name}: {problem}")
        print(f"FAIL {name} (briefbook {' '.join(args)}): {problem}", file=sys.stderr)


def main():
    # 0: clean, silent.
    expect("valid file", ["validate", VALID], 0, stdout="", stderr="")
    for sample in sorted(SOURCE.glob("samples/**/*.xml")):
        expect(f"sample {sample.name}", ["validate", str(sample.relative_to(SOURCE))], 0, stdout="")
    for valid in sorted(SOURCE.glob("tests/data/**/valid*.xml")):
        expect(f"valid {valid.name}", ["validate", str(valid.relative_to(SOURCE))], 0, stdout="", stderr="")
    # 0: warnings are printed but do not fail.
    expect("warnings only", ["validate", WARNINGS], 0, stdout="", stderr_has=": warning: ")
    expect("--quiet hides warnings", ["validate", "--quiet", WARNINGS], 0, stdout="", stderr="")
    # 1: errors.
    expect("errors", ["validate", ERRORS], 1, stdout="",
           stderr=f"{ERRORS}:16:19: error: session 'jpma' names unknown person 'murakami' [ref.unknown]\n")
    expect("--quiet keeps errors", ["validate", "-q", ERRORS], 1, stderr_has="[ref.unknown]")
    expect("one bad file among good ones", ["validate", VALID, ERRORS, WARNINGS], 1,
           stderr_has="[ref.unknown]")
    expect("missing file", ["validate", "tests/no-such-briefing.xml"], 1,
           stderr="tests/no-such-briefing.xml: error: no such file [io.unreadable]\n")
    expect("a folder", ["validate", "tests"], 1, stderr_has="[io.unreadable]")
    # --allow-any-path lifts the path check (the file named exists, so nothing is left to say).
    expect("escaping path refused", ["validate", ESCAPING], 1, stderr_has="[image.path-escapes]")
    expect("--allow-any-path", ["validate", "--allow-any-path", ESCAPING], 0, stderr="")
    # 2: the command line is wrong.
    expect("no file", ["validate"], 2, stderr_has="no input file")
    expect("unknown option", ["validate", "--frobnicate", VALID], 2, stderr_has="unknown option '--frobnicate'")
    expect("unknown command", ["valdiate", VALID], 2, stderr_has="unknown command")
    # --help: usage on stdout, exit 0.
    expect("validate --help", ["validate", "--help"], 0, stdout_has="usage: briefbook validate", stderr="")
    expect("briefbook --help", ["--help"], 0, stdout_has="usage: briefbook COMMAND", stderr="")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
