#!/usr/bin/env python3
"""A session with a 60-person delegation: its participants table runs over several pages, with
the header row repeated on each, and every participant present exactly once, in precedence
order (tests/data/generated/participants-60.xml)."""
import re
import xml.etree.ElementTree as ET

import bookcheck as bc

XML = "tests/data/generated/participants-60.xml"
SESSION = "d1-delegation-briefing"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

c = bc.Checker("test_long_table")
root = ET.parse(bc.SOURCE / XML).getroot()
session = next(s for s in root.iter("session") if s.get("id") == SESSION)
title = next(t.text for t in session.findall("title") if t.get(XML_LANG) is None)
people = {p.get("id"): p for p in root.iter("person")}
attendees = [a.get("ref") for a in session.iter("attendee")]
c.check(len(attendees) == 60, f"the test input should list 60 participants, has {len(attendees)}")


def native_name(person):
    for name in person.findall("name"):
        if name.get(XML_LANG, "").startswith(("zh", "ja")):
            return name.get("family", "") + name.get("given", "")
    return None


pdf = c.tmp / "participants-60.pdf"
bc.build(c, XML, pdf)
outline = bc.outline_of(pdf)
sessions = [(t, p) for level, t, p in outline if level == 1 and p is not None]
start = next((p for t, p in sessions if t == title), None)
c.check(start is not None, f"no outline entry for the session '{title}'")
later = sorted(p for t, p in sessions if p is not None and start is not None and p > start)
end = later[0] if later else start + 10
pages = [bc.text_of(pdf, n, layout=True) for n in range(start, end + 1)]
# Only the participants table: from the "Participants" heading after the session's title to the
# next part of the session (or the next session).
joined = "\f".join(pages)
begin = joined.find("Participants", joined.find(title))
stops = [joined.find(word, begin) for word in ("Objectives", "Agenda", "Talking points", "Logistics", "Notes")]
stop = min([x for x in stops if x > 0] or [len(joined)])
c.check(begin > 0, "no 'Participants' heading in the session")
table_pages = joined[begin:stop].split("\f")
order = []
pages_with_rows = 0
for offset, text in enumerate(table_pages):
    number = start + joined[:begin].count("\f") + offset
    flat = bc.no_space(text)
    found = [pid for pid in attendees if native_name(people[pid]) and bc.no_space(native_name(people[pid])) in flat]
    if not found:
        continue
    pages_with_rows += 1
    header = re.search(r"^\s*Name\s+Title\s+Role\s*$", text, re.M)
    c.check(header is not None, f"page {number}: participants rows without the header row repeated above them")
    # Rows in the order they appear on the page.
    found.sort(key=lambda pid: flat.index(bc.no_space(native_name(people[pid]))))
    order += found
c.check(pages_with_rows >= 2, f"the 60-row table should span at least 2 pages, spans {pages_with_rows}")
c.check(sorted(order) == sorted(attendees), f"participants missing or repeated: {len(order)} rows for 60 people, "
        f"missing {sorted(set(attendees) - set(order))[:5]}")
precedence = {pid: int(people[pid].get("precedence", 10**6)) for pid in attendees}
c.check(order == sorted(order, key=lambda pid: precedence[pid]), "participants are not in precedence order")
bc.check_readers_agree(c, pdf)
c.done()
