// Every problem the model stage reports, with its exact message, code and location.

#include <gtest/gtest.h>

#include "briefbook/load.hpp"

namespace briefbook::model {
namespace {

using Lines = std::vector<std::string>;

const std::filesystem::path kDataDir = std::filesystem::path(BRIEFBOOK_TEST_SOURCE_DIR) / "tests/data/model";

Lines problems(std::string_view xml, const LoadOptions& options = {}) {
    Diagnostics diagnostics;
    (void)load_briefing_from_memory(xml, "t.xml", kDataDir, diagnostics, options);
    Lines lines;
    for (const auto& d : diagnostics.all()) lines.push_back(format_diagnostic(d));
    return lines;
}

/// A briefing whose line 3 onwards is `body`: line 1 the root, line 2 <meta>.
std::string briefing(std::string_view body) {
    return "<briefing version=\"1\">\n<meta><title>T</title><timezone>Asia/Tokyo</timezone></meta>\n" +
           std::string(body) + "\n</briefing>\n";
}

const std::string kPerson = "<people><person id=\"song\"><name>Song</name></person></people>\n";

std::string session(std::string_view attributes, std::string_view body = "<title>S</title>") {
    return "<sessions><session " + std::string(attributes) + ">" + std::string(body) + "</session></sessions>";
}

// ---- Reading the file ------------------------------------------------------------------------

TEST(ValidateInput, EmptyFile) {
    EXPECT_EQ(problems(""), Lines{"t.xml: error: the file is empty [xml.empty]"});
    EXPECT_EQ(problems(" \n\t\n"), Lines{"t.xml: error: the file is empty [xml.empty]"});
}

TEST(ValidateInput, NotXml) {
    EXPECT_EQ(problems("\n  {\"title\": \"Visit\"}"),
              Lines{"t.xml:2:3: error: not an XML document: there is no root element [xml.no-root]"});
}

TEST(ValidateInput, TruncatedXml) {
    EXPECT_EQ(problems("<briefing version=\"1\">\n<meta><title>T</title></meta>\n<people><person id=\"a"),
              Lines{"t.xml:3:22: error: the file ends in the middle of the XML: an element or tag is not closed "
                    "[xml.truncated]"});
    EXPECT_EQ(problems("<briefing version=\"1\">\n<people/>\n"),
              Lines{"t.xml:3:1: error: the file ends in the middle of the XML: an element or tag is not closed "
                    "[xml.truncated]"});
}

TEST(ValidateInput, SyntaxErrors) {
    EXPECT_EQ(problems("<briefing version=\"1\">\n  <meta><title>T</titel></meta>\n</briefing>"),
              Lines{"t.xml:2:17: error: end tag </titel> does not match the open element [xml.syntax]"});
    EXPECT_EQ(problems("<briefing version=1><people/></briefing>"),
              Lines{"t.xml:1:19: error: malformed attribute (a value must be quoted) [xml.syntax]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>a < b</title></meta><people/></briefing>"),
              Lines{"t.xml:1:39: error: malformed tag ('<' must start a tag: write &lt; for a literal '<') "
                    "[xml.syntax]"});
}

TEST(ValidateInput, WhatPugixmlLetsThrough) {
    const std::string ok = briefing(kPerson);
    EXPECT_EQ(problems("stray\n" + ok), Lines{"t.xml:1:1: error: text outside the root element [xml.syntax]"});
    EXPECT_EQ(problems(ok + "<briefing/>"),
              Lines{"t.xml:6:1: error: a second root element <briefing>: a file has one root element [xml.syntax]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\" id=\"b\"><name>A</name></person></people>")),
              Lines{"t.xml:3:24: error: attribute 'id' appears twice on <person> [xml.syntax]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a<b\"><name>A</name></person></people>")),
              (Lines{"t.xml:3:22: error: '<' is not allowed in an attribute value: write &lt; [xml.syntax]"}));
}

