// Spacing between scripts: a quarter em between CJK and Western letters or digits, none on top of a
// typed space, none next to full-width punctuation, none at line edges.

#include <gtest/gtest.h>

#include "para_test_support.hpp"

namespace briefbook::para {
namespace {

using testing::glyph_at;
using testing::offset_of;

const BreakOptions kRagged{.alignment = Alignment::kStart};

/// The advance HarfBuzz gave the glyph of source byte `cluster`.
Pt natural_advance(const PreparedParagraph& paragraph, std::uint32_t cluster) {
    for (const text::GlyphRun& run : paragraph.shaped().runs)
        for (const text::ShapedGlyph& glyph : run.glyphs)
            if (glyph.cluster == cluster) return glyph.advance;
    ADD_FAILURE() << "no glyph for byte " << cluster;
    return {};
}

/// Space added after the glyph of `text` beyond its own advance, on `line`.
Pt added_after(const PreparedParagraph& paragraph, const Line& line, std::uint32_t cluster) {
    return glyph_at(line, cluster).advance - natural_advance(paragraph, cluster);
}

Pt added_after(const PreparedParagraph& paragraph, const Line& line, std::string_view text) {
    return added_after(paragraph, line, offset_of(paragraph, text));
}

TEST(ParaSpacing, QuarterEmBetweenKanaOrHanAndLatin) {
    const PreparedParagraph paragraph = testing::prepare("東京Tokyoです", "ja");
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    EXPECT_NEAR(added_after(paragraph, line, "京").value, 2.5, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, offset_of(paragraph, "yo") + 1).value, 2.5,
                0.01);  // o before で
    EXPECT_NEAR(added_after(paragraph, line, "東").value, 0.0, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "T").value, 0.0, 0.01);  // never inside a Latin word
    EXPECT_NEAR(glyph_at(line, offset_of(paragraph, "T")).x.value, 20.0 + 2.5, 0.01);
}

TEST(ParaSpacing, DigitsAndChineseToo) {
    const PreparedParagraph paragraph = testing::prepare("使用Zoom会议，共2024年", "zh-Hans");
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    EXPECT_NEAR(added_after(paragraph, line, "用").value, 2.5, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "共").value, 2.5, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "4").value, 2.5, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "2").value, 0.0, 0.01);
}

TEST(ParaSpacing, NoSpaceAddedToATypedSpace) {
    const PreparedParagraph paragraph = testing::prepare("東京 Tokyo です", "ja");
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    EXPECT_NEAR(added_after(paragraph, line, "京").value, 0.0, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, " ").value, 0.0,
                0.01);  // the space keeps its own width
    EXPECT_NEAR(added_after(paragraph, line, "o ").value, 0.0, 0.01);
}

TEST(ParaSpacing, NoSpaceNextToFullWidthPunctuation) {
    const PreparedParagraph paragraph = testing::prepare("「Tokyo」と、Osaka。", "ja");
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    EXPECT_NEAR(added_after(paragraph, line, "「").value, 0.0, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "o」").value, 0.0, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "、").value, 0.0, 0.01);
    EXPECT_NEAR(added_after(paragraph, line, "a。").value, 0.0, 0.01);
}

TEST(ParaSpacing, NoneAtLineEdges) {
    const PreparedParagraph paragraph = testing::prepare("日本語の文章とEnglishの単語", "ja");
    // 7 ems of Japanese fit in 8 ems; the Latin word does not fit after them.
    const ParagraphLayout layout = paragraph.break_lines(Pt(80), kRagged);
    ASSERT_GE(layout.lines.size(), 2u);
    EXPECT_EQ(testing::line_text(paragraph, layout.lines[0]), "日本語の文章と");
    EXPECT_NEAR(layout.lines[0].width.value, 70.0, 0.01);  // no quarter em hanging at the end
    EXPECT_NEAR(glyph_at(layout.lines[1], offset_of(paragraph, "E")).x.value, 0.0, 0.01);
}

TEST(ParaSpacing, AmountIsConfigurable) {
    const PreparedParagraph paragraph =
        testing::prepare("東京Tokyo", "ja", 10.0, {.inter_script_space = 0.5});
    const Line line = paragraph.break_lines(Pt(500), kRagged).lines.at(0);
    EXPECT_NEAR(added_after(paragraph, line, "京").value, 5.0, 0.01);
}

TEST(ParaSpacing, NoDoubledSpacesInMixedParagraphs) {
    // Every gap between glyphs on every line is at most one space or one quarter em.
    for (const text::StyledText& source : testing::load_corpus("mixed.txt")) {
        const PreparedParagraph paragraph = testing::prepare(source);
        for (const Line& line : paragraph.break_lines(Pt(150), kRagged).lines) {
            for (const LineRun& run : line.runs) {
                for (const render::PlacedGlyph& glyph : run.glyphs) {
                    if (run.ends_with_hyphen && &glyph == &run.glyphs.back()) continue;
                    const Pt extra = glyph.advance - natural_advance(paragraph, glyph.cluster);
                    EXPECT_LE(extra.value, 2.5 + 0.01) << "after byte " << glyph.cluster;
                    const char c = paragraph.shaped().source.text[glyph.cluster];
                    if (c == ' ') {
                        EXPECT_NEAR(extra.value, 0.0, 0.01);
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace briefbook::para
