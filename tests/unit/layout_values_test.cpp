// The value syntax of layout files, text templates, and source positions.

#include <gtest/gtest.h>

#include "layout/source_text.hpp"
#include "layout/text_template.hpp"
#include "layout/values.hpp"

namespace briefbook::layout {
namespace {

TEST(LayoutValues, Lengths) {
    EXPECT_NEAR(parse_length("25.4mm")->value, 72.0, 1e-9);
    EXPECT_NEAR(parse_length("2.54cm")->value, 72.0, 1e-9);
    EXPECT_DOUBLE_EQ(parse_length("10.5pt")->value, 10.5);
    EXPECT_DOUBLE_EQ(parse_length("0.5in")->value, 36.0);
    EXPECT_DOUBLE_EQ(parse_length("0")->value, 0.0);
    EXPECT_DOUBLE_EQ(parse_length("-2pt")->value, -2.0);
    EXPECT_FALSE(parse_length("25"));     // which unit?
    EXPECT_FALSE(parse_length("25 mm"));  // no space
    EXPECT_FALSE(parse_length("mm"));
    EXPECT_FALSE(parse_length("1e2pt"));
    EXPECT_FALSE(parse_length("infpt"));
    EXPECT_FALSE(parse_length("25px"));
    EXPECT_FALSE(parse_length(""));
}

TEST(LayoutValues, ColorsYesNoNumbers) {
    EXPECT_EQ(parse_color("#1f3A5f"), (Color{0x1f / 255.0, 0x3a / 255.0, 0x5f / 255.0}));
    EXPECT_EQ(parse_color("#ffffff"), (Color{1.0, 1.0, 1.0}));
    EXPECT_FALSE(parse_color("#fff"));
    EXPECT_FALSE(parse_color("1f3a5f"));
    EXPECT_FALSE(parse_color("#1f3a5g"));
    EXPECT_EQ(parse_yes_no("yes"), true);
    EXPECT_EQ(parse_yes_no("no"), false);
    EXPECT_FALSE(parse_yes_no("true"));
    EXPECT_FALSE(parse_yes_no("Yes"));
    EXPECT_DOUBLE_EQ(*parse_number("1.45"), 1.45);
    EXPECT_FALSE(parse_number("1,45"));
    EXPECT_FALSE(parse_number("+1"));
    EXPECT_FALSE(parse_number(" 1"));
    EXPECT_DOUBLE_EQ(*parse_em("0.25em"), 0.25);
    EXPECT_DOUBLE_EQ(*parse_em("0.25"), 0.25);
    EXPECT_FALSE(parse_em("em"));
}

TEST(LayoutValues, TemplatesParseAndExpand) {
    std::string error;
    const auto parsed = parse_template("Page {page} of {pages} {{x}} {label:draft}", error);
    ASSERT_TRUE(parsed) << error;
    using Kind = TemplatePart::Kind;
    EXPECT_EQ(parsed->parts, (std::vector<TemplatePart>{{Kind::kLiteral, "Page "},
                                                        {Kind::kField, "page"},
                                                        {Kind::kLiteral, " of "},
                                                        {Kind::kField, "pages"},
                                                        {Kind::kLiteral, " {x} "},
                                                        {Kind::kLabel, "draft"}}));
    EXPECT_EQ(template_source(*parsed), "Page {page} of {pages} {{x}} {label:draft}");
    const auto text = expand_template(*parsed, [](const TemplatePart& part) {
        return part.kind == Kind::kLabel ? std::string("DRAFT") : "<" + part.text + ">";
    });
    EXPECT_EQ(text, "Page <page> of <pages> {x} DRAFT");
    EXPECT_FALSE(parse_template("{page", error));
    EXPECT_FALSE(parse_template("page}", error));
    EXPECT_FALSE(parse_template("{}", error));
    EXPECT_FALSE(parse_template("{label:}", error));
    EXPECT_TRUE(parse_template("", error)->empty());
}

TEST(LayoutValues, ALiteralBesideAnEmptyFieldIsLeftOut) {
    std::string error;
    const auto parsed = parse_template("{version} · {date}", error);
    ASSERT_TRUE(parsed);
    const auto with = [&](std::string version, std::string date) {
        return expand_template(*parsed, [&](const TemplatePart& part) { return part.text == "version" ? version : date; });
    };
    EXPECT_EQ(with("Draft 2", "20 November 2023"), "Draft 2 · 20 November 2023");
    EXPECT_EQ(with("", "20 November 2023"), "20 November 2023");
    EXPECT_EQ(with("Draft 2", ""), "Draft 2");
    EXPECT_EQ(with("", ""), "");
}

TEST(LayoutValues, PositionsCountCharactersFromOne) {
    const SourceText source("f.xml", "ab\n日本c\n\xEF\xBB\xBFx");
    EXPECT_EQ(source.position(0), (TextPosition{1, 1}));
    EXPECT_EQ(source.position(1), (TextPosition{1, 2}));
    EXPECT_EQ(source.position(3), (TextPosition{2, 1}));
    // 日 and 本 are three bytes each, one column each.
    EXPECT_EQ(source.position(9), (TextPosition{2, 3}));
    // Past the end: just after the last character (U+FEFF away from the start is a character).
    EXPECT_EQ(source.position(100), (TextPosition{3, 3}));
    const SourceText with_bom("g.xml", "\xEF\xBB\xBF<a>");
    EXPECT_EQ(with_bom.position(3), (TextPosition{1, 1}));
    EXPECT_EQ(with_bom.at(4).file, "g.xml");
}

}  // namespace
}  // namespace briefbook::layout
