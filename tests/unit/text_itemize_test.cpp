#include <gtest/gtest.h>

#include <string>

#include "text/itemize.hpp"
#include "text/script.hpp"

namespace briefbook::text {
namespace {

SpanStyle styled(std::string lang, std::uint32_t line = 1, bool bold = false) {
    SpanStyle style;
    style.lang = std::move(lang);
    style.font.bold = bold;
    style.origin = {"brief.xml", {line, 5}};
    return style;
}

/// Runs as "script lang 'text'" lines, checking on the way that they cover the text in order.
std::string describe(const StyledText& text, const std::vector<TextRun>& runs) {
    std::string out;
    std::uint32_t expected_begin = 0;
    for (const auto& run : runs) {
        EXPECT_EQ(run.begin, expected_begin);
        EXPECT_LT(run.begin, run.end);
        expected_begin = run.end;
        out += script_name(run.script) + " " + (run.lang.empty() ? "-" : run.lang) + " s" +
               std::to_string(run.style) + " '" + text.text.substr(run.begin, run.end - run.begin) +
               "'\n";
    }
    EXPECT_EQ(expected_begin, text.text.size());
    return out;
}

std::string itemized(const StyledText& text, Diagnostics& diagnostics,
                     const ItemizeOptions& options = {}) {
    return describe(text, itemize(text, options, diagnostics));
}

TEST(TextItemize, AJapaneseNameInAnEnglishParagraph) {
    StyledText text;
    text.append("The minister ", styled("en"));
    text.append("岸田文雄", styled("ja", 2));
    text.append(" said.", styled("en"));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(text, diagnostics),
              "Latn en s0 'The minister '\n"
              "Hani ja s1 '岸田文雄'\n"
              "Latn en s0 ' said.'\n");
    EXPECT_EQ(diagnostics.all().size(), 0u);
}

TEST(TextItemize, PunctuationJoinsItsNeighbours) {
    StyledText text;
    text.append("東京、大阪。京都は晴れ。", styled("ja"));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(text, diagnostics),
              "Hani ja s0 '東京、大阪。京都'\n"
              "Hira ja s0 'は'\n"
              "Hani ja s0 '晴'\n"
              "Hira ja s0 'れ。'\n");
}

TEST(TextItemize, CjkBracketsAfterLatinJoinTheHanTheyEnclose) {
    StyledText ja;
    ja.append("He said ", styled("en"));
    ja.append("「東京」", styled("ja"));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(ja, diagnostics),
              "Latn en s0 'He said '\n"
              "Hani ja s1 '「東京」'\n");
    // ASCII brackets may stand in Latin text, so they stay with it; the closing one follows.
    StyledText ascii;
    ascii.append("Tokyo (東京) once", styled("ja"));
    EXPECT_EQ(itemized(ascii, diagnostics),
              "Latn ja s0 'Tokyo ('\n"
              "Hani ja s0 '東京'\n"
              "Latn ja s0 ') once'\n");
}

TEST(TextItemize, LeadingPunctuationAndCombiningMarksTakeTheFollowingScript) {
    StyledText text;
    text.append(
        "\xCC\x81"
        "«Cafe\xCC\x81»",
        styled("fr"));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(text, diagnostics), "Latn fr s0 '\xCC\x81«Cafe\xCC\x81»'\n");
    StyledText digits;
    digits.append("2023", styled("en"));
    EXPECT_EQ(itemized(digits, diagnostics), "Zyyy en s0 '2023'\n");
}

TEST(TextItemize, StyleChangesCutRuns) {
    StyledText text;
    text.append("plain ", styled("en"));
    text.append("bold", styled("en", 1, true));
    text.append(" 東京", styled("ja", 1, true));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(text, diagnostics),
              "Latn en s0 'plain '\n"
              "Latn en s1 'bold'\n"
              "Hani ja s2 ' 東京'\n");
}

TEST(TextItemize, HanTakesTheLanguageOfItsElement) {
    StyledText text;
    text.append("直骨返", styled("zh-Hans"));
    text.append("直骨返", styled("ja"));
    text.append("直骨返", styled("zh-TW"));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(text, diagnostics),
              "Hani zh-Hans s0 '直骨返'\n"
              "Hani ja s1 '直骨返'\n"
              "Hani zh-TW s2 '直骨返'\n");
}

TEST(TextItemize, KanaAndHangulImplyTheirLanguage) {
    StyledText text;
    text.append("Visit 東京タワー and 서울 today", styled("en"));
    Diagnostics diagnostics;
    EXPECT_EQ(itemized(text, diagnostics),
              "Latn en s0 'Visit '\n"
              "Hani ja s0 '東京'\n"
              "Kana ja s0 'タワー '\n"
              "Latn en s0 'and '\n"
              "Hang ko s0 '서울 '\n"
              "Latn en s0 'today'\n");
    EXPECT_EQ(diagnostics.all().size(), 0u);
}

TEST(TextItemize, HanWithoutCjkLanguageGetsTheDefaultAndOneWarningPerElement) {
    StyledText text;
    text.append("Mr 王 met Ms 李 ", styled("en", 3));
    text.append("in 北京", styled("", 4));
    Diagnostics diagnostics;
    ItemizeOptions options;
    options.default_cjk_lang = "ja";
    EXPECT_EQ(itemized(text, diagnostics, options),
              "Latn en s0 'Mr '\n"
              "Hani ja s0 '王 '\n"
              "Latn en s0 'met Ms '\n"
              "Hani ja s0 '李 '\n"
              "Latn - s1 'in '\n"
              "Hani ja s1 '北京'\n");
    ASSERT_EQ(diagnostics.all().size(), 2u);
    EXPECT_EQ(
        format_diagnostic(diagnostics.all()[0]),
        "brief.xml:3:5: warning: Han text '王 ' has no CJK language (xml:lang ja, zh-Hans, zh-Hant "
        "or ko); drawn with ja glyph forms [text.han-without-lang]");
    EXPECT_EQ(diagnostics.all()[1].where, (SourceLocation{"brief.xml", {4, 5}}));
}

TEST(TextItemize, PunctuationBetweenTwoCjkNamesInEnglishIsNotHanWithoutALanguage) {
    StyledText text;
    text.append("cards (", styled("en"));
    text.append("名刺", styled("ja", 2));
    text.append(", ", styled("en"));
    text.append("名片", styled("zh-Hans", 3));
    text.append(")", styled("en"));
    Diagnostics diagnostics;
    const auto runs = itemize(text, {}, diagnostics);
    EXPECT_FALSE(diagnostics.contains("text.han-without-lang")) << describe(text, runs);
    for (const auto& run : runs) {
        if (is_cjk_script(run.script)) {
            EXPECT_TRUE(run.lang == "ja" || run.lang == "zh-Hans") << describe(text, runs);
        }
    }
}

TEST(TextItemize, EmptyTextHasNoRuns) {
    Diagnostics diagnostics;
    EXPECT_TRUE(itemize(StyledText{}, {}, diagnostics).empty());
}

}  // namespace
}  // namespace briefbook::text
