#include <gtest/gtest.h>

#include "briefbook/diagnostics.hpp"
#include "para/hyphenator.hpp"

namespace briefbook::para {
namespace {

std::string hyphenated(const Hyphenator& hyphenator, std::string_view lang, std::string_view word) {
    std::string out;
    std::size_t from = 0;
    for (std::uint32_t at : hyphenator.points(lang, word)) {
        out.append(word.substr(from, at - from)).append("-");
        from = at;
    }
    return out.append(word.substr(from));
}

TEST(ParaHyphenator, EnglishWithDebianPatterns) {
    const Hyphenator hyphenator = Hyphenator::english();
    EXPECT_EQ(hyphenated(hyphenator, "en", "hyphenation"), "hy-phen-ation");
    EXPECT_EQ(hyphenated(hyphenator, "en-GB", "Pharmacovigilance").find('-') != std::string::npos,
              true);
    // At least two letters before a hyphen and three after it.
    for (std::uint32_t at : hyphenator.points("en", "delegation")) {
        EXPECT_GE(at, 2u);
        EXPECT_LE(at, 10u - 3u);
    }
}

TEST(ParaHyphenator, LeavesShortWordsAcronymsAndOtherLanguagesAlone) {
    const Hyphenator hyphenator = Hyphenator::english();
    EXPECT_TRUE(hyphenator.points("en", "four").empty());
    EXPECT_TRUE(hyphenator.points("en", "INTERNATIONAL").empty());
    EXPECT_TRUE(hyphenator.points("fr", "international").empty());
    EXPECT_TRUE(hyphenator.points("en", "abc123def").empty());
    EXPECT_TRUE(Hyphenator().points("en", "international").empty());
}

TEST(ParaHyphenator, OffsetsAreBytesOfUtf8Words) {
    const Hyphenator hyphenator = Hyphenator::english();
    const std::string word = "überconfidently";
    const auto points = hyphenator.points("en", word);
    EXPECT_FALSE(points.empty());
    for (std::uint32_t at : points) {
        ASSERT_LT(at, word.size());
        EXPECT_NE(static_cast<unsigned char>(word[at]) & 0xC0u, 0x80u)
            << "inside a character at " << at;
        EXPECT_GE(at, 3u);  // two letters, and ü takes two bytes
    }
}

TEST(ParaHyphenator, MissingPatternsAreAnEnvironmentError) {
    try {
        (void)Hyphenator::english("/nonexistent/hyph_en_US.dic");
        FAIL() << "expected briefbook::Error";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), "hyphen.unreadable");
    }
}

}  // namespace
}  // namespace briefbook::para
