#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/graphemes.hpp"

namespace briefbook::text {
namespace {

/// The text cut at every grapheme start.
std::vector<std::string> pieces(std::string_view text) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t at : grapheme_starts(text)) {
        out.emplace_back(text.substr(from, at - from));
        from = at;
    }
    out.emplace_back(text.substr(from));
    return out;
}

TEST(Graphemes, MarksSelectorsAndSequencesStayWithTheirBase) {
    // e + combining acute; 葛 + an ideographic variation selector; a flag; a thumbs-up with a skin
    // tone; a family joined by zero-width joiners; Hangul jamo making one syllable.
    EXPECT_EQ(pieces("Re\u0301sume\u0301"),
              (std::vector<std::string>{"R", "e\u0301", "s", "u", "m", "e\u0301"}));
    EXPECT_EQ(pieces("葛\U000E0100飾区"), (std::vector<std::string>{"葛\U000E0100", "飾", "区"}));
    EXPECT_EQ(pieces("🇯🇵🇨🇳"), (std::vector<std::string>{"🇯🇵", "🇨🇳"}));
    EXPECT_EQ(pieces("a👍🏽"), (std::vector<std::string>{"a", "👍🏽"}));
    EXPECT_EQ(pieces("👩\u200D👩\u200D👧!"), (std::vector<std::string>{"👩\u200D👩\u200D👧", "!"}));
    EXPECT_EQ(pieces("\u1100\u1161\u11A8가"),
              (std::vector<std::string>{"\u1100\u1161\u11A8", "가"}));
}

TEST(Graphemes, PlainTextIsOneClusterPerCodePoint) {
    EXPECT_EQ(grapheme_starts("宋瑞霖 SONG"), (std::vector<std::size_t>{3, 6, 9, 10, 11, 12, 13}));
    EXPECT_TRUE(grapheme_starts("").empty());
    EXPECT_TRUE(grapheme_starts("a").empty());
}

}  // namespace
}  // namespace briefbook::text
