// The ToUnicode CMap program.

#include "pdf/to_unicode.hpp"

#include <gtest/gtest.h>

namespace briefbook::pdf {
namespace {

std::size_t count(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        ++n;
    return n;
}

TEST(PdfToUnicode, LigaturesMapToAllTheirLettersAndPlanesBeyondTheBmpToSurrogates) {
    const std::string cmap =
        to_unicode_cmap({{0x0003, U"fi"}, {0x2614, U"人"}, {0x0100, U"\U0002A6A5"}});
    EXPECT_NE(cmap.find("<0003> <00660069>"), std::string::npos) << cmap;
    EXPECT_NE(cmap.find("<2614> <4EBA>"), std::string::npos) << cmap;
    EXPECT_NE(cmap.find("<0100> <D869DEA5>"), std::string::npos) << cmap;
    EXPECT_NE(cmap.find("3 beginbfchar"), std::string::npos) << cmap;
    EXPECT_NE(cmap.find("/CMapName /Adobe-Identity-UCS def"), std::string::npos);
    EXPECT_NE(cmap.find("<0000> <FFFF>"), std::string::npos);
}

TEST(PdfToUnicode, ConsecutiveCodesForConsecutiveCharactersBecomeRanges) {
    const std::string cmap = to_unicode_cmap({{0x0010, U"a"},
                                              {0x0011, U"b"},
                                              {0x0012, U"c"},
                                              {0x0013, U"x"},
                                              {0x00FF, U"y"},
                                              {0x0100, U"z"}});
    EXPECT_NE(cmap.find("1 beginbfrange\n<0010> <0012> <0061>\nendbfrange"), std::string::npos)
        << cmap;
    // y and z are consecutive but cross a high byte, which a bfrange may not.
    EXPECT_NE(cmap.find("3 beginbfchar"), std::string::npos) << cmap;
}

TEST(PdfToUnicode, SectionsHoldAtMostAHundredEntries) {
    std::map<std::uint16_t, std::u32string> map;
    for (std::uint16_t code = 0; code < 250; ++code)
        map[static_cast<std::uint16_t>(code * 2)] = U"\u4E00";
    const std::string cmap = to_unicode_cmap(map);
    EXPECT_EQ(count(cmap, "100 beginbfchar"), 2u);
    EXPECT_EQ(count(cmap, "50 beginbfchar"), 1u);
    EXPECT_EQ(count(cmap, "endbfchar"), 3u);
}

}  // namespace
}  // namespace briefbook::pdf
