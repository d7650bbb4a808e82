#!/usr/bin/python3
"""bench/generate_briefing.py: the checked-in test briefings match what the generator makes today,
the output is deterministic, and every generated briefing is valid per the format spec (well-formed,
unique ids, every reference resolves) with the content the batch, pagination and benchmark runs
rely on.

If the checked-in files differ, regenerate them (and review the diff):
    bench/generate_briefing.py --write-test-data tests/data/generated
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree
import zoneinfo
from pathlib import Path

SOURCE = Path(os.environ.get("BRIEFBOOK_SOURCE_DIR", Path(__file__).resolve().parents[2]))
GENERATOR = SOURCE / "bench" / "generate_briefing.py"
CHECKED_IN = SOURCE / "tests" / "data" / "generated"
SAMPLE = SOURCE / "samples" / "phirda-japan-2023" / "briefing.xml"
SCHEMA = SOURCE / "schema" / "briefing.xsd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REFERENCE_ATTRIBUTES = ("org", "host", "ref", "to")
CJK_PUNCTUATION = ["、", "。", "「", "」", "（", "）", "《", "》", "：", "；", "——", "……"]


def scratch_dir() -> Path:
    base = Path(os.environ.get("BRIEFBOOK_TEST_TMP", tempfile.gettempdir()))
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="generator-", dir=base))


def generate(*args, hash_seed="0") -> bytes:
    # A different PYTHONHASHSEED per run exposes any dependence on set or dict-of-str order.
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    result = subprocess.run([sys.executable, str(GENERATOR), *args], capture_output=True, env=env)
    if result.returncode != 0:
        raise AssertionError(f"generator failed ({args}): {result.stderr.decode(errors='replace')}")
    return result.stdout


class Briefing:
    """A parsed briefing with the lookups the checks need."""

    def __init__(self, data: bytes, label: str):
        self.label = label
        self.root = ElementTree.fromstring(data)
        self.people = self.root.findall("./people/person")
        self.orgs = self.root.findall("./organizations/organization")
        self.sessions = self.root.findall("./sessions/session")
        self.default_tz = self.root.findtext("./meta/timezone")
        self.home_tz = self.root.findtext("./meta/home-timezone")

    def delegates(self):
        return [p for p in self.people if p.get("side") == "delegation"]

    def attendees(self, session):
        return [a.get("ref") for a in session.findall("./attendees/attendee")]

    def local_times(self, session, zone: str):
        tz = zoneinfo.ZoneInfo(session.get("timezone") or self.default_tz)
        out = []
        for attr in ("start", "end"):
            moment = datetime.datetime.fromisoformat(session.get(attr)).replace(tzinfo=tz)
            out.append(moment.astimezone(zoneinfo.ZoneInfo(zone)))
        return out


def own_text(element, lang: str) -> str:
    """The text of an element in its own language: spans in another language left out."""
    out = [element.text or ""]
    for child in element:
        if not (child.tag == "span" and child.get(XML_LANG) not in (None, lang)):
            out.append(own_text(child, lang))
        out.append(child.tail or "")
    return "".join(out)


def has_kana(s: str) -> bool:
    return any(0x3040 <= ord(c) <= 0x30FF and c not in "・" for c in s)


def problems_in(briefing: Briefing) -> list:
    """Everything the format spec requires of references, ids, times and names."""
    problems = []
    root = briefing.root
    if root.tag != "briefing" or root.get("version") != "1":
        problems.append("root is not <briefing version=\"1\">")
    if not root.findtext("./meta/title"):
        problems.append("no <meta><title>")
    ids = {}
    for element in root.iter():
        if element.get("id") is not None:
            if element.get("id") in ids:
                problems.append(f"duplicate id {element.get('id')!r}")
            ids[element.get("id")] = element.tag
    expected_kind = {"org": "organization", "host": "organization", "ref": "person"}
    for element in root.iter():
        for attr in REFERENCE_ATTRIBUTES:
            target = element.get(attr)
            if target is None:
                continue
            if target not in ids:
                problems.append(f"<{element.tag} {attr}={target!r}> does not resolve")
            elif attr in expected_kind and ids[target] != expected_kind[attr]:
                problems.append(f"<{element.tag} {attr}={target!r}> names a {ids[target]}")
        lang = element.get(XML_LANG)
        if lang is not None and lang not in ("en", "zh-Hans", "ja"):
            problems.append(f"unexpected xml:lang {lang!r}")
    for session in briefing.sessions:
        start, end = briefing.local_times(session, "UTC")
        if not start < end:
            problems.append(f"session {session.get('id')} does not end after it starts")
        for item in session.findall("./agenda/item"):
            try:
                datetime.datetime.strptime(item.get("time", ""), "%H:%M")
            except ValueError:
                problems.append(f"agenda time {item.get('time')!r} in {session.get('id')}")
    for person in briefing.people:
        names = person.findall("name")
        if not names:
            problems.append(f"person {person.get('id')} has no name")
        for name in names:
            if name.get(XML_LANG) in ("zh-Hans", "ja") and not (name.get("family") and name.get("given")):
                problems.append(f"native name of {person.get('id')} lacks family or given")
    # Language labels match the text: kana in a Chinese paragraph means Japanese mislabelled (a
    # Japanese term inside one must be a span), and a Japanese paragraph always has kana.
    for p in root.iter("p"):
        lang = p.get(XML_LANG)
        if lang == "zh-Hans" and has_kana(own_text(p, lang)):
            problems.append(f"kana in a zh-Hans paragraph: {own_text(p, lang)[:60]!r}")
        if lang == "ja" and not has_kana(own_text(p, lang)):
            problems.append(f"no kana in a ja paragraph: {own_text(p, lang)[:60]!r}")
    # No CJK text is left in English (untagged text would take the default CJK language's glyphs).
    def untagged_cjk(element, lang):
        lang = element.get(XML_LANG, lang)
        own = (element.text or "") + "".join(child.tail or "" for child in element)
        if lang == "en" and any(0x3000 <= ord(c) <= 0x9FFF or 0xFF00 <= ord(c) <= 0xFFEF for c in own):
            problems.append(f"CJK text in English <{element.tag}>: {own.strip()[:60]!r}")
        for child in element:
            untagged_cjk(child, lang)
    untagged_cjk(root, root.get(XML_LANG, "en"))
    # Nobody is in two sessions at once.
    busy = {}
    for session in briefing.sessions:
        span = briefing.local_times(session, "UTC")
        for person in briefing.attendees(session):
            for other, other_span in busy.get(person, []):
                if span[0] < other_span[1] and other_span[0] < span[1]:
                    problems.append(f"{person} attends {session.get('id')} and {other} at once")
            busy.setdefault(person, []).append((session.get("id"), span))
    return problems


class CheckedInFiles(unittest.TestCase):
    def test_match_what_the_generator_makes(self):
        folder = scratch_dir()
        try:
            subprocess.run([sys.executable, str(GENERATOR), "--write-test-data", str(folder)], check=True,
                           capture_output=True)
            made = sorted(p.name for p in folder.iterdir())
            kept = sorted(p.name for p in CHECKED_IN.glob("*.xml"))
            self.assertEqual(made, kept, "the set of checked-in test briefings differs from the generator's")
            for name in made:
                fresh, stored = (folder / name).read_bytes(), (CHECKED_IN / name).read_bytes()
                if fresh != stored:
                    fresh_lines, stored_lines = fresh.splitlines(), stored.splitlines()
                    line = next((i for i, (a, b) in enumerate(zip(fresh_lines, stored_lines)) if a != b),
                                min(len(fresh_lines), len(stored_lines)))
                    self.fail(f"tests/data/generated/{name} differs from the generator's output from line "
                              f"{line + 1}; regenerate: bench/generate_briefing.py --write-test-data "
                              f"tests/data/generated")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def test_delegation_40_gives_each_delegate_a_different_programme(self):
        briefing = Briefing((CHECKED_IN / "delegation-40.xml").read_bytes(), "delegation-40")
        delegates = [p.get("id") for p in briefing.delegates()]
        self.assertEqual(len(delegates), 40)
        self.assertTrue(10 <= len(briefing.sessions) <= 16, len(briefing.sessions))
        programmes = {}
        for person in delegates:
            programmes[person] = frozenset(s.get("id") for s in briefing.sessions
                                           if person in briefing.attendees(s))
        self.assertEqual(len(set(programmes.values())), 40, "two delegates attend the same sessions")
        # Personalised books must differ from the whole book: only the head of delegation may attend
        # everything, and every session is attended by at least one delegate.
        all_sessions = frozenset(s.get("id") for s in briefing.sessions)
        self.assertLessEqual(sum(1 for p in programmes.values() if p == all_sessions), 1)
        for session in briefing.sessions:
            self.assertTrue(set(briefing.attendees(session)) & set(delegates), session.get("id"))

    def test_participants_60_has_a_session_listing_60_delegates(self):
        briefing = Briefing((CHECKED_IN / "participants-60.xml").read_bytes(), "participants-60")
        delegates = {p.get("id") for p in briefing.delegates()}
        self.assertEqual(len(delegates), 60)
        full = [s for s in briefing.sessions if briefing.attendees(s) and len(briefing.attendees(s)) == 60
                and set(briefing.attendees(s)) == delegates]
        self.assertTrue(full, "no session lists exactly the 60 delegates")
        self.assertTrue(any("delegation-briefing" in s.get("id") for s in full), [s.get("id") for s in full])


class Determinism(unittest.TestCase):
    def test_same_arguments_same_bytes(self):
        for args in (["--size", "sample"], ["--size", "medium"], ["--people", "30", "--sessions", "9",
                                                                  "--orgs", "7", "--delegates", "11"]):
            with self.subTest(args=args):
                self.assertEqual(generate(*args, hash_seed="0"), generate(*args, hash_seed="4242"))

    def test_seed_changes_the_content(self):
        self.assertNotEqual(generate("--size", "sample"), generate("--size", "sample", "--seed", "7"))

    def test_output_file_is_the_same_as_standard_output(self):
        folder = scratch_dir()
        try:
            out = folder / "sample.xml"
            subprocess.run([sys.executable, str(GENERATOR), "--size", "sample", "-o", str(out)], check=True)
            self.assertEqual(out.read_bytes(), generate("--size", "sample"))
        finally:
            shutil.rmtree(folder, ignore_errors=True)


class Validity(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.files = {name: generate("--size", name) for name in ("sample", "medium", "large")}
        cls.files["custom"] = generate("--people", "30", "--sessions", "9", "--orgs", "7", "--delegates", "11")
        for path in sorted(CHECKED_IN.glob("*.xml")):
            cls.files[path.name] = path.read_bytes()
        cls.parsed = {name: Briefing(data, name) for name, data in cls.files.items()}

    def test_ids_references_times_and_names(self):
        for name, briefing in self.parsed.items():
            with self.subTest(file=name):
                self.assertEqual(problems_in(briefing), [])

    def test_counts_follow_the_arguments(self):
        expected = {"sample": (17, 5, 10), "medium": (250, 60, 50), "large": (600, 150, 120), "custom": (30, 9, 7)}
        for name, (people, sessions, orgs) in expected.items():
            briefing = self.parsed[name]
            with self.subTest(file=name):
                self.assertEqual((len(briefing.people), len(briefing.sessions), len(briefing.orgs)),
                                 (people, sessions, orgs))
        self.assertEqual(len(self.parsed["custom"].delegates()), 11)

    def test_languages_scripts_and_inline_elements_are_mixed(self):
        for name in ("sample", "large"):
            root = self.parsed[name].root
            with self.subTest(file=name):
                langs = lambda path: {e.get(XML_LANG) for e in root.iterfind(path)}
                self.assertLessEqual({"zh-Hans", "ja"}, langs("./people/person/name"))
                self.assertLessEqual({"zh-Hans", "ja"}, langs("./organizations/organization/name"))
                self.assertLessEqual({"zh-Hans", "ja"}, langs(".//p"))
                self.assertLessEqual({"zh-Hans", "ja"}, langs(".//span"))
                for tag in ("ref", "a", "ul", "li", "quote", "b", "i", "agenda", "talking-points", "logistics"):
                    self.assertIsNotNone(root.find(f".//{tag}"), tag)
                cjk_text = "".join("".join(p.itertext()) for p in root.iter("p") if p.get(XML_LANG))
                for mark in CJK_PUNCTUATION:
                    self.assertIn(mark, cjk_text)

    def test_time_zones_and_midnight(self):
        for name in ("sample", "medium", "large", "delegation-40.xml"):
            briefing = self.parsed[name]
            with self.subTest(file=name):
                zones = {s.get("timezone") for s in briefing.sessions}
                self.assertEqual(briefing.default_tz, "Asia/Tokyo")
                self.assertEqual(briefing.home_tz, "Asia/Shanghai")
                self.assertIn("Asia/Seoul", zones)
                crossings = set()
                for session in briefing.sessions:
                    local = [t.date() for t in briefing.local_times(session, "Asia/Tokyo")]
                    home = [t.date() for t in briefing.local_times(session, "Asia/Shanghai")]
                    crossings.add((local[0] != local[1], home[0] != home[1]))
                self.assertIn((True, False), crossings, "no session crosses midnight in Tokyo only")
                if name != "sample":
                    self.assertIn((False, True), crossings, "no session crosses midnight in Shanghai only")
                    self.assertIn("Asia/Shanghai", zones)

    def test_no_name_of_the_real_sample_people(self):
        real = {(n.get("family"), n.get("given")) for n in Briefing(SAMPLE.read_bytes(), "sample").root.iter("name")
                if n.get("family")}
        self.assertTrue(real)
        for name, briefing in self.parsed.items():
            with self.subTest(file=name):
                made = {(n.get("family"), n.get("given")) for n in briefing.root.iter("name")}
                self.assertEqual(made & real, set())

    def test_briefbook_validate_finds_no_errors(self):
        # The project's own reading of the spec: as the parser grows, so does this check.
        briefbook = os.environ.get("BRIEFBOOK")
        if not briefbook or not Path(briefbook).exists():
            self.skipTest("BRIEFBOOK is not set (ctest sets it)")
        folder = scratch_dir()
        try:
            for name, data in self.files.items():
                path = folder / (name if name.endswith(".xml") else name + ".xml")
                path.write_bytes(data)
                result = subprocess.run([briefbook, "validate", str(path)], capture_output=True, text=True)
                with self.subTest(file=name):
                    self.assertEqual(result.returncode, 0, result.stderr[-2000:])
                    self.assertNotIn(": error:", result.stderr)
                    if result.stderr.strip():
                        print(f"{name}: briefbook validate warns:\n{result.stderr[-2000:]}", file=sys.stderr)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def test_valid_against_the_schema_when_there_is_one(self):
        if not SCHEMA.exists() or not shutil.which("xmllint"):
            self.skipTest("schema/briefing.xsd or xmllint not present")
        folder = scratch_dir()
        try:
            for name, data in self.files.items():
                path = folder / (name if name.endswith(".xml") else name + ".xml")
                path.write_bytes(data)
                result = subprocess.run(["xmllint", "--noout", "--schema", str(SCHEMA), str(path)],
                                        capture_output=True, text=True)
                with self.subTest(file=name):
                    self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
