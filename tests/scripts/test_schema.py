#!/usr/bin/env python3
"""schema/briefing.xsd against the files that must pass it (every sample, every
tests/data/**/valid*.xml) and files that must fail it, with xmllint and no network.

Environment (set by ctest): BRIEFBOOK_SOURCE_DIR.
"""
import os
import pathlib
import shutil
import subprocess
import sys

SOURCE = pathlib.Path(os.environ["BRIEFBOOK_SOURCE_DIR"])
SCHEMA = "schema/briefing.xsd"

# Files the schema must reject, and why; each breaks a rule the schema states.
MUST_FAIL = [
    "tests/bad-input/wrong-root.xml",        # root is not <briefing>
    "tests/bad-input/wrong-version.xml",     # version is not 1
    "tests/bad-input/missing-meta.xml",      # <meta> is required
    "tests/bad-input/duplicate-ids.xml",     # ids are unique
    "tests/bad-input/dangling-attendee.xml",  # references resolve
    "tests/bad-input/impossible-date.xml",   # xs:date knows February
    "tests/bad-input/malformed-time.xml",    # YYYY-MM-DDTHH:MM
    "tests/bad-input/invalid-kind.xml",      # the session kinds
    "tests/bad-input/invalid-side.xml",      # the sides
]

failures = []


def xmllint(path):
    return subprocess.run(["xmllint", "--noout", "--nonet", "--schema", SCHEMA, path], cwd=SOURCE,
                          capture_output=True, text=True, timeout=120)


def main():
    if shutil.which("xmllint") is None:
        print("FAIL: xmllint not found (Debian package libxml2-utils)", file=sys.stderr)
        return 1
    must_pass = sorted(SOURCE.glob("samples/**/*.xml")) + sorted(SOURCE.glob("tests/data/**/valid*.xml"))
    if not any(p.is_relative_to(SOURCE / "tests/data/model") for p in must_pass):
        failures.append("no tests/data/model/valid*.xml found")
    for path in must_pass:
        relative = str(path.relative_to(SOURCE))
        result = xmllint(relative)
        if result.returncode != 0:
            failures.append(f"{relative} does not validate:\n{result.stderr}")
    for relative in MUST_FAIL:
        result = xmllint(relative)
        if result.returncode == 0:
            failures.append(f"{relative} validates, but the schema should reject it")
        elif "fails to validate" not in result.stderr:
            failures.append(f"{relative}: rejected for another reason than the schema:\n{result.stderr}")
    for failure in failures:
        print("FAIL: " + failure, file=sys.stderr)
    print(f"{len(must_pass)} files validate, {len(MUST_FAIL)} rejected as they should be")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
