#!/usr/bin/env python3
"""`briefbook dump`: each stage prints stable text (the form golden tests compare), and a wrong
command line is a usage error."""
import bookcheck as bc

SAMPLE = "samples/phirda-japan-2023/briefing.xml"
c = bc.Checker("test_dump_cli")

model = bc.run(bc.BRIEFBOOK, "dump", "--stage", "model", SAMPLE)
c.check(model.returncode == 0, f"dump model: exit {model.returncode}: {model.stderr}")
c.check('title [zh-Hans] "中国医药创新促进会访日代表团" @11:5' in model.stdout, "dump model lacks the native title with its position")

layout = bc.run(bc.BRIEFBOOK, "dump", "--stage", "layout", "--layout", "letter")
c.check(layout.returncode == 0 and "page width=612 height=792" in layout.stdout,
        f"dump layout letter: {layout.returncode} {layout.stdout[:200]} {layout.stderr}")

pages = bc.run(bc.BRIEFBOOK, "dump", "--stage", "pages", SAMPLE)
c.check(pages.returncode == 0, f"dump pages: exit {pages.returncode}: {pages.stderr}")
c.check('angle 45.00 lang en "DRAFT"' in pages.stdout, "the sample (version 'Draft 2') should carry a diagonal DRAFT")
c.check('"宋瑞霖"' in pages.stdout, "dump pages lacks the native name 宋瑞霖 as a glyph run's text")
again = bc.run(bc.BRIEFBOOK, "dump", "--stage", "pages", SAMPLE)
c.check(again.stdout == pages.stdout, "two dumps of the same input differ")

for args in (["dump"], ["dump", "--stage", "lines", SAMPLE], ["dump", "--stage", "model"]):
    result = bc.run(bc.BRIEFBOOK, *args)
    c.check(result.returncode == 2, f"{' '.join(args)}: exit {result.returncode}, expected 2 (usage)")
c.done()