TEST(ValidateInput, EntitiesAndDoctype) {
    EXPECT_EQ(problems("<!DOCTYPE briefing SYSTEM \"http://example.org/b.dtd\">\n" + briefing(kPerson)),
              Lines{"t.xml:1:1: error: DOCTYPE declarations are not allowed: briefings never load DTDs or entities "
                    "[xml.doctype]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name>A &amp; B &#x5B8B; &#23435; &copy;</name></person></people>")),
              Lines{"t.xml:3:58: error: undefined entity '&copy;': briefings have no DTD, write the character itself "
                    "[xml.entity]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name>R&D</name></person></people>")),
              Lines{"t.xml:3:31: error: a literal '&' must be written &amp; [xml.entity]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name>&#xD800;</name></person></people>")),
              Lines{"t.xml:3:30: error: character reference '&#xD800;' names a character that XML does not allow "
                    "[xml.bad-char]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name>&#12x;</name></person></people>")),
              Lines{"t.xml:3:30: error: malformed character reference [xml.entity]"});
}

TEST(ValidateInput, Encodings) {
    EXPECT_EQ(problems("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n" + briefing(kPerson)),
              Lines{"t.xml:1:21: error: the XML declaration names encoding 'Shift_JIS', but briefings are read as "
                    "UTF-8: save the file as UTF-8 [encoding.unsupported]"});
    EXPECT_TRUE(problems("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + briefing(kPerson)).empty());
    EXPECT_EQ(problems(briefing("<people><person id=\"\xE9\"/></people>")),
              Lines{"t.xml:3:21: error: invalid UTF-8 (byte 0xE9): briefings must be saved as UTF-8 [encoding.invalid]"});
}

TEST(ValidateInput, FileSizeLimit) {
    LoadOptions options;
    options.limits.max_file_bytes = 100;
    EXPECT_EQ(problems(briefing(kPerson), options),
              Lines{"t.xml: error: the file is larger than the limit of 100 bytes [limit.file-size]"});
}

// ---- Structure -------------------------------------------------------------------------------

TEST(ValidateStructure, RootAndVersion) {
    EXPECT_EQ(problems("<trip/>"),
              Lines{"t.xml:1:1: error: the root element is <trip>; a briefing file starts with <briefing version=\"1\"> "
                    "[xml.root]"});
    EXPECT_EQ(problems("<briefing version=\"1.1\"><meta><title>T</title></meta><people/></briefing>"),
              Lines{"t.xml:1:11: error: unsupported format version '1.1' (this briefbook reads version 1) [xml.version]"});
    EXPECT_EQ(problems("<briefing><meta><title>T</title></meta><people/></briefing>"),
              Lines{"t.xml:1:1: error: missing required attribute 'version' on <briefing> [attr.missing]"});
}

TEST(ValidateStructure, RequiredElements) {
    EXPECT_EQ(problems("<briefing version=\"1\">\n<people/></briefing>"),
              Lines{"t.xml:1:1: error: the briefing has no <meta> (it holds the title) [element.missing]"});
    EXPECT_EQ(problems("<briefing version=\"1\">\n<meta><subtitle>S</subtitle></meta><people/></briefing>"),
              Lines{"t.xml:2:1: error: <meta> has no <title> [element.missing]"});
    EXPECT_EQ(problems("<briefing version=\"1\">\n<meta><title>T</title></meta><overview>O</overview></briefing>"),
              Lines{"t.xml:1:1: error: the briefing needs at least one of <sessions>, <people> or <organizations> "
                    "[element.missing]"});
    EXPECT_TRUE(problems("<briefing version=\"1\"><meta><title>T</title></meta><organizations/></briefing>").empty());
}

TEST(ValidateStructure, RequiredAttributes) {
    EXPECT_EQ(problems(briefing("<people><person><name>A</name></person></people>")),
              Lines{"t.xml:3:9: error: missing required attribute 'id' on <person> [attr.missing]"});
    EXPECT_EQ(problems(briefing("<people><person id=\" \"><name>A</name></person></people>")),
              Lines{"t.xml:3:17: error: the 'id' attribute of <person> is empty [attr.missing]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\" org=\"\"><name>A</name></person></people>")),
              Lines{"t.xml:3:24: error: the 'org' attribute of <person> is empty [attr.missing]"});
    EXPECT_EQ(problems(briefing(session("id=\"s\" end=\"2023-11-29T10:00\""))),
              Lines{"t.xml:3:11: error: missing required attribute 'start' on <session> [attr.missing]"});
    EXPECT_EQ(problems(briefing(kPerson + session("id=\"s\" start=\"2023-11-29T09:00\" end=\"2023-11-29T10:00\"",
                                                  "<title>S</title><attendees><attendee/></attendees>"))),
              Lines{"t.xml:4:102: error: missing required attribute 'ref' on <attendee> [attr.missing]"});
    EXPECT_EQ(problems(briefing("<people/><overview><p><a>x</a> <ref/></p></overview>")),
              (Lines{"t.xml:3:23: error: missing required attribute 'href' on <a> [attr.missing]",
                     "t.xml:3:32: error: missing required attribute 'to' on <ref> [attr.missing]"}));
    EXPECT_EQ(problems(briefing("<people/><contacts><contact phone=\"1\"/></contacts>")),
              Lines{"t.xml:3:20: error: missing required attribute 'name' on <contact> [attr.missing]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><logo/></meta><people/></briefing>"),
              Lines{"t.xml:1:45: error: missing required attribute 'src' on <logo> [attr.missing]"});
}

TEST(ValidateStructure, UnknownAndMisplacedThingsAreWarnings) {
    EXPECT_EQ(problems(briefing("<people><person id=\"a\" colour=\"red\"><name>A</name><nick>B</nick></person></people>")),
              (Lines{"t.xml:3:24: warning: unknown attribute 'colour' on <person>; it is ignored [xml.unknown-attribute]",
                     "t.xml:3:51: warning: unknown element <nick> in <person>; it is ignored [xml.unknown-element]"}));
    EXPECT_EQ(problems(briefing("<people><session/></people><overview><p>a <u>b</u> <b><ul/></b></p></overview>")),
              (Lines{"t.xml:3:9: warning: <session> does not belong in <people>; it is ignored [xml.misplaced-element]",
                     "t.xml:3:43: warning: unknown element <u> in <p>; its text is kept [xml.unknown-element]",
                     "t.xml:3:55: warning: <ul> does not belong in <b>; its text is kept [xml.misplaced-element]"}));
    EXPECT_EQ(problems(briefing("<people>Song Ruilin</people>")),
              Lines{"t.xml:3:9: warning: text directly in <people> is ignored (it belongs in an element) [xml.stray-text]"});
    EXPECT_EQ(problems(briefing("<people/><overview><ref to=\"x\">text</ref></overview><organizations><organization id=\"x\"><name>X</name></organization></organizations>")),
              Lines{"t.xml:3:32: warning: the content of <ref> is ignored: it prints the name of what it refers to "
                    "[xml.stray-text]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name>A</name><title>T <b>bold</b></title></person></people>")),
              Lines{"t.xml:3:47: warning: <b> does not belong in <title>; its text is kept [xml.misplaced-element]"});
}

