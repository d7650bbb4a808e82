// The /DW and /W entries of a CIDFont.

#include "pdf/font_widths.hpp"

#include <gtest/gtest.h>

namespace briefbook::pdf {
namespace {

TEST(PdfFontWidths, TheCommonestWidthIsTheDefaultAndLeftOut) {
    const WidthTable table = compact_widths({{1, 1000}, {2, 1000}, {3, 500}, {9, 1000}});
    EXPECT_EQ(table.default_width, 1000);
    ASSERT_EQ(table.entries.size(), 1u);
    EXPECT_EQ(table.entries[0].first, 3);
    EXPECT_EQ(table.entries[0].last, 3);
    EXPECT_EQ(table.entries[0].widths, std::vector<double>{500});
}

TEST(PdfFontWidths, ConsecutiveCodesShareOneList) {
    const WidthTable table =
        compact_widths({{1, 250}, {2, 600.5}, {3, 250}, {5, 700}, {20, 1000}, {21, 1000}});
    EXPECT_EQ(table.default_width, 250);
    ASSERT_EQ(table.entries.size(), 3u);
    EXPECT_EQ(table.entries[0].first, 2);
    EXPECT_EQ(table.entries[0].widths, std::vector<double>{600.5});
    EXPECT_EQ(table.entries[1].first, 5);
    EXPECT_EQ(table.entries[2].first, 20);
    EXPECT_EQ(table.entries[2].widths, (std::vector<double>{1000, 1000}));
}

TEST(PdfFontWidths, LongRunsOfOneWidthBecomeRanges) {
    std::map<std::uint16_t, double> widths;
    for (std::uint16_t code = 10; code < 20; ++code) widths[code] = 1000;
    for (std::uint16_t code = 20; code < 30; ++code)
        widths[code] = 500;  // more common: the default
    widths[30] = 320;
    widths[31] = 1000;
    for (std::uint16_t code = 32; code < 36; ++code) widths[code] = 600;
    widths[40] = 500;
    widths[46] = 500;
    for (std::uint16_t code = 41; code < 46; ++code) widths[code] = 400;
    const WidthTable table = compact_widths(widths);
    EXPECT_EQ(table.default_width, 500);
    ASSERT_EQ(table.entries.size(), 4u);
    EXPECT_EQ(table.entries[0].first, 10);  // 10..19 1000
    EXPECT_EQ(table.entries[0].last, 19);
    EXPECT_EQ(table.entries[1].first, 30);  // 30 [320 1000]
    EXPECT_EQ(table.entries[1].widths, (std::vector<double>{320, 1000}));
    EXPECT_EQ(table.entries[2].first, 32);  // 32..35 600
    EXPECT_EQ(table.entries[2].last, 35);
    EXPECT_EQ(table.entries[3].first, 41);  // 41..45 400
    EXPECT_EQ(table.entries[3].last, 45);
}

}  // namespace
}  // namespace briefbook::pdf
