// The built-in layouts and the loader: each layout loads cleanly and says what it promises,
// letter is a4 on another page, bases and styles inherit, names and paths resolve.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "layout_test_support.hpp"
#include "layout/layout_dump.hpp"
#include "layout/layout_file.hpp"
#include "text/font_config.hpp"

namespace briefbook::layout {
namespace {

namespace fs = std::filesystem;

Layout load_clean(std::string_view name) {
    Diagnostics diagnostics;
    auto layout = load_layout(name, layout_test::kDataDir, diagnostics);
    EXPECT_TRUE(diagnostics.all().empty()) << name << ":\n" << layout_test::printed(diagnostics);
    return layout;
}

/// The lines of `a` that `b` does not have.
std::set<std::string> lines_not_in(const std::string& a, const std::string& b) {
    std::set<std::string> b_lines;
    std::istringstream b_in(b);
    for (std::string line; std::getline(b_in, line);) b_lines.insert(line);
    std::set<std::string> out;
    std::istringstream a_in(a);
    for (std::string line; std::getline(a_in, line);) {
        if (!b_lines.count(line)) out.insert(line);
    }
    return out;
}

TEST(LayoutFile, ListsTheBuiltInLayouts) {
    EXPECT_EQ(available_layouts(layout_test::kDataDir), (std::vector<std::string>{"a4", "a5-pocket", "letter", "screen"}));
}

TEST(LayoutFile, EveryBuiltInLayoutLoadsWithoutDiagnosticsAndItsFontRolesExist) {
    Diagnostics font_diagnostics;
    const auto fonts = text::load_font_config(layout_test::kDataDir / "fonts" / "fonts.xml", font_diagnostics);
    ASSERT_FALSE(font_diagnostics.has_errors()) << layout_test::printed(font_diagnostics);
    for (const auto& name : available_layouts(layout_test::kDataDir)) {
        const auto layout = load_clean(name);
        EXPECT_EQ(layout.name, name);
        EXPECT_FALSE(layout.description.empty()) << name;
        EXPECT_EQ(layout.styles.size() >= kStyleRoleCount, true);
        Diagnostics diagnostics;
        check_font_roles(layout, fonts, diagnostics);
        EXPECT_TRUE(diagnostics.all().empty()) << name << ":\n" << layout_test::printed(diagnostics);
    }
}

TEST(LayoutFile, A4IsAMirroredDuplexBookWithRectoStarts) {
    const auto layout = load_clean("a4");
    EXPECT_NEAR(layout.page.width.value, 595.28, 0.01);
    EXPECT_NEAR(layout.page.height.value, 841.89, 0.01);
    EXPECT_TRUE(layout.page.duplex);
    EXPECT_NEAR(layout.page.margins.inner.value, Pt::from_mm(27).value, 1e-9);
    EXPECT_NEAR(layout.page.margins.outer.value, Pt::from_mm(23).value, 1e-9);
    // Page 0 is a right-hand page: its inner (binding) margin is on the left; page 1 mirrors it.
    EXPECT_EQ(layout.page.text_left(0), layout.page.margins.inner);
    EXPECT_EQ(layout.page.text_left(1), layout.page.margins.outer);
    ASSERT_EQ(layout.sections.size(), 8u);
    EXPECT_EQ(layout.sections.front().kind, SectionKind::kCover);
    EXPECT_EQ(layout.sections.back().kind, SectionKind::kContacts);
    for (const auto& section : layout.sections) EXPECT_TRUE(section.recto_start) << section_name(section.kind);
    EXPECT_FALSE(layout.header.on_blank_pages);
    EXPECT_FALSE(layout.footer.on_blank_pages);
    EXPECT_FALSE(layout.every_reference_a_link);
    EXPECT_DOUBLE_EQ(layout.text.inter_script_space, 0.25);
    // Body 10.5 pt on a 1.45 line height; headings sans and kept with what follows.
    const auto& body = layout.style(StyleRole::kBody);
    EXPECT_DOUBLE_EQ(body.size.value, 10.5);
    EXPECT_NEAR(body.leading.value, 15.225, 1e-9);
    EXPECT_EQ(body.align, Alignment::kJustify);
    const auto& h1 = layout.style(StyleRole::kH1);
    EXPECT_EQ(h1.font_role, "heading");
    EXPECT_TRUE(h1.keep_with_next);
    // A plain-number leading follows the size down the base chain: heading says 1.3.
    EXPECT_NEAR(h1.leading.value, 20 * 1.3, 1e-9);
}

TEST(LayoutFile, LetterIsA4OnLetterPaper) {
    const auto a4 = load_clean("a4");
    const auto letter = load_clean("letter");
    EXPECT_NEAR(letter.page.width.value, 612.0, 1e-9);
    EXPECT_NEAR(letter.page.height.value, 792.0, 1e-9);
    const auto a4_dump = dump_layout(a4);
    const auto letter_dump = dump_layout(letter);
    EXPECT_EQ(lines_not_in(letter_dump, a4_dump),
              (std::set<std::string>{
                  "layout letter",
                  "description " + letter.description,
                  "page width=612 height=792 duplex=yes",
              }));
    EXPECT_EQ(lines_not_in(a4_dump, letter_dump).size(), 3u);
}

TEST(LayoutFile, A5PocketIsAShortSmallBookWithoutBlankPages) {
    const auto layout = load_clean("a5-pocket");
    EXPECT_NEAR(layout.page.width.value, Pt::from_mm(148).value, 1e-9);
    std::vector<SectionKind> kinds;
    for (const auto& section : layout.sections) {
        kinds.push_back(section.kind);
        EXPECT_FALSE(section.recto_start);
    }
    EXPECT_EQ(kinds, (std::vector<SectionKind>{SectionKind::kCover, SectionKind::kItinerary, SectionKind::kSessions,
                                               SectionKind::kContacts}));
    EXPECT_EQ(layout.find_section(SectionKind::kPeople), nullptr);
    EXPECT_LT(layout.style(StyleRole::kBody).size, load_clean("a4").style(StyleRole::kBody).size);
    // Properties a5-pocket does not restate come from a4.
    EXPECT_EQ(layout.style(StyleRole::kBody).font_role, "body");
    EXPECT_EQ(layout.style(StyleRole::kH2).color, (Color{0x1f / 255.0, 0x3a / 255.0, 0x5f / 255.0}));
}

TEST(LayoutFile, ScreenIsSingleSidedRaggedAndLinksEveryReference) {
    const auto layout = load_clean("screen");
    EXPECT_FALSE(layout.page.duplex);
    EXPECT_EQ(layout.page.text_left(0), layout.page.text_left(1));
    for (const auto& section : layout.sections) EXPECT_FALSE(section.recto_start);
    EXPECT_TRUE(layout.every_reference_a_link);
    EXPECT_FALSE(layout.text.justify);
    // Justification off: a style that says justify is set ragged.
    EXPECT_EQ(layout.style(StyleRole::kBody).align, Alignment::kStart);
    EXPECT_EQ(template_source(layout.header.recto.start), "{title}");
    EXPECT_EQ(template_source(layout.header.verso.start), "{title}");
}

TEST(LayoutFile, UnknownNameListsTheLayouts) {
    Diagnostics diagnostics;
    const auto layout = load_layout("a6", layout_test::kDataDir, diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "error: unknown layout 'a6' (layouts: a4, a5-pocket, letter, screen); a layout file of your "
              "own is given by its path [layout.unknown]");
    // The placeholder is still complete.
    EXPECT_EQ(layout.styles.size(), kStyleRoleCount);
}

TEST(LayoutFile, MissingPathIsALocatedError) {
    Diagnostics diagnostics;
    (void)load_layout("no/such/layout.xml", layout_test::kDataDir, diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "no/such/layout.xml: error: cannot read the layout file [layout.unreadable]");
}

TEST(LayoutFile, ACopyNamedLikeItsBaseIsBasedOnTheBuiltInOne) {
    const auto path = layout_test::scratch_dir("copy-named-like-its-base") / "a4.xml";
    std::ofstream(path) << "<layout version=\"1\" base=\"a4\">\n"
                           "  <styles><style name=\"body\" size=\"11pt\"/></styles>\n"
                           "</layout>\n";
    Diagnostics diagnostics;
    const auto layout = load_layout(path.string(), layout_test::kDataDir, diagnostics);
    EXPECT_TRUE(diagnostics.all().empty()) << layout_test::printed(diagnostics);
    EXPECT_DOUBLE_EQ(layout.style(StyleRole::kBody).size.value, 11.0);
    EXPECT_NEAR(layout.style(StyleRole::kBody).leading.value, 11 * 1.45, 1e-9);
    // small is based on body but states its own size: unchanged.
    EXPECT_DOUBLE_EQ(layout.style(StyleRole::kSmall).size.value, 8.5);
    EXPECT_TRUE(layout.page.duplex);
}

TEST(LayoutFile, MissingStylesFallBackWithAWarning) {
    Diagnostics diagnostics;
    const auto layout = load_layout_from_memory(
        "<layout version=\"1\"><styles>\n"
        "  <style name=\"body\" size=\"10pt\" leading=\"14pt\"/>\n"
        "  <style name=\"h1\" base=\"body\" font=\"heading\" size=\"18pt\"/>\n"
        "</styles></layout>\n",
        "mem.xml", layout_test::kDataDir, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << layout_test::printed(diagnostics);
    EXPECT_EQ(diagnostics.warning_count(), 1u);
    EXPECT_TRUE(diagnostics.contains("layout.style-missing"));
    // h3 falls back to h2, which falls back to h1; the name is the role's own.
    const auto& h3 = layout.style(StyleRole::kH3);
    EXPECT_EQ(h3.name, "h3");
    EXPECT_EQ(h3.font_role, "heading");
    EXPECT_DOUBLE_EQ(h3.size.value, 18.0);
    // An absolute leading stays absolute when the size changes.
    EXPECT_DOUBLE_EQ(h3.leading.value, 14.0);
    // Defaults: single-sided A4, every section, no recto starts.
    EXPECT_FALSE(layout.page.duplex);
    EXPECT_EQ(layout.sections.size(), 8u);
}

TEST(LayoutFile, StylesBecomeSpanStyles) {
    const auto layout = load_clean("a4");
    const auto span = span_style(layout.style(StyleRole::kTableHeader), "ja");
    EXPECT_EQ(span.font, (text::FontRequest{"label", true, false}));
    EXPECT_DOUBLE_EQ(span.size.value, 9.5);
    EXPECT_EQ(span.lang, "ja");
    EXPECT_EQ(span.link, -1);
    EXPECT_EQ(font_request(layout.style(StyleRole::kQuote)), (text::FontRequest{"body", false, true}));
}

TEST(LayoutFile, UnknownFontRoleIsReportedAtTheStyle) {
    Diagnostics diagnostics;
    const auto layout = load_layout_from_memory(
        "<layout version=\"1\" base=\"a4\">\n"
        "  <styles>\n"
        "    <style name=\"h2\" font=\"fancy\"/>\n"
        "  </styles>\n"
        "</layout>\n",
        "mem.xml", layout_test::kDataDir, diagnostics);
    ASSERT_TRUE(diagnostics.all().empty()) << layout_test::printed(diagnostics);
    Diagnostics font_diagnostics;
    const auto fonts = text::load_font_config(layout_test::kDataDir / "fonts" / "fonts.xml", font_diagnostics);
    check_font_roles(layout, fonts, diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    const auto& d = diagnostics.all()[0];
    EXPECT_EQ(d.code, "layout.font-role");
    EXPECT_EQ(d.where.file, "mem.xml");
    EXPECT_EQ(d.where.position, (TextPosition{3, 5}));
}

TEST(LayoutFile, CjkDefaultFollowsTheBookWhenTheLayoutLeavesItOpen) {
    TextOptions options;
    EXPECT_EQ(cjk_default_language(options, "ja"), "ja");
    EXPECT_EQ(cjk_default_language(options, "zh-TW"), "zh-Hant");
    EXPECT_EQ(cjk_default_language(options, "en"), "zh-Hans");
    options.cjk_default = "ja";
    EXPECT_EQ(cjk_default_language(options, "zh-Hans"), "ja");
}

}  // namespace
}  // namespace briefbook::layout