TEST(ValidateStructure, RepeatsAndEmptyTexts) {
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><date>2023-11-20</date><date>2023-11-21</date></meta><people/></briefing>"),
              Lines{"t.xml:1:68: warning: <date> appears twice in <meta>; the first one is used [xml.duplicate-element]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><title>U</title></meta><people/></briefing>"),
              Lines{"t.xml:1:45: warning: a second <title> in language 'en'; the first one is used [text.duplicate-lang]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><subtitle>\n</subtitle></meta><people/></briefing>"),
              Lines{"t.xml:1:45: warning: empty <subtitle> is ignored [text.empty]"});
}

TEST(ValidateStructure, Names) {
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"/></people>")),
              Lines{"t.xml:3:9: warning: person 'a' has no <name>; the book shows its id [name.missing]"});
    EXPECT_EQ(problems(briefing("<organizations><organization id=\"o\"/></organizations>")),
              Lines{"t.xml:3:16: warning: organization 'o' has no <name>; the book shows its id [name.missing]"});
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T09:00\" end=\"2023-11-29T10:00\"", ""))),
              Lines{"t.xml:3:11: warning: session 's' has no <title>; the book shows its id [name.missing]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name family=\"A\">A B</name></person></people>")),
              Lines{"t.xml:3:24: warning: <name> has family/given attributes and text; the text is ignored [name.mixed]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name/><name>A</name></person></people>")),
              Lines{"t.xml:3:24: warning: empty <name> is ignored [text.empty]"});
}

