// Total-fit justification, hyphenation, alignments, fallbacks, content widths, line heights and the
// glyph runs handed to layout.

#include <gtest/gtest.h>

#include <cmath>

#include "para/char_class.hpp"
#include "para/line_to_glyph_runs.hpp"
#include "para_test_support.hpp"
#include "text_test_support.hpp"

namespace briefbook::para {
namespace {

using testing::glyph_at;
using testing::offset_of;

/// True when the line holds glue to stretch (more than one word, or CJK text).
bool can_stretch(const Line& line) {
    return !std::isinf(line.adjustment_ratio);
}

TEST(ParaJustify, EnglishLinesMeetTheEdgeAndTheLastStartsAtTheStart) {
    for (const text::StyledText& source : testing::load_corpus("english.txt")) {
        const PreparedParagraph paragraph = testing::prepare(source);
        for (double width : {150.0, 200.0, 300.0}) {
            const ParagraphLayout layout = paragraph.break_lines(Pt(width));
            ASSERT_GT(layout.lines.size(), 1u);
            for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
                const Line& line = layout.lines[i];
                SCOPED_TRACE(testing::line_text(paragraph, line));
                EXPECT_FALSE(line.overfull);
                if (can_stretch(line)) {
                    EXPECT_NEAR(line.width.value, width, 0.5);
                }
            }
            const Line& last = layout.lines.back();
            EXPECT_EQ(last.reason, BreakReason::kEndOfParagraph);
            EXPECT_LE(last.width.value, width + 0.01);
            EXPECT_NEAR(last.runs.front().x.value, 0.0, 1e-9);
            EXPECT_LE(last.adjustment_ratio, 0.0);  // never stretched; shrunk only if it must
        }
    }
}

TEST(ParaJustify, NoLetterSpacingInsideLatinWords) {
    const PreparedParagraph paragraph = testing::prepare(testing::load_corpus("english.txt").at(1));
    const std::string& text = paragraph.shaped().source.text;
    for (const Line& line : paragraph.break_lines(Pt(180)).lines) {
        for (const LineRun& run : line.runs) {
            const auto& shaped = paragraph.shaped().runs[run.run].glyphs;
            for (std::size_t g = 0; g + 1 < run.glyphs.size(); ++g) {
                const std::uint32_t at = run.glyphs[g].cluster;
                std::size_t next = at;
                (void)decode_utf8(text, next);
                if (next >= text.size() || !is_letter(code_point_before(text, next)) ||
                    text[next] == ' ')
                    continue;
                for (const auto& glyph : shaped)
                    if (glyph.cluster == at) {
                        EXPECT_NEAR(run.glyphs[g].advance.value, glyph.advance.value, 1e-9);
                    }
            }
        }
    }
}

TEST(ParaJustify, HyphenationInsertsTheFontsHyphen) {
    const PreparedParagraph paragraph = testing::prepare(testing::load_corpus("english.txt").at(8));
    const ParagraphLayout layout = paragraph.break_lines(Pt(120));
    const Line* hyphenated = nullptr;
    for (const Line& line : layout.lines)
        if (line.reason == BreakReason::kHyphenation) hyphenated = &line;
    ASSERT_NE(hyphenated, nullptr) << testing::dump(paragraph, layout);
    const LineRun& run = hyphenated->runs.back();
    ASSERT_TRUE(run.ends_with_hyphen);
    const text::FontFace& face =
        text::testing::shipped_fonts().face(paragraph.shaped().runs[run.run].font);
    EXPECT_EQ(run.glyphs.back().id, face.nominal_glyph(U'-'));
    EXPECT_NEAR(hyphenated->width.value, 120.0, 0.5);
    // Layout gets a soft hyphen in the text, for extraction to join the word again.
    const auto items = line_to_glyph_runs(paragraph, *hyphenated, Pt(0), Pt(0));
    const render::GlyphRunItem& item = items.back();
    ASSERT_GE(item.text.size(), 2u);
    EXPECT_EQ(item.text.substr(item.text.size() - 2), "\u00AD");
    EXPECT_EQ(item.glyphs.back().cluster, item.text.size() - 2);
    // The word goes on at the start of the next line.
    const Line& next = *(hyphenated + 1);
    EXPECT_EQ(next.begin, hyphenated->end);
    EXPECT_TRUE(is_letter(code_point_before(paragraph.shaped().source.text, next.begin)));
}

TEST(ParaJustify, RaggedAlignmentsKeepNaturalSpacing) {
    const PreparedParagraph paragraph = testing::prepare(testing::load_corpus("english.txt").at(2));
    for (Alignment alignment : {Alignment::kStart, Alignment::kCenter, Alignment::kEnd}) {
        const ParagraphLayout layout = paragraph.break_lines(Pt(160), {.alignment = alignment});
        for (const Line& line : layout.lines) {
            SCOPED_TRACE(testing::line_text(paragraph, line));
            EXPECT_EQ(line.adjustment_ratio, 0.0);
            EXPECT_LE(line.width.value, 160.0 + 1e-6);
            const Pt start = line.runs.front().x;
            const Pt natural = line.width - start;
            switch (alignment) {
                case Alignment::kStart:
                    EXPECT_NEAR(start.value, 0.0, 1e-9);
                    break;
                case Alignment::kCenter:
                    EXPECT_NEAR(start.value, (160.0 - natural.value) / 2, 1e-6);
                    break;
                default:
                    EXPECT_NEAR(line.width.value, 160.0, 1e-6);
                    break;
            }
            for (const LineRun& run : line.runs)
                for (const auto& glyph : run.glyphs)
                    if (paragraph.shaped().source.text[glyph.cluster] == ' ') {
                        EXPECT_NEAR(glyph.advance.value, 2.6, 0.01);  // Noto Serif's space at 10 pt
                    }
        }
    }
}

TEST(ParaJustify, ALoneCjkCharacterOnTheLastLineIsAvoided) {
    std::size_t paragraphs = 0;
    for (const char* file : {"japanese.txt", "chinese.txt"}) {
        for (const text::StyledText& source : testing::load_corpus(file)) {
            const PreparedParagraph paragraph = testing::prepare(source);
            for (int ems = 8; ems <= 16; ++ems) {
                const ParagraphLayout total_fit = paragraph.break_lines(Pt(ems * 10.0));
                const Line& last = total_fit.lines.back();
                std::size_t letters = 0;
                for (const LineRun& run : last.runs)
                    for (const auto& glyph : run.glyphs) {
                        std::size_t at = glyph.cluster;
                        letters += classify(decode_utf8(paragraph.shaped().source.text, at)) ==
                                   CharKind::kCjk;
                    }
                EXPECT_GE(letters, 2u) << file << " at " << ems << " em: '"
                                       << testing::line_text(paragraph, last) << "'";
                ++paragraphs;
            }
        }
    }
    EXPECT_GT(paragraphs, 100u);
}

TEST(ParaJustify, ShapeOnceBreakAtManyWidths) {
    const PreparedParagraph paragraph = testing::prepare(testing::load_corpus("mixed.txt").at(0));
    std::size_t previous = 1000;
    for (double width : {80.0, 120.0, 200.0, 400.0}) {
        const std::size_t lines = paragraph.break_lines(Pt(width)).lines.size();
        EXPECT_LT(lines, previous);
        previous = lines;
    }
    // The widest piece fits without an emergency break; the natural width is one line.
    const ParagraphLayout narrowest = paragraph.break_lines(paragraph.min_content_width());
    for (const Line& line : narrowest.lines) {
        EXPECT_NE(line.reason, BreakReason::kEmergency);
        EXPECT_FALSE(line.overfull);
    }
    const BreakOptions ragged{.alignment = Alignment::kStart};
    bool emergency = false;
    for (const Line& line :
         paragraph.break_lines(paragraph.min_content_width() - Pt(1), ragged).lines)
        emergency = emergency || line.reason == BreakReason::kEmergency;
    EXPECT_TRUE(emergency);
    EXPECT_EQ(paragraph.break_lines(paragraph.max_content_width(), ragged).lines.size(), 1u);
    EXPECT_GT(paragraph.break_lines(paragraph.max_content_width() - Pt(1), ragged).lines.size(),
              1u);
    EXPECT_LT(paragraph.min_content_width().value, 40.0);  // a CJK paragraph: a few characters
}

TEST(ParaJustify, UnbreakableTextGetsEmergencyBreaksAndAReport) {
    const PreparedParagraph paragraph =
        testing::prepare("Reference ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 for details", "en");
    const ParagraphLayout layout = paragraph.break_lines(Pt(60));
    bool emergency = false;
    for (const Line& line : layout.lines) {
        emergency = emergency || line.reason == BreakReason::kEmergency;
        EXPECT_FALSE(line.overfull) << testing::line_text(paragraph, line);
        EXPECT_LE(line.width.value, 60.0 + 0.5);
    }
    EXPECT_TRUE(emergency) << testing::dump(paragraph, layout);
    Diagnostics diagnostics;
    paragraph.report(layout, diagnostics);
    ASSERT_TRUE(diagnostics.contains("para.emergency-break"));
    EXPECT_EQ(diagnostics.all().front().where.file, "para.xml");
    EXPECT_EQ(diagnostics.all().front().where.position.line, 3u);
}

TEST(ParaJustify, OverfullOnlyWhenOneClusterIsWiderThanTheColumn) {
    const PreparedParagraph paragraph = testing::prepare("東京都", "ja", 10.0);
    const ParagraphLayout layout = paragraph.break_lines(Pt(6));
    ASSERT_EQ(layout.lines.size(), 3u);
    for (const Line& line : layout.lines) EXPECT_TRUE(line.overfull);
    Diagnostics diagnostics;
    paragraph.report(layout, diagnostics);
    EXPECT_TRUE(diagnostics.contains("para.overfull"));
}

TEST(ParaJustify, GreedyFallbackForVeryLongParagraphs) {
    std::string text;
    for (const text::StyledText& source : testing::load_corpus("japanese.txt")) text += source.text;
    for (int copies = 0; copies < 4; ++copies) text += text;
    const PreparedParagraph paragraph = testing::prepare(text, "ja");
    ASSERT_GT(paragraph.items().size(), kGreedyAboveItems);
    const ParagraphLayout layout = paragraph.break_lines(Pt(100));
    EXPECT_TRUE(layout.first_fit);
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        EXPECT_FALSE(line.overfull);
        EXPECT_NE(line.reason, BreakReason::kEmergency);
        EXPECT_NEAR(line.width.value, 100.0, 0.5);
        EXPECT_NE(testing::first_char(paragraph, layout.lines[i + 1]), U'、');
        EXPECT_NE(testing::first_char(paragraph, layout.lines[i + 1]), U'。');
    }
    EXPECT_FALSE(paragraph.break_lines(Pt(100), {.breaker = Breaker::kTotalFit}).first_fit);
}

