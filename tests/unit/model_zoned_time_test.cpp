#include <gtest/gtest.h>

#include "model/zoned_time.hpp"

namespace briefbook::model {
namespace {

LocalDateTime at(int year, int month, int day, int hour, int minute) { return {{year, month, day}, hour, minute}; }

TEST(ZonedTime, KnowsIanaZonesAndNothingElse) {
    EXPECT_TRUE(is_known_zone("Asia/Tokyo"));
    EXPECT_TRUE(is_known_zone("Asia/Shanghai"));
    EXPECT_TRUE(is_known_zone("Europe/Berlin"));
    EXPECT_TRUE(is_known_zone("UTC"));
    EXPECT_FALSE(is_known_zone("Asia/Tokio"));
    EXPECT_FALSE(is_known_zone(""));
    EXPECT_FALSE(is_known_zone("Etc/Unknown"));  // ICU's fallback for names it does not know
    EXPECT_FALSE(is_known_zone("GMT+08:00"));    // a custom offset, not a zone
}

TEST(ZonedTime, LocalTimeToInstant) {
    // 2023-11-29T09:30 in Tokyo (UTC+9) is 00:30 UTC: 1701217800 seconds after the epoch.
    const auto instant = to_instant(at(2023, 11, 29, 9, 30), "Asia/Tokyo");
    ASSERT_TRUE(instant);
    EXPECT_EQ(instant->utc_ms, 1701217800000);
    EXPECT_FALSE(to_instant(at(2023, 11, 29, 9, 30), "Asia/Tokio"));
}

TEST(ZonedTime, InstantToLocalTime) {
    const auto local = to_local_time(Instant{1701217800000}, "Asia/Shanghai");
    ASSERT_TRUE(local);
    EXPECT_EQ(*local, at(2023, 11, 29, 8, 30));
    // Before 1970, floor division keeps the day right.
    EXPECT_EQ(to_local_time(Instant{-1}, "UTC"), at(1969, 12, 31, 23, 59));
}

TEST(ZonedTime, LateEveningInTokyoIsTheSameDayInBeijing) {
    const auto shifted = convert_zone(at(2023, 11, 29, 23, 30), "Asia/Tokyo", "Asia/Shanghai");
    ASSERT_TRUE(shifted);
    EXPECT_EQ(shifted->local, at(2023, 11, 29, 22, 30));
    EXPECT_EQ(shifted->day_offset, 0);
}

TEST(ZonedTime, AfterMidnightInTokyoIsThePreviousDayInBeijing) {
    const auto shifted = convert_zone(at(2023, 11, 30, 0, 30), "Asia/Tokyo", "Asia/Shanghai");
    ASSERT_TRUE(shifted);
    EXPECT_EQ(shifted->local, at(2023, 11, 29, 23, 30));
    EXPECT_EQ(shifted->day_offset, -1);
}

TEST(ZonedTime, LateEveningInBeijingIsTheNextDayInTokyo) {
    const auto shifted = convert_zone(at(2023, 12, 31, 23, 30), "Asia/Shanghai", "Asia/Tokyo");
    ASSERT_TRUE(shifted);
    EXPECT_EQ(shifted->local, at(2024, 1, 1, 0, 30));
    EXPECT_EQ(shifted->day_offset, 1);
}

TEST(ZonedTime, FollowsTheBerlinDstChangeInSpring) {
    // 2023-03-26: at 02:00 CET the clocks go to 03:00 CEST.
    const auto before = to_instant(at(2023, 3, 26, 1, 30), "Europe/Berlin");
    const auto after = to_instant(at(2023, 3, 26, 3, 30), "Europe/Berlin");
    ASSERT_TRUE(before && after);
    EXPECT_EQ(after->utc_ms - before->utc_ms, 60 * 60 * 1000);  // one hour apart, not two
    EXPECT_EQ(convert_zone(at(2023, 3, 26, 1, 30), "Europe/Berlin", "Asia/Tokyo")->local, at(2023, 3, 26, 9, 30));
    EXPECT_EQ(convert_zone(at(2023, 3, 26, 3, 30), "Europe/Berlin", "Asia/Tokyo")->local, at(2023, 3, 26, 10, 30));
}

TEST(ZonedTime, ReadsASkippedTimeWithTheOffsetBeforeTheChange) {
    EXPECT_FALSE(exists_in_zone(at(2023, 3, 26, 2, 30), "Europe/Berlin"));
    EXPECT_TRUE(exists_in_zone(at(2023, 3, 26, 3, 30), "Europe/Berlin"));
    const auto skipped = to_instant(at(2023, 3, 26, 2, 30), "Europe/Berlin");
    ASSERT_TRUE(skipped);
    EXPECT_EQ(to_local_time(*skipped, "Europe/Berlin"), at(2023, 3, 26, 3, 30));
}

TEST(ZonedTime, ReadsARepeatedTimeAsItsFirstOccurrence) {
    // 2023-10-29: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 happens twice.
    const auto repeated = to_instant(at(2023, 10, 29, 2, 30), "Europe/Berlin");
    ASSERT_TRUE(repeated);
    EXPECT_TRUE(exists_in_zone(at(2023, 10, 29, 2, 30), "Europe/Berlin"));
    EXPECT_EQ(to_local_time(*repeated, "UTC"), at(2023, 10, 29, 0, 30));  // 02:30 CEST
    // Across the change, 01:30 to 03:30 local lasts three hours.
    const auto start = to_instant(at(2023, 10, 29, 1, 30), "Europe/Berlin");
    const auto end = to_instant(at(2023, 10, 29, 3, 30), "Europe/Berlin");
    EXPECT_EQ(end->utc_ms - start->utc_ms, 3 * 60 * 60 * 1000);
}

TEST(ZonedTime, CountsDaysBetweenDates) {
    EXPECT_EQ(days_between({2023, 11, 29}, {2023, 11, 30}), 1);
    EXPECT_EQ(days_between({2023, 11, 30}, {2023, 11, 29}), -1);
    EXPECT_EQ(days_between({2023, 12, 31}, {2024, 1, 1}), 1);
    EXPECT_EQ(days_between({2024, 2, 28}, {2024, 3, 1}), 2);  // leap year
    EXPECT_EQ(days_between({2023, 2, 28}, {2023, 3, 1}), 1);
}

TEST(ZonedTime, KnowsWhichDatesExist) {
    EXPECT_TRUE(is_valid_date({2023, 11, 29}));
    EXPECT_TRUE(is_valid_date({2024, 2, 29}));
    EXPECT_FALSE(is_valid_date({2023, 2, 29}));
    EXPECT_FALSE(is_valid_date({2023, 2, 30}));
    EXPECT_FALSE(is_valid_date({2023, 4, 31}));
    EXPECT_FALSE(is_valid_date({2023, 13, 1}));
    EXPECT_FALSE(is_valid_date({2023, 0, 1}));
    EXPECT_FALSE(is_valid_date({0, 1, 1}));
    EXPECT_TRUE(is_valid_date({1900, 2, 28}));
    EXPECT_FALSE(is_valid_date({1900, 2, 29}));  // not a leap year
    EXPECT_TRUE(is_valid_date({2000, 2, 29}));
}

}  // namespace
}  // namespace briefbook::model