TEST(ValidateStructure, LanguageTags) {
    EXPECT_EQ(problems(briefing("<people><person id=\"a\" xml:lang=\"zh_CN\"><name>A</name></person></people>")),
              Lines{"t.xml:3:24: warning: 'zh_CN' is not a BCP 47 language tag (like en, zh-Hans, ja) [lang.invalid]"});
}

// ---- Values ----------------------------------------------------------------------------------

TEST(ValidateValues, Enumerations) {
    EXPECT_EQ(problems(briefing("<people><person id=\"a\" side=\"guest\" precedence=\"0\"><name order=\"western\">A</name></person></people>")),
              (Lines{"t.xml:3:24: error: side 'guest' of person 'a' is not one of delegation, host, other [value.invalid]",
                     "t.xml:3:37: error: precedence '0' of person 'a' is not a whole number from 1 (highest) up "
                     "[value.invalid]",
                     "t.xml:3:58: error: order 'western' of <name> is not one of given-first, family-first [value.invalid]"}));
    EXPECT_EQ(problems(briefing(session("id=\"s\" kind=\"party\" start=\"2023-11-29T09:00\" end=\"2023-11-29T10:00\""))),
              Lines{"t.xml:3:27: error: kind 'party' of session 's' is not one of meeting, visit, meal, ceremony, "
                    "travel, free [value.invalid]"});
}

TEST(ValidateValues, Dates) {
    const auto meta_date = [](std::string_view date) {
        return problems("<briefing version=\"1\"><meta><title>T</title><date>" + std::string(date) +
                        "</date></meta><people/></briefing>");
    };
    EXPECT_EQ(meta_date("2023-11-2"),
              Lines{"t.xml:1:45: error: malformed date '2023-11-2' in <date> (expected YYYY-MM-DD) [date.malformed]"});
    EXPECT_EQ(meta_date("2023-02-30"), Lines{"t.xml:1:45: error: impossible date '2023-02-30' in <date> [date.impossible]"});
    EXPECT_EQ(meta_date("2023-13-01"), Lines{"t.xml:1:45: error: impossible date '2023-13-01' in <date> [date.impossible]"});
    EXPECT_TRUE(meta_date(" 2024-02-29 ").empty());
}

TEST(ValidateValues, SessionTimes) {
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T9:30\" end=\"2023-11-29T10:00\""))),
              Lines{"t.xml:3:27: error: malformed start time '2023-11-29T9:30' of session 's' (expected "
                    "YYYY-MM-DDTHH:MM) [time.malformed]"});
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-02-29T09:30\" end=\"2023-03-01T10:00\""))),
              Lines{"t.xml:3:27: error: impossible date '2023-02-29' in the start time of session 's' [date.impossible]"});
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T09:60\""))),
              Lines{"t.xml:3:52: error: impossible time of day '09:60' in the end time of session 's' [time.impossible]"});
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"",
                                        "<title>S</title><agenda><item time=\"9.30\">x</item><item time=\"25:00\">y</item></agenda>"))),
              (Lines{"t.xml:3:105: error: malformed time '9.30' of agenda <item> (expected HH:MM) [time.malformed]",
                     "t.xml:3:131: error: impossible time of day '25:00' of agenda <item> [time.impossible]"}));
}