TEST(ParaJustify, ForcedBreaksEndLinesLikeAParagraph) {
    const PreparedParagraph paragraph =
        testing::prepare("First line\u2028second line is here", "en");
    const ParagraphLayout layout = paragraph.break_lines(Pt(300));
    ASSERT_EQ(layout.lines.size(), 2u);
    EXPECT_EQ(layout.lines[0].reason, BreakReason::kMandatory);
    EXPECT_EQ(testing::line_text(paragraph, layout.lines[0]), "First line");
    EXPECT_LT(layout.lines[0].width.value, 100.0);  // not stretched to the edge
    EXPECT_EQ(testing::line_text(paragraph, layout.lines[1]), "second line is here");
}

TEST(ParaJustify, MixedFontsKeepOneBaselineGrid) {
    text::StyledText source;
    source.append("The delegation visits ", testing::span_style("en"));
    source.append("東京大学", testing::span_style("ja"));
    source.append(" and meets the ", testing::span_style("en"));
    source.append("president", testing::span_style("en", 10.0, true));
    source.append("（総長）と会談します。", testing::span_style("ja"));
    const PreparedParagraph paragraph = testing::prepare(source, {.line_height = Pt(15)});
    const ParagraphLayout layout = paragraph.break_lines(Pt(90));
    ASSERT_GT(layout.lines.size(), 2u);
    for (const Line& line : layout.lines) {
        EXPECT_NEAR((line.ascent + line.descent).value, 15.0, 1e-9)
            << testing::line_text(paragraph, line);
        EXPECT_NEAR(line.ascent.value, layout.lines[0].ascent.value, 1e-9);
    }
    EXPECT_NEAR(layout.height().value, 15.0 * static_cast<double>(layout.lines.size()), 1e-9);

    // A taller inline forces a taller line, and only that one.
    text::StyledText tall;
    tall.append("Small text and ", testing::span_style("en"));
    tall.append("HUGE", testing::span_style("en", 24.0));
    tall.append(" then small text again for a few more lines of ordinary body copy here.",
                testing::span_style("en"));
    const PreparedParagraph with_tall = testing::prepare(tall, {.line_height = Pt(15)});
    const ParagraphLayout tall_layout = with_tall.break_lines(Pt(90));
    ASSERT_GT(tall_layout.lines.size(), 2u);
    std::size_t taller = 0;
    for (const Line& line : tall_layout.lines) {
        const bool huge = testing::line_text(with_tall, line).find("HUGE") != std::string::npos;
        const double height = (line.ascent + line.descent).value;
        if (huge) {
            EXPECT_GT(height, 20.0);
            ++taller;
        } else {
            EXPECT_NEAR(height, 15.0, 1e-9);
        }
    }
    EXPECT_EQ(taller, 1u);
}

