// Full-width punctuation: adjacent marks compressed (JLREQ 3.1.4), by the font's `halt` when the
// Shaper re-shapes them or by explicit adjustment otherwise; Chinese line-end marks half width.

#include <gtest/gtest.h>

#include "para_test_support.hpp"
#include "text_test_support.hpp"

namespace briefbook::para {
namespace {

using testing::glyph_at;
using testing::offset_of;

const BreakOptions kRagged{.alignment = Alignment::kStart};

TEST(ParaPunctuation, ClosingBracketBeforeCommaTakesHalfAnEm) {
    const PreparedParagraph paragraph = testing::prepare("「東京」、大阪", "ja");
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    const Pt closing = glyph_at(line, offset_of(paragraph, "」")).x;
    const Pt comma = glyph_at(line, offset_of(paragraph, "、")).x;
    EXPECT_NEAR((comma - closing).value, 5.0, 0.01);
    EXPECT_NEAR(line.width.value, 65.0, 0.01);  // 7 ems less the half em the bracket gave up
}

TEST(ParaPunctuation, ClosingThenOpeningKeepsHalfAnEmBetween) {
    const PreparedParagraph paragraph = testing::prepare("「はい」「いいえ」（笑）", "ja");
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    // 」「 and 」（: one and a half ems from the first mark's start to the second's ink.
    EXPECT_NEAR(line.width.value, 120.0 - 5.0 - 5.0, 0.01);
}

TEST(ParaPunctuation, FontFeatureAndExplicitAdjustmentAgree) {
    const std::string source = "「東京」、「大阪」。（笑）";
    const PreparedParagraph by_font = testing::prepare(source, "ja");
    text::StyledText styled;
    styled.append(source, testing::span_style("ja"));
    Diagnostics diagnostics;
    const PreparedParagraph explicit_adjustment =
        PreparedParagraph::prepare(testing::shaper().shape(styled, diagnostics),
                                   text::testing::shipped_fonts(), {}, Hyphenator());
    const Line a = by_font.break_lines(Pt(500), kRagged).lines.at(0);
    const Line b = explicit_adjustment.break_lines(Pt(500), kRagged).lines.at(0);
    EXPECT_NEAR(a.width.value, b.width.value, 0.01);
    for (std::uint32_t offset = 0; offset < source.size(); ++offset) {
        if ((static_cast<unsigned char>(source[offset]) & 0xC0u) == 0x80u) continue;
        EXPECT_NEAR(glyph_at(a, offset).x.value, glyph_at(b, offset).x.value, 0.01)
            << "byte " << offset;
    }
    // The font did it: the compressed bracket came back half width from the Shaper.
    bool half = false;
    for (const auto& run : by_font.shaped().runs)
        for (const auto& glyph : run.glyphs)
            half = half || (glyph.cluster == 9 && glyph.advance.value < 5.01);
    EXPECT_TRUE(half);
}

TEST(ParaPunctuation, ChineseLineEndMarksAreHalfWidth) {
    const PreparedParagraph chinese = testing::prepare("我们今天，你们明天。", "zh-Hans");
    const ParagraphLayout zh = chinese.break_lines(Pt(50), kRagged);
    ASSERT_EQ(zh.lines.size(), 2u);
    EXPECT_EQ(testing::line_text(chinese, zh.lines[0]), "我们今天，");
    EXPECT_NEAR(zh.lines[0].width.value, 45.0, 0.01);
    // Japanese keeps the full em at the line end (JLREQ's default).
    const PreparedParagraph japanese = testing::prepare("私たちは、あなたも。", "ja");
    const ParagraphLayout ja = japanese.break_lines(Pt(50), kRagged);
    ASSERT_EQ(ja.lines.size(), 2u);
    EXPECT_NEAR(ja.lines[0].width.value, 50.0, 0.01);
    // The setting can ask for it in Japanese too.
    const PreparedParagraph half =
        testing::prepare("私たちは、あなたも。", "ja", 10.0,
                         {.line_end_punctuation = LineEndPunctuation::kHalfWidth});
    EXPECT_NEAR(half.break_lines(Pt(50), kRagged).lines.at(0).width.value, 45.0, 0.01);
}

TEST(ParaPunctuation, JustifiedChineseLineMayHangItsLastMark) {
    // Nine ems and a comma in a column of 9.5 ems: the comma's blank half goes at the line end.
    const PreparedParagraph paragraph =
        testing::prepare("一二三四五六七八九，十一二三四五六七八九十。", "zh-Hans");
    const ParagraphLayout layout = paragraph.break_lines(Pt(95));
    ASSERT_GE(layout.lines.size(), 2u);
    EXPECT_EQ(testing::line_text(paragraph, layout.lines[0]), "一二三四五六七八九，");
    EXPECT_NEAR(layout.lines[0].width.value, 95.0, 0.5);
}

}  // namespace
}  // namespace briefbook::para
