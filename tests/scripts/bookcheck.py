"""Shared helpers of the end-to-end tests: run the CLI, and read a PDF back the way readers do
(qpdf, poppler's pdftotext and pdffonts, MuPDF's mutool, pikepdf). Not a test itself."""
import os
import pathlib
import re
import subprocess
import sys

BRIEFBOOK = os.environ.get("BRIEFBOOK", "build/release/briefbook")
SOURCE = pathlib.Path(os.environ.get("BRIEFBOOK_SOURCE_DIR", "."))
TMP_ROOT = pathlib.Path(os.environ.get("BRIEFBOOK_TEST_TMP", "/tmp/briefbook-tests"))


class Checker:
    """Collects failures so one run reports all of them; exit status 1 when any."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.tmp = TMP_ROOT / name
        self.tmp.mkdir(parents=True, exist_ok=True)

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
            print("FAIL: " + message, file=sys.stderr)
        return condition

    def done(self):
        if self.failures:
            print(f"{len(self.failures)} failure(s)", file=sys.stderr)
            sys.exit(1)
        print("ok")


def run(*args, timeout=300, env=None):
    return subprocess.run([str(a) for a in args], cwd=SOURCE, capture_output=True, text=True,
                          errors="replace", timeout=timeout, env=env)


def build(checker, xml, pdf, *options):
    result = run(BRIEFBOOK, "build", xml, "-o", pdf, *options)
    checker.check(result.returncode == 0, f"build {xml} {' '.join(options)}: exit {result.returncode}\n{result.stderr}")
    return result


def text_of(pdf, first=None, last=None, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return run(*args, pdf, "-").stdout


def mutool_text(pdf):
    return run("mutool", "draw", "-q", "-F", "text", "-o", "-", pdf).stdout


def no_space(text):
    return re.sub(r"\s+", "", text)


def fonts_of(pdf):
    """pdffonts rows as dicts: name, type, embedded, subset, unicode."""
    rows = []
    for line in run("pdffonts", pdf).stdout.splitlines()[2:]:
        m = re.match(r"^(\S+)\s+(.+?)\s+(Identity-H|WinAnsi|Custom|Builtin|Standard|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)
        if m:
            rows.append(dict(name=m.group(1), type=m.group(2).strip(), embedded=m.group(4) == "yes",
                             subset=m.group(5) == "yes", unicode=m.group(6) == "yes"))
    return rows


def check_readers_agree(checker, pdf):
    """qpdf finds nothing wrong; every font is an embedded subset with a Unicode map."""
    qpdf = run("qpdf", "--check", pdf)
    checker.check(qpdf.returncode == 0 and "No syntax or stream encoding errors" in qpdf.stdout,
                  f"{pdf}: qpdf --check: {qpdf.stdout[-400:]} {qpdf.stderr[-400:]}")
    fonts = fonts_of(pdf)
    checker.check(len(fonts) > 0, f"{pdf}: pdffonts lists no fonts")
    for font in fonts:
        checker.check(font["embedded"] and font["subset"] and font["unicode"],
                      f"{pdf}: font {font['name']} is not an embedded subset with a Unicode map: {font}")
        checker.check("Type 3" not in font["type"], f"{pdf}: Type 3 font {font['name']}")
    mutool = run("mutool", "draw", "-q", "-F", "text", "-o", "/dev/null", pdf)
    # Debian's MuPDF is built without lcms2 and says so for every file: not about ours.
    complaints = [l for l in mutool.stderr.splitlines() if l.strip() and "ICC support is not available" not in l]
    checker.check(mutool.returncode == 0 and not complaints, f"{pdf}: MuPDF complains: {complaints[:5]}")
    poppler = run("pdftotext", pdf, "/dev/null")
    checker.check(poppler.returncode == 0 and not poppler.stderr.strip(),
                  f"{pdf}: poppler complains: {poppler.stderr[-400:]}")


def outline_of(pdf):
    """[(level, title, 1-based page)] of the PDF outline, read with pikepdf."""
    import pikepdf
    entries = []
    with pikepdf.open(pdf) as doc:
        pages = {page.objgen: i + 1 for i, page in enumerate(doc.pages)}
        names = {}
        if "/Names" in doc.Root and "/Dests" in doc.Root.Names:
            tree = pikepdf.NameTree(doc.Root.Names.Dests)
            names = {str(k): v for k, v in tree.items()}
        def page_of(item):
            dest = item.destination
            if isinstance(dest, (pikepdf.String, str)) or (hasattr(dest, "_type_name") and dest._type_name == "string"):
                dest = names.get(str(dest))
            if dest is None and item.action is not None and "/D" in item.action:
                dest = item.action.D
                if isinstance(dest, pikepdf.String):
                    dest = names.get(str(dest))
            if isinstance(dest, pikepdf.Dictionary) and "/D" in dest:
                dest = dest.D
            if isinstance(dest, pikepdf.Array) and len(dest) > 0:
                return pages.get(dest[0].objgen)
            return None
        with doc.open_outline() as outline:
            stack = [(0, item) for item in reversed(list(outline.root))]
            while stack:
                level, item = stack.pop()
                entries.append((level, str(item.title), page_of(item)))
                stack.extend((level + 1, child) for child in reversed(list(item.children)))
    return entries
