#!/usr/bin/env python3
"""`cmake --install` puts the CLI and its data (fonts/, layouts/, schema/) under a prefix, and the
installed CLI finds that data beside itself: a layout that exists only in the installed copy is
found by name."""
import os
import pathlib
import shutil

import bookcheck as bc

c = bc.Checker("test_install")
build_dir = pathlib.Path(bc.BRIEFBOOK).resolve().parent
prefix = c.tmp / "prefix"
shutil.rmtree(prefix, ignore_errors=True)
result = bc.run("cmake", "--install", build_dir, "--prefix", prefix)
c.check(result.returncode == 0, f"cmake --install: {result.stdout[-500:]} {result.stderr[-500:]}")
installed = prefix / "bin" / "briefbook"
data = prefix / "share" / "briefbook"
for part in ("fonts/fonts.xml", "layouts/a4.xml", "layouts/labels/en.xml", "schema/briefing.xsd"):
    c.check((data / part).is_file(), f"not installed: share/briefbook/{part}")
if installed.is_file():
    # A layout only the installed data has: found only if the CLI looks beside itself.
    (data / "layouts" / "install-probe.xml").write_text(
        '<layout base="a4"><description>probe</description><page size="A5"/></layout>\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "BRIEFBOOK_DATA_DIR"}
    pdf = c.tmp / "installed.pdf"
    out = bc.run(installed, "build", "samples/phirda-japan-2023/briefing.xml", "-o", pdf,
                 "--layout", "install-probe", env=env)
    c.check(out.returncode == 0, f"installed briefbook cannot use its installed data: {out.stderr}")
    info = bc.run("pdfinfo", pdf).stdout if pdf.exists() else ""
    c.check("419.528 x 595.276" in info, f"the book is not A5 (installed layout not used): {info}")
    version = bc.run(installed, "--version", env=env)
    c.check(version.returncode == 0 and version.stdout.startswith("briefbook "), f"--version: {version.stdout}")
c.done()
