#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "briefbook/load.hpp"

namespace briefbook::model {
namespace {

const std::filesystem::path kDataDir = std::filesystem::path(BRIEFBOOK_TEST_SOURCE_DIR) / "tests/data/model";

/// Loads `xml` (the body of a briefing) and expects no problem at all.
Briefing load_clean(std::string_view xml) {
    Diagnostics diagnostics;
    Briefing briefing = load_briefing_from_memory(xml, "t.xml", kDataDir, diagnostics);
    std::ostringstream printed;
    diagnostics.print(printed);
    EXPECT_TRUE(diagnostics.all().empty()) << printed.str();
    return briefing;
}

std::string wrap(std::string_view body, std::string_view root_attributes = "") {
    return "<briefing version=\"1\"" + std::string(root_attributes) +
           ">\n<meta><title>T</title><timezone>Asia/Tokyo</timezone></meta>\n" + std::string(body) + "\n</briefing>\n";
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// "text|b|i|href|lang" per piece: compact enough to compare whole paragraphs.
std::vector<std::string> describe(const std::vector<InlinePiece>& pieces) {
    std::vector<std::string> out;
    for (const auto& p : pieces) {
        std::string d = p.kind == InlinePiece::Kind::kRef         ? "ref:" + p.ref_to
                        : p.kind == InlinePiece::Kind::kLineBreak ? std::string("br")
                                                                  : p.text;
        if (p.bold) d += "|b";
        if (p.italic) d += "|i";
        if (!p.href.empty()) d += "|" + p.href;
        out.push_back(d + "|" + p.lang);
    }
    return out;
}

using Strings = std::vector<std::string>;

TEST(ParseBriefing, ReadsTheFullExampleAsItsGoldenDump) {
    const std::string xml = read_file(kDataDir / "valid-full.xml");
    const Briefing briefing = load_clean(xml);
    const std::string expected = read_file(kDataDir / "valid-full.dump");
    EXPECT_EQ(dump(briefing), expected) << "if the change is intended, update tests/data/model/valid-full.dump";
}

TEST(ParseBriefing, ReadsRootAndMeta) {
    const Briefing b = load_clean(
        "<briefing version='1' xml:lang='zh-Hans'>\n"
        "<meta><title>访日</title><title xml:lang='en'>Visit</title><subtitle>副</subtitle>"
        "<classification>内部</classification><prepared-by>秘书处</prepared-by><version>2</version>"
        "<date>2023-11-20</date><timezone> Asia/Tokyo </timezone><home-timezone>Asia/Shanghai</home-timezone>"
        "<logo src='images/logo.png'/></meta><people/></briefing>");
    EXPECT_EQ(b.version, "1");
    EXPECT_EQ(b.lang, "zh-Hans");
    EXPECT_EQ(b.meta.title.variants.size(), 2u);
    EXPECT_EQ(b.meta.title.variants[1].lang, "en");
    EXPECT_EQ(b.meta.subtitle.variants[0].text, "副");
    EXPECT_EQ(b.meta.prepared_by.variants[0].text, "秘书处");
    EXPECT_EQ(b.meta.date, (LocalDate{2023, 11, 20}));
    EXPECT_EQ(b.meta.timezone, "Asia/Tokyo");  // white space around it trimmed
    EXPECT_EQ(b.meta.home_timezone, "Asia/Shanghai");
    ASSERT_TRUE(b.meta.logo);
    EXPECT_EQ(b.meta.logo->src, "images/logo.png");
    EXPECT_EQ(b.meta.logo->resolved, kDataDir / "images/logo.png");
}

TEST(ParseBriefing, BookLanguageDefaultsToEnglish) {
    EXPECT_EQ(load_clean(wrap("<people/>")).lang, "en");
}

TEST(ParseBriefing, ReadsNamesInBothForms) {
    const Briefing b = load_clean(wrap(
        "<people><person id='song' org='phirda' side='delegation' precedence='3'>"
        "<name family='Song' given=' Ruilin '/><name xml:lang='zh-Hans' family='宋' given='瑞霖'/>"
        "<name xml:lang='en' order='given-first'>  Sean\n Shan </name>"
        "<title>President</title><role>Head</role><photo src='images/person.jpg'/>"
        "<pronunciation>sohng</pronunciation></person></people>"
        "<organizations><organization id='phirda'><name>PhIRDA</name></organization></organizations>"));
    ASSERT_EQ(b.people.size(), 1u);
    const Person& p = b.people[0];
    EXPECT_EQ(p.id.value, "song");
    EXPECT_EQ(p.org, OrgId{"phirda"});
    EXPECT_EQ(p.side, Side::kDelegation);
    EXPECT_EQ(p.precedence, 3);
    ASSERT_EQ(p.names.size(), 3u);
    EXPECT_EQ(p.names[0].family, "Song");
    EXPECT_EQ(p.names[0].given, "Ruilin");
    EXPECT_EQ(p.names[0].lang, "en");
    EXPECT_EQ(p.names[0].order, PersonName::Order::kDefault);
    EXPECT_EQ(p.names[1].lang, "zh-Hans");
    EXPECT_EQ(p.names[1].family + p.names[1].given, "宋瑞霖");
    EXPECT_EQ(p.names[2].plain, "Sean Shan");
    EXPECT_EQ(p.names[2].order, PersonName::Order::kGivenFirst);
    EXPECT_EQ(p.title.variants[0].text, "President");
    EXPECT_EQ(p.role.variants[0].text, "Head");
    EXPECT_EQ(p.pronunciation.variants[0].text, "sohng");
    ASSERT_TRUE(p.photo);
}

TEST(ParseBriefing, PersonDefaults) {
    const Briefing b = load_clean(wrap("<people><person id='x'><name>X</name></person></people>"));
    EXPECT_EQ(b.people[0].side, Side::kOther);
    EXPECT_FALSE(b.people[0].precedence);
    EXPECT_FALSE(b.people[0].org);
}

TEST(ParseBriefing, ReadsSessions) {
    const Briefing b = load_clean(wrap(
        "<organizations><organization id='jpma' country='JP' kind='association'><name>JPMA</name>"
        "<short>JPMA</short><location>Tokyo</location><website> https://www.jpma.or.jp/ </website>"
        "</organization></organizations>\n"
        "<people><person id='song'><name>Song</name></person></people>\n"
        "<sessions>"
        "<session id='m' host='jpma' start='2023-11-29T09:30' end='2023-11-29T12:00'>"
        "<title>Meeting</title><venue>Office</venue><address>Nihonbashi</address>"
        "<attendees><attendee ref='song' role='Head'/></attendees>"
        "<agenda><item time='09:30'>Welcome <b>all</b></item><item>Talks</item></agenda></session>"
        "<session id='v' kind='visit' timezone='Asia/Shanghai' start='2023-11-30T09:00' end='2023-11-30T10:00'>"
        "<title>Visit</title></session></sessions>"));
    const Organization& o = b.organizations[0];
    EXPECT_EQ(o.country, "JP");
    EXPECT_EQ(o.kind, "association");
    EXPECT_EQ(o.short_name.variants[0].text, "JPMA");
    EXPECT_EQ(o.location.variants[0].text, "Tokyo");
    EXPECT_EQ(o.website, "https://www.jpma.or.jp/");
    ASSERT_EQ(b.sessions.size(), 2u);
    const Session& m = b.sessions[0];
    EXPECT_EQ(m.kind, SessionKind::kMeeting);
    EXPECT_EQ(m.host, OrgId{"jpma"});
    EXPECT_EQ(m.start, (LocalDateTime{{2023, 11, 29}, 9, 30}));
    EXPECT_EQ(m.end, (LocalDateTime{{2023, 11, 29}, 12, 0}));
    EXPECT_EQ(m.timezone, "Asia/Tokyo");  // from <meta>
    EXPECT_EQ(m.venue.variants[0].text, "Office");
    EXPECT_EQ(m.address.variants[0].text, "Nihonbashi");
    ASSERT_EQ(m.attendees.size(), 1u);
    EXPECT_EQ(m.attendees[0].ref, PersonId{"song"});
    EXPECT_EQ(m.attendees[0].role, "Head");
    ASSERT_EQ(m.agenda.size(), 2u);
    EXPECT_EQ(m.agenda[0].time, "09:30");
    EXPECT_EQ(describe(m.agenda[0].content), (Strings{"Welcome |en", "all|b|en"}));
    EXPECT_EQ(m.agenda[1].time, "");
    EXPECT_EQ(b.sessions[1].kind, SessionKind::kVisit);
    EXPECT_EQ(b.sessions[1].timezone, "Asia/Shanghai");  // its own
}

TEST(ParseBriefing, ReadsContacts) {
    const Briefing b = load_clean(wrap(
        "<people/><contacts><contact name='Office' phone='+81 3' email='a@b.c' role='duty'/>"
        "<contact xml:lang='ja' name='事務局'/></contacts>"));
    ASSERT_EQ(b.contacts.size(), 2u);
    EXPECT_EQ(b.contacts[0].name, "Office");
    EXPECT_EQ(b.contacts[0].phone, "+81 3");
    EXPECT_EQ(b.contacts[0].email, "a@b.c");
    EXPECT_EQ(b.contacts[0].role, "duty");
    EXPECT_EQ(b.contacts[0].lang, "en");
    EXPECT_EQ(b.contacts[1].lang, "ja");
}

TEST(ParseBriefing, InheritsXmlLangDownToEveryPiece) {
    const Briefing b = load_clean(wrap(
        "<organizations xml:lang='ja'><organization id='o'><name>日本製薬工業協会</name>"
        "<name xml:lang='en'>JPMA</name><profile><p>協会<span xml:lang='en'>JPMA <b>x</b></span>"
        "<b xml:lang='zh-Hans'>中</b></p></profile></organization></organizations>",
        " xml:lang='en'"));
    const Organization& o = b.organizations[0];
    EXPECT_EQ(o.name.variants[0].lang, "ja");
    EXPECT_EQ(o.name.variants[1].lang, "en");
    const Block& p = o.profile.blocks.at(0);
    EXPECT_EQ(p.lang, "ja");
    EXPECT_EQ(describe(p.content), (Strings{"協会|ja", "JPMA |en", "x|b|en", "中|b|zh-Hans"}));
}

TEST(ParseBriefing, FlattensNestedInlineMarkup) {
    const Briefing b = load_clean(wrap(
        "<organizations><organization id='x'><name>X</name></organization></organizations>"
        "<people/><overview><p>a <b>b <i>bi <a href='https://x.org/'>link <b>still</b></a></i> b</b> "
        "<ref to='x'/> c<br/>d</p></overview>"));
    EXPECT_EQ(describe(b.overview.blocks.at(0).content),
              (Strings{"a |en", "b |b|en", "bi |b|i|en", "link still|b|i|https://x.org/|en",
                       " b|b|en", " |en", "ref:x|en", " c|en", "br|en", "d|en"}));
}

TEST(ParseBriefing, CollapsesWhiteSpaceLikeHtmlWithTheCjkLineBreakRule) {
    const Briefing b = load_clean(wrap(
        "<people/><overview>\n  <p>\n    Meet   the\n    <b>team</b>\n  </p>\n"
        "  <p xml:lang='ja'>日本製薬\n    工業協会と<b>\n    会議</b>する。\n  Tokyo\n  で。</p>\n</overview>"));
    ASSERT_EQ(b.overview.blocks.size(), 2u);
    EXPECT_EQ(describe(b.overview.blocks[0].content), (Strings{"Meet the |en", "team|b|en"}));
    EXPECT_EQ(describe(b.overview.blocks[1].content), (Strings{"日本製薬工業協会と|ja", "会議|b|ja", "する。 Tokyo で。|ja"}));
}

TEST(ParseBriefing, BuildsBlocks) {
    const Briefing b = load_clean(wrap(
        "<people/><overview>Loose <b>text</b>\n<p>Para</p>\nMore loose\n"
        "<ol><li>one</li><li>two<ul><li>inner</li></ul>tail</li><li><p>p1</p><p>p2</p></li></ol>"
        "<quote>Q1<p>Q2</p></quote><ul><li><ul><li>only nested</li></ul></li></ul></overview>"));
    std::vector<std::string> shape;
    for (const auto& block : b.overview.blocks) {
        std::string s = block.kind == Block::Kind::kParagraph ? "p" : block.kind == Block::Kind::kQuote ? "q" : "li";
        if (block.kind == Block::Kind::kListItem) {
            s += std::string(block.ordered ? " ol" : " ul") + " #" + std::to_string(block.number) + " d" +
                 std::to_string(block.depth) + (block.continuation ? " cont" : "");
        }
        std::string text;
        for (const auto& piece : block.content) text += piece.text;
        shape.push_back(s + ": " + text);
    }
    EXPECT_EQ(shape, (Strings{"p: Loose text", "p: Para", "p: More loose", "li ol #1 d0: one", "li ol #2 d0: two",
                              "li ul #1 d1: inner", "li ol #2 d0 cont: tail", "li ol #3 d0: p1",
                              "li ol #3 d0 cont: p2", "q: Q1", "q: Q2", "li ul #1 d0: ", "li ul #1 d1: only nested"}));
}

TEST(ParseBriefing, RepeatedBlocksElementsAppend) {
    const Briefing b = load_clean(wrap(
        "<people><person id='x'><name>X</name><bio><p>English bio.</p></bio>"
        "<bio xml:lang='zh-Hans'><p>中文简介。</p></bio></person></people>"));
    ASSERT_EQ(b.people[0].bio.blocks.size(), 2u);
    EXPECT_EQ(b.people[0].bio.blocks[1].lang, "zh-Hans");
}

TEST(ParseBriefing, KeepsPositions) {
    const Briefing b = load_clean(
        "<briefing version='1'>\n"
        "<meta><title>T</title><timezone>Asia/Tokyo</timezone></meta>\n"
        "<people>\n"
        "  <person id='song' org='o'>\n"
        "    <name family='宋' given='瑞霖'/><bio>日本語 <ref to='o'/></bio>\n"
        "  </person>\n"
        "</people>\n"
        "<organizations><organization id='o'><name>O</name><logo\n   src='images/org.png'/></organization></organizations>\n"
        "<sessions><session id='s' host='o'\n start='2023-11-29T09:30' end='2023-11-29T10:00'>"
        "<title>S</title><attendees><attendee ref='song'/></attendees></session></sessions>\n"
        "</briefing>\n");
    const Person& p = b.people.at(0);
    EXPECT_EQ(p.position, (TextPosition{4, 3}));
    EXPECT_EQ(p.org_position, (TextPosition{4, 21}));
    EXPECT_EQ(p.names[0].position, (TextPosition{5, 5}));
    EXPECT_EQ(p.bio.position, (TextPosition{5, 34}));
    const auto& pieces = p.bio.blocks.at(0).content;
    EXPECT_EQ(pieces.at(0).position, (TextPosition{5, 39}));
    EXPECT_EQ(pieces.at(1).position, (TextPosition{5, 43}));  // after three CJK characters and a space
    EXPECT_EQ(b.meta.title.variants[0].position, (TextPosition{2, 7}));
    const auto& logo = *b.organizations.at(0).logo;
    EXPECT_EQ(logo.position, (TextPosition{8, 51}));
    EXPECT_EQ(logo.src_position, (TextPosition{9, 4}));
    const Session& s = b.sessions.at(0);
    EXPECT_EQ(s.position, (TextPosition{10, 11}));
    EXPECT_EQ(s.host_position, (TextPosition{10, 27}));
    EXPECT_EQ(s.start_position, (TextPosition{11, 2}));
    EXPECT_EQ(s.end_position, (TextPosition{11, 27}));
    EXPECT_EQ(s.attendees.at(0).position, (TextPosition{11, 77}));
    EXPECT_EQ(s.attendees.at(0).ref_position, (TextPosition{11, 87}));
}

TEST(ParseBriefing, IgnoresSchemaAttributesEditorsAdd) {
    load_clean(wrap("<people/>",
                    " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:noNamespaceSchemaLocation='b.xsd'"));
}

TEST(ParseBriefing, AcceptsAByteOrderMarkAndCrLf) {
    const Briefing b = load_clean("\xEF\xBB\xBF<briefing version='1'>\r\n<meta><title>T\r\n x</title></meta>\r\n<people/></briefing>");
    EXPECT_EQ(b.meta.title.variants[0].text, "T x");
    EXPECT_EQ(b.meta.title.variants[0].position, (TextPosition{2, 7}));
}

TEST(ParseBriefing, FindsThingsById) {
    Briefing b = load_clean(wrap(
        "<people><person id='a'><name>A</name></person><person id='b'><name>B</name></person></people>"
        "<organizations><organization id='o'><name>O</name></organization></organizations>"
        "<sessions><session id='s' start='2023-11-29T09:30' end='2023-11-29T10:00'><title>S</title></session></sessions>"));
    ASSERT_NE(b.find_person("b"), nullptr);
    EXPECT_EQ(b.find_person("b")->id.value, "b");
    EXPECT_EQ(b.find_person("o"), nullptr);  // an organization, not a person
    EXPECT_EQ(b.find_organization("o")->id.value, "o");
    EXPECT_EQ(b.find_session("s")->id.value, "s");
    EXPECT_EQ(b.find_session("nope"), nullptr);
    // A stale index is slow, never wrong.
    b.people.erase(b.people.begin());
    EXPECT_EQ(b.find_person("a"), nullptr);
    EXPECT_EQ(b.find_person("b")->id.value, "b");
    b.people.push_back(Person{});
    b.people.back().id.value = "c";
    EXPECT_EQ(b.find_person("c")->id.value, "c");
    b.build_index();
    EXPECT_EQ(b.index.people.size(), 2u);
    EXPECT_EQ(b.find_person("c")->id.value, "c");
}

Localized variants(std::initializer_list<std::pair<const char*, const char*>> list) {
    Localized localized;
    for (const auto& [lang, text] : list) localized.variants.push_back({lang, text, {}});
    return localized;
}

TEST(Localized, PrimaryMatchesLanguageAndScript) {
    const Localized names = variants({{"en", "JPMA"}, {"ja", "日本製薬工業協会"}, {"zh-Hant", "日本製藥工業協會"}});
    EXPECT_EQ(names.primary("en")->text, "JPMA");
    EXPECT_EQ(names.primary("en-GB")->text, "JPMA");
    EXPECT_EQ(names.primary("ja")->text, "日本製薬工業協会");
    EXPECT_EQ(names.primary("zh-TW")->text, "日本製藥工業協會");  // Taiwan writes Traditional
    EXPECT_EQ(names.primary("zh-Hans")->text, "JPMA");            // no Simplified variant: the first one
    EXPECT_EQ(names.native("en")->text, "日本製薬工業協会");
    EXPECT_EQ(names.native("ja")->text, "JPMA");
    EXPECT_EQ(Localized{}.primary("en"), nullptr);
    EXPECT_EQ(variants({{"en", "Only"}}).native("en"), nullptr);
    EXPECT_EQ(variants({{"zh", "中文"}, {"en", "English"}}).primary("zh-Hans")->text, "中文");
}

}  // namespace
}  // namespace briefbook::model