TEST(ValidateValues, TimeZones) {
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\" timezone=\"Asia/Tokio\""))),
              Lines{"t.xml:3:75: error: unknown time zone 'Asia/Tokio' (expected an IANA name like Asia/Tokyo) "
                    "[time.zone-unknown]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><home-timezone>Etc/Unknown</home-timezone></meta><people/></briefing>"),
              Lines{"t.xml:1:45: error: unknown time zone 'Etc/Unknown' (expected an IANA name like Asia/Tokyo) "
                    "[time.zone-unknown]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><timezone/></meta><people/></briefing>"),
              Lines{"t.xml:1:45: error: empty time zone name [time.zone-unknown]"});
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title></meta>\n" +
                       session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"") + "</briefing>"),
              Lines{"t.xml:2:11: error: session 's' has no time zone: give it a timezone attribute or set <timezone> "
                    "in <meta> [time.zone-missing]"});
    // An unknown zone in <meta> is reported once, not again for each session that uses it.
    EXPECT_EQ(problems("<briefing version=\"1\"><meta><title>T</title><timezone>Mars/Olympus</timezone></meta>\n" +
                       session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"") + "</briefing>"),
              Lines{"t.xml:1:45: error: unknown time zone 'Mars/Olympus' (expected an IANA name like Asia/Tokyo) "
                    "[time.zone-unknown]"});
}

// ---- Ids and references ----------------------------------------------------------------------

TEST(ValidateReferences, DuplicateIdsAcrossKinds) {
    EXPECT_EQ(problems(briefing("<people><person id=\"x\"><name>A</name></person></people>\n"
                                "<organizations><organization id=\"x\"><name>O</name></organization></organizations>")),
              Lines{"t.xml:4:16: error: duplicate id 'x': already the id of the person at 3:9 [id.duplicate]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a b\"><name>A</name></person></people>")),
              Lines{"t.xml:3:17: error: id 'a b' contains white space [id.invalid]"});
}

TEST(ValidateReferences, DanglingReferencesNameTheReferenceAndTheMissingId) {
    const std::string org = "<organizations><organization id=\"jpma\"><name>JPMA</name></organization></organizations>\n";
    EXPECT_EQ(problems(briefing(org + "<people><person id=\"a\" org=\"jpmaa\"><name>A</name></person></people>")),
              Lines{"t.xml:4:24: error: person 'a' names unknown organization 'jpmaa' [ref.unknown]"});
    EXPECT_EQ(problems(briefing(org + session("id=\"m\" host=\"jmpa\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\""))),
              Lines{"t.xml:4:27: error: session 'm' names unknown host organization 'jmpa' [ref.unknown]"});
    EXPECT_EQ(problems(briefing(kPerson + session("id=\"jpma\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"",
                                                  "<title>S</title><attendees>\n<attendee ref=\"murakami\"/></attendees>"))),
              Lines{"t.xml:5:11: error: session 'jpma' names unknown person 'murakami' [ref.unknown]"});
    EXPECT_EQ(problems(briefing("<people><person id=\"a\"><name>A</name><bio>See <ref to=\"b\"/>.</bio></person></people>")),
              Lines{"t.xml:3:47: error: <ref> in person 'a' names unknown id 'b' [ref.unknown]"});
    EXPECT_EQ(problems(briefing(kPerson + session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"",
                                                  "<title>S</title><agenda><item>With <ref to=\"nobody\"/></item></agenda>"))),
              Lines{"t.xml:4:110: error: <ref> in session 's' names unknown id 'nobody' [ref.unknown]"});
}

