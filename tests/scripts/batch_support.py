"""Helpers of the batch end-to-end tests (test_batch*.py, test_build_cli.py), on top of
bookcheck.py: running `briefbook build` and checking its status and messages, what the generated
delegation briefing says about people and sessions, and what a reader sees in the books. Not a
test itself."""
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

from bookcheck import BRIEFBOOK, SOURCE, TMP_ROOT, Checker, run  # noqa: F401 (re-exported)

DELEGATION_40 = "tests/data/generated/delegation-40.xml"
VALID_FULL = "tests/data/model/valid-full.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def start(name):
    """A Checker whose scratch folder starts empty."""
    shutil.rmtree(TMP_ROOT / name, ignore_errors=True)
    return Checker(name)


def expect_run(checker, name, args, status, stderr_has=(), env=None):
    """Runs briefbook (without $SOURCE_DATE_EPOCH, plus `env`) and checks the exit status and
    pieces of stderr; returns the result."""
    full_env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    full_env.update(env or {})
    result = run(BRIEFBOOK, *args, env=full_env, timeout=600)
    checker.check(result.returncode == status,
                  f"{name}: exit {result.returncode}, expected {status}; stderr: {result.stderr[-2000:]!r}")
    for piece in [stderr_has] if isinstance(stderr_has, str) else stderr_has:
        checker.check(piece in result.stderr, f"{name}: stderr lacks {piece!r}: {result.stderr[-2000:]!r}")
    return result


# ---- The briefing ------------------------------------------------------------------------------

def people(xml, side=None):
    """Person ids in file order (of one side)."""
    root = ET.parse(SOURCE / xml).getroot()
    return [p.get("id") for p in root.iter("person") if side is None or p.get("side") == side]


def english_title(element):
    for title in element.findall("title"):
        if title.get(XML_LANG) in (None, "en"):
            return " ".join(title.text.split())
    return None


def sessions_of(xml):
    """{session title: set of attendee ids}."""
    root = ET.parse(SOURCE / xml).getroot()
    return {english_title(s): {a.get("ref") for a in s.iter("attendee")} for s in root.iter("session")}


# ---- The books ---------------------------------------------------------------------------------

def pdf_text(pdf, password=None, layout=False):
    """pdftotext's text, or None when poppler cannot open the file (with this password)."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    args += ["-upw", password] if password else []
    result = subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, errors="replace")
    return result.stdout if result.returncode == 0 else None


def contents_sessions(pdf):
    """The session titles listed under 'Sessions' on the book's Contents page, as pdftotext reads
    them (a wrapped title joined again, page numbers dropped); None without such a list."""
    lines = (pdf_text(pdf, layout=True) or "").splitlines()
    start_line = next((i for i, line in enumerate(lines) if re.fullmatch(r"Sessions\s+\d+", line.strip())), None)
    if start_line is None:
        return None
    entries, current = [], ""
    for line in lines[start_line + 1:]:
        if not line.strip() or not line.startswith(" "):
            break
        current = (current + " " + line.strip()).strip()
        if re.search(r"\s\d+$", current):
            entries.append(re.sub(r"\s+\d+$", "", current))
            current = ""
    return entries


def qpdf_check(pdf, password=None):
    """(qpdf --check passed, its report)."""
    args = ["qpdf", "--check"] + ([f"--password={password}"] if password else []) + [str(pdf)]
    result = subprocess.run(args, capture_output=True, text=True, errors="replace")
    return result.returncode == 0, result.stdout + result.stderr


def temporary_files(folder):
    """write_file_atomically's temporaries (.NAME.XXXXXX beside the destination)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