TEST(ParaJustify, LinesBecomeGlyphRunItemsWithTheirText) {
    text::StyledText source;
    source.append("会議は", testing::span_style("ja"));
    text::SpanStyle red = testing::span_style("en");
    red.color = {1, 0, 0};
    source.append("Webex", red);
    source.append("で配信します。", testing::span_style("ja"));
    const PreparedParagraph paragraph = testing::prepare(source);
    const ParagraphLayout layout = paragraph.break_lines(Pt(60));
    std::string joined;
    for (const Line& line : layout.lines) {
        const auto items = line_to_glyph_runs(paragraph, line, Pt(72), Pt(100));
        ASSERT_EQ(items.size(), line.runs.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            const render::GlyphRunItem& item = items[i];
            EXPECT_NEAR(item.x.value, 72.0 + line.runs[i].x.value, 1e-9);
            EXPECT_EQ(item.y.value, 100.0);
            EXPECT_EQ(item.size.value, 10.0);
            for (const auto& glyph : item.glyphs) EXPECT_LT(glyph.cluster, item.text.size());
            if (item.text == "Webex") {
                EXPECT_EQ(item.color, (Color{1, 0, 0}));
                EXPECT_EQ(item.lang, "en");
            }
            joined += item.text;
        }
        if (const std::size_t soft = joined.find("\u00AD"); soft != std::string::npos)
            joined.erase(soft, 2);
    }
    EXPECT_EQ(joined, "会議はWebexで配信します。");
}

}  // namespace
}  // namespace briefbook::para
