#!/usr/bin/env python3
"""briefbook validate on every file in tests/bad-input: exact diagnostics and exit status, and
`briefbook build` leaves no output file behind on bad input.

Environment (set by ctest): BRIEFBOOK (the CLI), BRIEFBOOK_SOURCE_DIR, BRIEFBOOK_TEST_TMP.
"""
import os
import pathlib
import re
import subprocess
import sys

BRIEFBOOK = os.environ["BRIEFBOOK"]
SOURCE = pathlib.Path(os.environ["BRIEFBOOK_SOURCE_DIR"])
TMP = pathlib.Path(os.environ["BRIEFBOOK_TEST_TMP"]) / "test_validate"
BAD = pathlib.Path("tests/bad-input")

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def run(*args):
    return subprocess.run([BRIEFBOOK, *args], cwd=SOURCE, capture_output=True, text=True,
                          errors="replace", timeout=60)


def read_expected(path):
    """(exit status, stderr lines) from a NAME.expected file."""
    lines = (SOURCE / path).read_text(encoding="utf-8").splitlines()
    match = re.fullmatch(r"# exit (\d+)", lines[0]) if lines else None
    if not match:
        raise ValueError(f"{path}: the first line must be '# exit N'")
    return int(match.group(1)), lines[1:]


def check_validate(xml, expected):
    status, lines = read_expected(expected)
    result = run("validate", str(xml))
    if result.returncode != status:
        fail(f"{xml}: exit {result.returncode}, expected {status}")
    actual = result.stderr.splitlines()
    if actual != lines:
        fail(f"{xml}: diagnostics differ\n  expected:\n    " + "\n    ".join(lines) +
             "\n  actual:\n    " + "\n    ".join(actual))
    if result.stdout:
        fail(f"{xml}: validate printed on standard output: {result.stdout!r}")
    return status, lines


def check_build_refuses(xml):
    """On a file with errors, build fails and leaves neither the PDF nor a temporary file."""
    out_dir = TMP / xml.stem
    out_dir.mkdir(parents=True, exist_ok=True)
    for leftover in out_dir.iterdir():
        leftover.unlink()
    pdf = out_dir / "out.pdf"
    result = run("build", str(xml), "-o", str(pdf))
    if result.returncode == 0:
        fail(f"{xml}: build exited 0 on a file with errors")
    if pdf.exists():
        fail(f"{xml}: build left {pdf} behind")
    left = sorted(p.name for p in out_dir.iterdir())
    if left:
        fail(f"{xml}: build left files behind: {left}")


def documented_codes():
    catalogue = (SOURCE / "docs/diagnostics.md").read_text(encoding="utf-8")
    return set(re.findall(r"`([a-z0-9]+(?:\.[a-z0-9-]+)+)`", catalogue))


def main():
    TMP.mkdir(parents=True, exist_ok=True)
    cases = sorted((SOURCE / BAD).rglob("*.xml"))
    if len(cases) < 40:
        fail(f"only {len(cases)} bad-input files found in {BAD}")
    codes_used = set()
    for path in cases:
        xml = path.relative_to(SOURCE)
        expected = xml.with_suffix(".expected")
        if not (SOURCE / expected).exists():
            fail(f"{xml}: no {expected.name} beside it")
            continue
        status, lines = check_validate(xml, expected)
        codes_used.update(re.findall(r"\[([a-z0-9.-]+)\]$", "\n".join(lines), re.M))
        in_warnings = xml.parent.name == "warnings"
        if in_warnings and (status != 0 or any(": error: " in line for line in lines)):
            fail(f"{xml}: files in warnings/ must have warnings only")
        if not in_warnings and status == 0:
            fail(f"{xml}: files outside warnings/ must have errors (move it to warnings/)")
        if status != 0:
            check_build_refuses(xml)
    for expected in sorted((SOURCE / BAD).rglob("*.expected")):
        if not expected.with_suffix(".xml").exists():
            fail(f"{expected.relative_to(SOURCE)}: no .xml beside it")
    undocumented = codes_used - documented_codes()
    if undocumented:
        fail("codes missing from docs/diagnostics.md: " + ", ".join(sorted(undocumented)))
    print(f"{len(cases)} bad-input files checked, {len(codes_used)} diagnostic codes seen")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