TEST(ValidateReferences, ReferencesOfTheWrongKind) {
    EXPECT_EQ(problems(briefing(kPerson + "<people><person id=\"b\" org=\"song\"><name>B</name></person></people>")),
              Lines{"t.xml:4:24: error: person 'b' names 'song' as its organization, but 'song' is a person, not an "
                    "organization [ref.wrong-kind]"});
    EXPECT_EQ(problems(briefing("<organizations><organization id=\"o\"><name>O</name></organization></organizations>\n" +
                                session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"",
                                        "<title>S</title><attendees><attendee ref=\"o\"/></attendees>"))),
              Lines{"t.xml:4:112: error: session 's' names 'o' as an attendee, but 'o' is an organization, not a person "
                    "[ref.wrong-kind]"});
}

TEST(ValidateReferences, RefToMayNameAnyKind) {
    EXPECT_TRUE(problems(briefing(kPerson + "<overview><ref to=\"song\"/> <ref to=\"o\"/> <ref to=\"s\"/></overview>\n"
                                  "<organizations><organization id=\"o\"><name>O</name></organization></organizations>\n" +
                                  session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"")))
                    .empty());
}

TEST(ValidateReferences, AttendeeListedTwice) {
    EXPECT_EQ(problems(briefing(kPerson + session("id=\"s\" start=\"2023-11-29T09:30\" end=\"2023-11-29T10:00\"",
                                                  "<title>S</title><attendees><attendee ref=\"song\"/><attendee ref=\"song\"/></attendees>"))),
              Lines{"t.xml:4:134: warning: session 's' lists person 'song' twice [attendee.duplicate]"});
}

// ---- Times across sessions -------------------------------------------------------------------

TEST(ValidateTimes, EndBeforeOrAtStart) {
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T10:00\" end=\"2023-11-29T09:59\""))),
              Lines{"t.xml:3:52: error: session 's' ends (2023-11-29T09:59) before it starts (2023-11-29T10:00) "
                    "[time.end-before-start]"});
    EXPECT_EQ(problems(briefing(session("id=\"s\" start=\"2023-11-29T10:00\" end=\"2023-11-29T10:00\""))),
              Lines{"t.xml:3:52: error: session 's' ends when it starts (2023-11-29T10:00) [time.end-before-start]"});
    // Across midnight is fine.
    EXPECT_TRUE(problems(briefing(session("id=\"s\" start=\"2023-11-29T23:30\" end=\"2023-11-30T00:30\""))).empty());
}

TEST(ValidateTimes, ComparesInstantsNotWallClocks) {
    // Within one zone the wall clocks can only mislead across a DST change.
    // A DST gap: 02:30 does not exist and is read as 03:30, which is after the 03:15 end.
    EXPECT_EQ(problems(briefing(session("id=\"s\" timezone=\"Europe/Berlin\" start=\"2023-03-26T02:30\" end=\"2023-03-26T03:15\""))),
              (Lines{"t.xml:3:52: warning: the start time 2023-03-26T02:30 of session 's' does not exist in "
                     "Europe/Berlin (the clocks skip it); it is read as 03:30 [time.nonexistent]",
                     "t.xml:3:77: error: session 's' ends (2023-03-26T03:15) before it starts (2023-03-26T02:30) "
                     "[time.end-before-start]"}));
}

TEST(ValidateTimes, OverlappingSessionsForOnePersonAcrossZones) {
    const std::string people = "<people><person id=\"a\"><name>A</name></person><person id=\"b\"><name>B</name></person></people>\n";
    const std::string xml = briefing(
        people + "<sessions>\n"
                 "<session id=\"tokyo\" start=\"2023-11-29T09:00\" end=\"2023-11-29T12:00\"><title>T</title>"
                 "<attendees><attendee ref=\"a\"/><attendee ref=\"b\"/></attendees></session>\n"
                 // 10:30-11:00 in Shanghai is 11:30-12:00 in Tokyo: inside the first session, for a only.
                 "<session id=\"shanghai\" timezone=\"Asia/Shanghai\" start=\"2023-11-29T10:30\" end=\"2023-11-29T11:00\">"
                 "<title>S</title><attendees><attendee ref=\"a\"/></attendees></session>\n"
                 // Starts when the first one ends: not an overlap.
                 "<session id=\"after\" start=\"2023-11-29T12:00\" end=\"2023-11-29T13:00\"><title>A</title>"
                 "<attendees><attendee ref=\"a\"/><attendee ref=\"b\"/></attendees></session>\n"
                 "</sessions>");
    EXPECT_EQ(problems(xml),
              Lines{"t.xml:6:134: warning: person 'a' attends overlapping sessions 'tokyo' and 'shanghai' [time.overlap]"});
}

