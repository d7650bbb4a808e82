// Done-when of issue 4: narrow columns (about 10 em) over a few hundred characters of Japanese and
// of Chinese rich in punctuation: no line starts or ends with a forbidden character, and every
// justified line but the last ends at the column edge within 0.5 pt.

#include <gtest/gtest.h>

#include <string_view>

#include "para_test_support.hpp"

namespace briefbook::para {
namespace {

// The test's own copy of the rules (JLREQ 3.1.7 and 3.1.8, strict; CLREQ / GB/T 15834), so that it
// checks the implementation instead of re-running its table.
constexpr std::u32string_view kJapaneseNeverFirst =
    U"、。，．・：；？！ー」』）〕］｝〉》】’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽ"
    U"ヾ";
constexpr std::u32string_view kJapaneseNeverLast = U"「『（〔［｛〈《【‘“";
constexpr std::u32string_view kChineseNeverFirst = U"、。，．：；？！」』）〕］｝〉》】”’";
constexpr std::u32string_view kChineseNeverLast = U"「『（〔［｛〈《【“‘";

struct Case {
    const char* file;
    std::u32string_view never_first;
    std::u32string_view never_last;
};

void check_corpus(const Case& c) {
    std::size_t characters = 0;
    std::size_t lines_checked = 0;
    for (const text::StyledText& source : testing::load_corpus(c.file)) {
        const PreparedParagraph paragraph = testing::prepare(source);
        characters += source.text.size() / 3;
        for (double ems : {8.0, 9.0, 10.0, 11.0, 12.5}) {
            const Pt width(ems * 10.0);
            const ParagraphLayout layout = paragraph.break_lines(width);
            ASSERT_FALSE(layout.lines.empty());
            for (std::size_t i = 0; i < layout.lines.size(); ++i) {
                const Line& line = layout.lines[i];
                const std::string text = testing::line_text(paragraph, line);
                SCOPED_TRACE(std::string(c.file) + " at " + std::to_string(ems) + " em, line '" +
                             text + "'");
                EXPECT_EQ(c.never_first.find(testing::first_char(paragraph, line)),
                          std::u32string_view::npos);
                EXPECT_EQ(c.never_last.find(testing::last_char(paragraph, line)),
                          std::u32string_view::npos);
                EXPECT_FALSE(line.overfull);
                EXPECT_NE(line.reason, BreakReason::kEmergency);
                if (i + 1 < layout.lines.size()) {
                    EXPECT_NEAR(line.width.value, width.value, 0.5);
                    // A dash or ellipsis pair is never split across lines.
                    const char32_t next = testing::first_char(paragraph, layout.lines[i + 1]);
                    const char32_t last = testing::last_char(paragraph, line);
                    EXPECT_FALSE(last == next && (last == U'—' || last == U'―' || last == U'…'));
                } else {
                    EXPECT_LE(line.width.value, width.value + 0.01);
                    EXPECT_EQ(line.reason, BreakReason::kEndOfParagraph);
                }
                ++lines_checked;
            }
        }
    }
    EXPECT_GT(characters, 300u);
    EXPECT_GT(lines_checked, 200u);
}

TEST(ParaNarrowColumns, JapaneseKinsokuAndJustification) {
    check_corpus({"japanese.txt", kJapaneseNeverFirst, kJapaneseNeverLast});
}

TEST(ParaNarrowColumns, ChineseKinsokuAndJustification) {
    check_corpus({"chinese.txt", kChineseNeverFirst, kChineseNeverLast});
}

TEST(ParaNarrowColumns, PunctuationHeavyLinesStillReachTheEdge) {
    // Every other character a mark: the breaker has few places to go and must stretch or compress.
    const PreparedParagraph paragraph = testing::prepare(
        "「はい」、「いいえ」。（そう）、「ええ」……「ちょっと」――『まあ』、「うん」。「ほう」、（な"
        "るほど）。"
        "「ふむ」、「へえ」。",
        "ja");
    const ParagraphLayout layout = paragraph.break_lines(Pt(100));
    ASSERT_GT(layout.lines.size(), 3u);
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        SCOPED_TRACE(testing::line_text(paragraph, line));
        EXPECT_NEAR(line.width.value, 100.0, 0.5);
        EXPECT_EQ(kJapaneseNeverFirst.find(testing::first_char(paragraph, line)),
                  std::u32string_view::npos);
        EXPECT_EQ(kJapaneseNeverLast.find(testing::last_char(paragraph, line)),
                  std::u32string_view::npos);
    }
}

}  // namespace
}  // namespace briefbook::para
