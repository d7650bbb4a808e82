#include <gtest/gtest.h>

#include "model/parse_values.hpp"

namespace briefbook::model {
namespace {

TEST(ParseValues, ReadsDatesOfExactlyOneShape) {
    EXPECT_EQ(read_date("2023-11-29"), (LocalDate{2023, 11, 29}));
    EXPECT_EQ(read_date("2023-02-30"), (LocalDate{2023, 2, 30}));  // the shape is right; is_valid_date says no
    EXPECT_FALSE(read_date("2023-11-2"));
    EXPECT_FALSE(read_date("20.11.2023"));
    EXPECT_FALSE(read_date("2023/11/29"));
    EXPECT_FALSE(read_date("2023-11-29 "));
    EXPECT_FALSE(read_date(""));
}

TEST(ParseValues, ReadsClockTimes) {
    const auto time = read_clock_time("09:45");
    ASSERT_TRUE(time);
    EXPECT_EQ(time->hour, 9);
    EXPECT_EQ(time->minute, 45);
    EXPECT_FALSE(read_clock_time("9:45"));
    EXPECT_FALSE(read_clock_time("09:45:00"));
    EXPECT_FALSE(read_clock_time("09h45"));
    EXPECT_TRUE(is_valid_clock_time(23, 59));
    EXPECT_TRUE(is_valid_clock_time(0, 0));
    EXPECT_FALSE(is_valid_clock_time(24, 0));
    EXPECT_FALSE(is_valid_clock_time(12, 60));
}

TEST(ParseValues, ReadsLocalDateTimes) {
    EXPECT_EQ(read_date_time("2023-11-29T09:30"), (LocalDateTime{{2023, 11, 29}, 9, 30}));
    EXPECT_FALSE(read_date_time("2023-11-29 09:30"));
    EXPECT_FALSE(read_date_time("2023-11-29T09:30Z"));       // no offsets: the zone says it
    EXPECT_FALSE(read_date_time("2023-11-29T09:30+09:00"));
    EXPECT_FALSE(read_date_time("2023-11-29"));
}

TEST(ParseValues, ChecksLanguageTagSyntax) {
    for (const char* good : {"en", "ja", "zh-Hans", "zh-Hant-TW", "en-GB", "es-419", "x-private", "yue"}) {
        EXPECT_TRUE(is_well_formed_language_tag(good)) << good;
    }
    for (const char* bad : {"", "en_US", "zh-", "-en", "Hans", "e", "english language", "toolongtag-x"}) {
        EXPECT_FALSE(is_well_formed_language_tag(bad)) << bad;
    }
}

TEST(ParseValues, ReadsPositiveIntegers) {
    EXPECT_EQ(read_positive_integer("1"), 1);
    EXPECT_EQ(read_positive_integer("12"), 12);
    EXPECT_FALSE(read_positive_integer("0"));
    EXPECT_FALSE(read_positive_integer("-1"));
    EXPECT_FALSE(read_positive_integer("1.5"));
    EXPECT_FALSE(read_positive_integer("first"));
    EXPECT_FALSE(read_positive_integer(""));
    EXPECT_FALSE(read_positive_integer("1234567890"));  // would overflow soon; no one has that rank
}

}  // namespace
}  // namespace briefbook::model
