// Text kept together (names): a line breaks inside it only where nothing else fits, and then at
// an opportunity the rules allow, without a warning.

#include <gtest/gtest.h>

#include <string>

#include "para/break_opportunities.hpp"
#include "para_test_support.hpp"

namespace briefbook::para {
namespace {

constexpr std::string_view kEnglish = "Japan Pharmaceutical Manufacturers Association ";
constexpr std::string_view kName = "日本製薬工業協会";

/// "Japan Pharmaceutical Manufacturers Association 日本製薬工業協会", the Japanese name kept
/// together or not, ragged like a heading.
text::StyledText heading(bool keep_name) {
    text::StyledText out;
    out.append(kEnglish, testing::span_style("en", 14.0));
    auto name = testing::span_style("ja", 14.0);
    name.keep_together = keep_name;
    out.append(kName, name);
    return out;
}

/// True when some line break falls strictly inside `name`.
bool name_is_split(const PreparedParagraph& paragraph, const ParagraphLayout& layout,
                   std::string_view name = kName) {
    const std::uint32_t begin = testing::offset_of(paragraph, name);
    const auto end = static_cast<std::uint32_t>(begin + name.size());
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i)
        if (layout.lines[i].end > begin && layout.lines[i].end < end) return true;
    return false;
}

TEST(ParaKeepTogether, OpportunitiesInsideAKeptRangeAreLastResorts) {
    const std::string text = "会長は日本製薬工業協会の方です";
    const LanguageSpan span{0, static_cast<std::uint32_t>(text.size()), LanguageRules::kJapanese};
    const KeptTogether name{9, 9 + 24};  // 日本製薬工業協会
    const auto found = find_break_opportunities(text, {&span, 1}, {&name, 1});
    std::size_t inside = 0;
    bool at_edges = false;
    for (const BreakOpportunity& at : found) {
        const bool within = at.offset > name.begin && at.offset < name.end;
        EXPECT_EQ(at.last_resort, within) << "at byte " << at.offset;
        inside += within ? 1 : 0;
        at_edges = at_edges || at.offset == name.begin || at.offset == name.end;
    }
    EXPECT_EQ(inside, 7u) << "between each two of the name's eight characters";
    EXPECT_TRUE(at_edges) << "the name's edges stay ordinary opportunities";
}

TEST(ParaKeepTogether, AHeadingMovesTheWholeNameToTheNextLine) {
    const PreparedParagraph plain = testing::prepare(heading(false));
    const PreparedParagraph kept = testing::prepare(heading(true));
    for (Breaker breaker : {Breaker::kTotalFit, Breaker::kFirstFit}) {
        const BreakOptions ragged{.alignment = Alignment::kStart, .breaker = breaker};
        // Widths where the English fits on one line and the name does not fit after it.
        int split_without_flag = 0;
        for (double width = 330; width <= 420; width += 10) {
            SCOPED_TRACE("width " + std::to_string(width));
            const ParagraphLayout kept_layout = kept.break_lines(Pt(width), ragged);
            EXPECT_FALSE(name_is_split(kept, kept_layout)) << testing::dump(kept, kept_layout);
            for (const Line& line : kept_layout.lines) EXPECT_FALSE(line.overfull);
            split_without_flag +=
                name_is_split(plain, plain.break_lines(Pt(width), ragged)) ? 1 : 0;
        }
        // Without the flag the same widths do split it: the flag is what keeps it whole.
        EXPECT_GT(split_without_flag, 0);
    }
}

TEST(ParaKeepTogether, ANameWiderThanTheColumnBreaksWhereTheRulesAllowWithoutAWarning) {
    const PreparedParagraph kept = testing::prepare(heading(true));
    for (Breaker breaker : {Breaker::kTotalFit, Breaker::kFirstFit}) {
        const ParagraphLayout layout =
            kept.break_lines(Pt(70), {.alignment = Alignment::kStart, .breaker = breaker});
        EXPECT_TRUE(name_is_split(kept, layout)) << testing::dump(kept, layout);
        for (const Line& line : layout.lines) {
            EXPECT_FALSE(line.overfull) << testing::line_text(kept, line);
            EXPECT_NE(line.reason, BreakReason::kEmergency) << testing::line_text(kept, line);
        }
        Diagnostics diagnostics;
        kept.report(layout, diagnostics);
        EXPECT_TRUE(diagnostics.all().empty());
    }
}

TEST(ParaKeepTogether, JustifiedTextBreaksANameRatherThanLeaveALooseLine) {
    // Keeping the name whole would often leave the line before it far too loose: in justified
    // text a name breaks, like a word takes a hyphen, once the tolerance cannot be met otherwise.
    constexpr std::string_view kLongName = "国立がん研究センター中央病院";
    const auto paragraph = [&](bool keep_name) {
        text::StyledText source;
        source.append("The delegation met the officers of the ", testing::span_style("en"));
        auto name = testing::span_style("ja");
        name.keep_together = keep_name;
        source.append(kLongName, name);
        source.append(" before the seminar, and again after it at the reception.",
                      testing::span_style("en"));
        return testing::prepare(source);
    };
    const PreparedParagraph plain = paragraph(false);
    const PreparedParagraph kept = paragraph(true);
    const auto loosest = [](const ParagraphLayout& layout) {
        double out = 0;
        for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i)
            out = std::max(out, layout.lines[i].adjustment_ratio);
        return out;
    };
    constexpr double kTolerance = 1.26;  // badness 200, the second pass's limit
    int name_broken = 0;
    int name_whole = 0;
    for (double width = 150; width <= 300; width += 5) {
        const ParagraphLayout layout = kept.break_lines(Pt(width));
        const ParagraphLayout plain_layout = plain.break_lines(Pt(width));
        // No looser than the tolerance, unless the text is that loose without the name kept.
        EXPECT_LE(loosest(layout), std::max(kTolerance, loosest(plain_layout)) + 1e-9)
            << "width " << width << ":\n"
            << testing::dump(kept, layout);
        for (const Line& line : layout.lines) EXPECT_NE(line.reason, BreakReason::kEmergency);
        if (name_is_split(kept, layout, kLongName))
            ++name_broken;
        else if (name_is_split(plain, plain_layout, kLongName))
            ++name_whole;
    }
    EXPECT_GT(name_broken, 0) << "where nothing else is good enough the name breaks";
    EXPECT_GT(name_whole, 0) << "where it can the name stays whole";
}

TEST(ParaKeepTogether, TheNarrowestColumnHoldsTheWholeName) {
    const PreparedParagraph plain = testing::prepare(heading(false));
    const PreparedParagraph kept = testing::prepare(heading(true));
    // Tables size columns by it: the name's eight characters, not one of them.
    EXPECT_GT(kept.min_content_width().value, 8 * 14.0 - 0.5);
    EXPECT_LT(plain.min_content_width().value, kept.min_content_width().value);
}

}  // namespace
}  // namespace briefbook::para
