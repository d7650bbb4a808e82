#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "para/break_opportunities.hpp"
#include "para/char_class.hpp"
#include "para/kinsoku.hpp"

namespace briefbook::para {
namespace {

/// The text cut at every opportunity: "a b" -> {"a ", "b"}.
std::vector<std::string> pieces(std::string_view text, LanguageRules rules) {
    const LanguageSpan span{0, static_cast<std::uint32_t>(text.size()), rules};
    std::vector<std::string> out;
    std::size_t from = 0;
    for (const BreakOpportunity& at : find_break_opportunities(text, {&span, 1})) {
        out.emplace_back(text.substr(from, at.offset - from));
        from = at.offset;
    }
    out.emplace_back(text.substr(from));
    return out;
}

bool any_piece_starts_with(const std::vector<std::string>& all, std::string_view prefix) {
    for (std::size_t i = 1; i < all.size(); ++i)
        if (all[i].rfind(prefix, 0) == 0) return true;
    return false;
}

bool any_piece_ends_with(const std::vector<std::string>& all, std::string_view suffix) {
    for (std::size_t i = 0; i + 1 < all.size(); ++i)
        if (all[i].size() >= suffix.size() &&
            all[i].compare(all[i].size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    return false;
}

TEST(ParaBreakOpportunities, LatinWordsBreakOnlyAfterSpacesAndHyphens) {
    EXPECT_EQ(pieces("international post-marketing cooperation", LanguageRules::kEnglish),
              (std::vector<std::string>{"international ", "post-", "marketing ", "cooperation"}));
}

TEST(ParaBreakOpportunities, NumbersKeepTheirUnitsAndCurrencies) {
    const auto english =
        pieces("about 15 MB, 30 min and US$ 5 or EUR 20 in 2024 alone", LanguageRules::kEnglish);
    EXPECT_TRUE(any_piece_starts_with(english, "alone"));  // an ordinary number does not hold on
    for (std::string_view unit : {"MB", "min", "5 ", "20 "})
        EXPECT_FALSE(any_piece_starts_with(english, unit)) << unit;
    const auto japanese = pieces("予算は100万円で、2024年に使います", LanguageRules::kJapanese);
    EXPECT_FALSE(any_piece_ends_with(japanese, "100"));
    EXPECT_FALSE(any_piece_ends_with(japanese, "2024"));
    EXPECT_TRUE(any_piece_starts_with(japanese, "に"));
}

TEST(ParaBreakOpportunities, DashAndEllipsisPairsStayTogether) {
    const std::string text = "そして——終わり……です。他说——好……吧。又――来了";
    for (LanguageRules rules : {LanguageRules::kJapanese, LanguageRules::kChineseSimplified}) {
        const LanguageSpan span{0, static_cast<std::uint32_t>(text.size()), rules};
        const auto found = find_break_opportunities(text, {&span, 1});
        EXPECT_GT(found.size(), 8u);
        for (const BreakOpportunity& at : found) {
            std::size_t cursor = at.offset;
            const char32_t after = decode_utf8(text, cursor);
            const char32_t before = code_point_before(text, at.offset);
            EXPECT_FALSE(before == after && (before == U'—' || before == U'…' || before == U'―'))
                << "break inside a pair at byte " << at.offset;
        }
    }
}

TEST(ParaBreakOpportunities, JapaneseIsStrict) {
    const auto all = pieces("ちょっとキャップ「東京」、ーあぁ々ゝ（笑）", LanguageRules::kJapanese);
    for (std::string_view start :
         {"ょ", "っ", "ャ", "ッ", "」", "、", "ー", "ぁ", "々", "ゝ", "）"})
        EXPECT_FALSE(any_piece_starts_with(all, start)) << std::string(start);
    EXPECT_FALSE(any_piece_ends_with(all, "「"));
    EXPECT_FALSE(any_piece_ends_with(all, "（"));
    EXPECT_GT(all.size(), 6u);
}

TEST(ParaBreakOpportunities, ChineseQuotesAndPunctuation) {
    const auto all = pieces("他说：“你好！”，然后《人民日报》（晚报）报道了。",
                            LanguageRules::kChineseSimplified);
    for (std::string_view start : {"”", "，", "！", "：", "》", "）", "。"})
        EXPECT_FALSE(any_piece_starts_with(all, start)) << std::string(start);
    for (std::string_view end : {"“", "《", "（"})
        EXPECT_FALSE(any_piece_ends_with(all, end)) << std::string(end);
    EXPECT_GT(all.size(), 5u);
}

TEST(ParaBreakOpportunities, EachPositionFollowsItsLanguage) {
    // Small kana may start a line in Chinese text (ICU's default) but not in Japanese (strict).
    const std::string text = "キャップキャップ";
    const LanguageSpan spans[] = {{0, 12, LanguageRules::kChineseSimplified},
                                  {12, 24, LanguageRules::kJapanese}};
    const auto found = find_break_opportunities(text, spans);
    for (const BreakOpportunity& at : found)
        EXPECT_NE(at.offset, 15u) << "before the Japanese small ャ";
}

TEST(ParaKinsoku, TableFollowsJlreqAndClreq) {
    EXPECT_FALSE(may_start_line(U'ー', LanguageRules::kJapanese));
    EXPECT_FALSE(may_start_line(U'ぁ', LanguageRules::kJapanese));
    EXPECT_FALSE(may_start_line(U'々', LanguageRules::kJapanese));
    EXPECT_FALSE(may_start_line(U'・', LanguageRules::kJapanese));
    EXPECT_TRUE(may_start_line(U'あ', LanguageRules::kJapanese));
    EXPECT_TRUE(may_start_line(U'「', LanguageRules::kJapanese));
    EXPECT_FALSE(may_end_line(U'「', LanguageRules::kJapanese));
    EXPECT_FALSE(may_start_line(U'，', LanguageRules::kChineseSimplified));
    EXPECT_FALSE(may_start_line(U'”', LanguageRules::kChineseSimplified));
    EXPECT_FALSE(may_end_line(U'“', LanguageRules::kChineseSimplified));
    EXPECT_FALSE(may_end_line(U'《', LanguageRules::kChineseSimplified));
    EXPECT_TRUE(may_start_line(U'ー', LanguageRules::kChineseSimplified));
    EXPECT_TRUE(inseparable(U'—', U'—'));
    EXPECT_TRUE(inseparable(U'…', U'…'));
    EXPECT_FALSE(inseparable(U'—', U'あ'));
}

TEST(ParaCharClass, KindsOfCharacters) {
    EXPECT_EQ(classify(U'東'), CharKind::kCjk);
    EXPECT_EQ(classify(U'ー'), CharKind::kCjk);
    EXPECT_EQ(classify(U'Ａ'), CharKind::kCjk);  // full-width Latin is set like CJK
    EXPECT_EQ(classify(U'。'), CharKind::kCjkPunctuation);
    EXPECT_EQ(classify(U'a'), CharKind::kWestern);
    EXPECT_EQ(classify(U'7'), CharKind::kWestern);
    EXPECT_EQ(classify(U' '), CharKind::kSpace);
    EXPECT_EQ(classify(U'\u00A0'), CharKind::kNoBreakSpace);
    EXPECT_EQ(classify(U'\u2028'), CharKind::kLineSeparator);
    EXPECT_EQ(classify(U'“'), CharKind::kOther);  // ambiguous: decided by the glyph's width
}

}  // namespace
}  // namespace briefbook::para
