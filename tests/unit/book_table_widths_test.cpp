#include <gtest/gtest.h>

#include <numeric>

#include "book/table_builder.hpp"

namespace briefbook::book {
namespace {

double total(const std::vector<Pt>& widths) { return std::accumulate(widths.begin(), widths.end(), Pt()).value; }

TEST(TableWidths, RoomToSpareGivesEveryColumnItsWidestContentAndSharesTheRest) {
    const auto widths = column_widths({Pt(20), Pt(30)}, {Pt(40), Pt(60)}, Pt(200), {true, false});
    EXPECT_DOUBLE_EQ(widths[0].value, 40);  // shrink-to-fit: exactly what it needs
    EXPECT_DOUBLE_EQ(widths[1].value, 160);
}

TEST(TableWidths, ShortColumnsDoNotWrapForTheSakeOfALongOne) {
    // Name, title (long prose), role: the name and the role fit in full, the title takes the rest.
    const auto widths = column_widths({Pt(40), Pt(60), Pt(30)}, {Pt(90), Pt(600), Pt(70)}, Pt(400));
    EXPECT_DOUBLE_EQ(widths[0].value, 90);
    EXPECT_DOUBLE_EQ(widths[2].value, 70);
    EXPECT_DOUBLE_EQ(widths[1].value, 240);
    EXPECT_DOUBLE_EQ(total(widths), 400);
}

TEST(TableWidths, NeverTakesFromAnotherColumnsMinimum) {
    const auto widths = column_widths({Pt(10), Pt(60), Pt(25)}, {Pt(30), Pt(200), Pt(25)}, Pt(100));
    EXPECT_GE(widths[1].value, 60 - 1e-9);
    EXPECT_NEAR(total(widths), 100, 1e-9);
    const double minimums[] = {10, 60, 25};
    for (std::size_t i = 0; i < widths.size(); ++i) EXPECT_GE(widths[i].value + 1e-9, minimums[i]);
}

TEST(TableWidths, LongColumnsShareInProportionToTheirContent) {
    // The itinerary: a session title and a venue whose Japanese name is kept whole (a high
    // minimum). Both get the same share of their content, so they wrap to about as many lines.
    const auto widths = column_widths({Pt(55), Pt(135)}, {Pt(230), Pt(270)}, Pt(300));
    EXPECT_NEAR(widths[0].value / 230, widths[1].value / 270, 1e-9);
    EXPECT_NEAR(total(widths), 300, 1e-9);
    // A column whose share would be below its minimum keeps the minimum; the rest is shared.
    const auto floored = column_widths({Pt(20), Pt(150), Pt(20)}, {Pt(400), Pt(200), Pt(400)}, Pt(400));
    EXPECT_DOUBLE_EQ(floored[1].value, 150);
    EXPECT_NEAR(floored[0].value, 125, 1e-9);
    EXPECT_NEAR(floored[2].value, 125, 1e-9);
}

TEST(TableWidths, WholeNamesThatDoNotFitBreakBeforeAnythingElse) {
    // Name (whole: 120, broken where allowed: 40), phone (60, unbreakable), e-mail (100): 280
    // wanted in 220. The phone and the e-mail keep their minimums; the name gets the rest.
    const auto widths = column_widths({Pt(120), Pt(60), Pt(100)}, {Pt(150), Pt(60), Pt(100)}, Pt(220), {},
                                      {Pt(40), Pt(60), Pt(100)});
    EXPECT_DOUBLE_EQ(widths[1].value, 60);
    EXPECT_DOUBLE_EQ(widths[2].value, 100);
    EXPECT_NEAR(widths[0].value, 60, 1e-9);
    // Without the breakable minimums every column would be scaled below its minimum.
    const auto scaled = column_widths({Pt(120), Pt(60), Pt(100)}, {Pt(150), Pt(60), Pt(100)}, Pt(220));
    EXPECT_LT(scaled[1].value, 60);
}

TEST(TableWidths, TooNarrowScalesTheMinimumsDown) {
    const auto widths = column_widths({Pt(100), Pt(100)}, {Pt(200), Pt(200)}, Pt(100));
    EXPECT_DOUBLE_EQ(widths[0].value, 50);
    EXPECT_DOUBLE_EQ(widths[1].value, 50);
}

}  // namespace
}  // namespace briefbook::book