// ---- Images ----------------------------------------------------------------------------------

std::string with_logo(std::string_view src) {
    return "<briefing version=\"1\"><meta><title>T</title><logo src=\"" + std::string(src) +
           "\"/></meta><people/></briefing>";
}

TEST(ValidateImages, PathsStayInTheBriefingsFolder) {
    EXPECT_TRUE(problems(with_logo("images/logo.png")).empty());
    EXPECT_TRUE(problems(with_logo("images/../images/logo.png")).empty());  // stays inside
    EXPECT_EQ(problems(with_logo("../model/images/logo.png")),
              Lines{"t.xml:1:51: error: image path '../model/images/logo.png' leads outside the briefing's folder "
                    "(allowed only with --allow-any-path) [image.path-escapes]"});
    EXPECT_EQ(problems(with_logo("/etc/passwd")),
              Lines{"t.xml:1:51: error: image path '/etc/passwd' leads outside the briefing's folder (allowed only "
                    "with --allow-any-path) [image.path-escapes]"});
    LoadOptions any_path;
    any_path.allow_any_path = true;
    EXPECT_TRUE(problems(with_logo("../model/images/logo.png"), any_path).empty());
}

TEST(ValidateImages, MissingImagesAreWarnings) {
    EXPECT_EQ(problems(with_logo("images/nope.png")),
              Lines{"t.xml:1:51: warning: image 'images/nope.png' not found; the book shows a placeholder [image.missing]"});
    EXPECT_EQ(problems(with_logo("images")),
              Lines{"t.xml:1:51: warning: image 'images' not found; the book shows a placeholder [image.missing]"});
}

TEST(ValidateImages, SymbolicLinksOutOfTheFolderAreRefused) {
    const auto folder = std::filesystem::path(BRIEFBOOK_TEST_BINARY_DIR) / "model_validate_symlink";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::filesystem::create_symlink("/etc/hostname", folder / "logo.png");
    Diagnostics diagnostics;
    (void)load_briefing_from_memory(with_logo("logo.png"), "t.xml", folder, diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "t.xml:1:51: error: image path 'logo.png' leads outside the briefing's folder through a symbolic link "
              "(allowed only with --allow-any-path) [image.path-escapes]");
    std::filesystem::remove_all(folder);
}

// ---- All at once -----------------------------------------------------------------------------

TEST(Validate, ReportsEveryProblemInFileOrder) {
    const Lines found = problems(briefing(
        "<people><person id=\"a\" org=\"x\" side=\"guest\"><name>A</name></person></people>\n" +
        session("id=\"a\" start=\"2023-11-29T10:00\" end=\"2023-11-29T09:00\" timezone=\"Nowhere/City\"")));
    EXPECT_EQ(found, (Lines{"t.xml:3:24: error: person 'a' names unknown organization 'x' [ref.unknown]",
                            "t.xml:3:32: error: side 'guest' of person 'a' is not one of delegation, host, other "
                            "[value.invalid]",
                            "t.xml:4:11: error: duplicate id 'a': already the id of the person at 3:9 [id.duplicate]",
                            "t.xml:4:75: error: unknown time zone 'Nowhere/City' (expected an IANA name like "
                            "Asia/Tokyo) [time.zone-unknown]"}));
}

}  // namespace
}  // namespace briefbook::model
