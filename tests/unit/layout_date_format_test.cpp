// Dates and times in each book language, exactly as printed.

#include <gtest/gtest.h>

#include "layout/date_format.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::layout {
namespace {

const model::LocalDate kMeetingDay{2023, 11, 29};  // a Wednesday
const model::LocalDate kIssued{2023, 11, 20};

TEST(LayoutDateFormat, English) {
    const DateFormatter en("en");
    EXPECT_EQ(en.locale(), "en-GB");
    EXPECT_EQ(en.long_date(kMeetingDay), "Wednesday, 29 November 2023");
    EXPECT_EQ(en.short_date(kMeetingDay), "Wed, 29 Nov");
    EXPECT_EQ(en.date(kIssued), "20 November 2023");
    EXPECT_EQ(en.date_range({2023, 11, 28}, {2023, 11, 30}), "28\u201330 November 2023");
    // CLDR sets the dash between two full dates off with thin spaces.
    EXPECT_EQ(en.date_range({2023, 11, 28}, {2023, 12, 1}), "28 November\u2009\u2013\u20091 December 2023");
    EXPECT_EQ(en.date_range(kMeetingDay, kMeetingDay), "29 November 2023");
    EXPECT_EQ(en.time(9, 30), "09:30");
    EXPECT_EQ(en.time(0, 5), "00:05");
    EXPECT_EQ(en.time(21, 0), "21:00");
    EXPECT_EQ(en.time_range({kMeetingDay, 9, 30}, {kMeetingDay, 12, 0}), "09:30\u201312:00");
}

TEST(LayoutDateFormat, ZonesAreNamedByTheirCityInTheBooksLanguage) {
    const DateFormatter en("en"), ja("ja"), zh("zh-Hans");
    EXPECT_EQ(en.zone_city("Asia/Tokyo"), "Tokyo");
    EXPECT_EQ(en.zone_city("America/New_York"), "New York");
    EXPECT_EQ(en.zone_city("Asia/Calcutta"), "Kolkata");  // an old name, canonicalised
    EXPECT_EQ(ja.zone_city("Asia/Tokyo"), "東京");
    EXPECT_EQ(ja.zone_city("Asia/Shanghai"), "上海");
    EXPECT_EQ(zh.zone_city("Asia/Tokyo"), "东京");
    EXPECT_EQ(zh.zone_city("Asia/Shanghai"), "上海");
    EXPECT_EQ(zh.zone_city("America/New_York"), "纽约");
    EXPECT_EQ(en.zone_city("Etc/GMT+5"), "GMT+5");  // no city: the identifier's last part
}

TEST(LayoutDateFormat, AmericanEnglishKeepsItsOrderButNotTheTwelveHourClock) {
    const DateFormatter us("en-US");
    EXPECT_EQ(us.long_date(kMeetingDay), "Wednesday, November 29, 2023");
    EXPECT_EQ(us.time(14, 5), "14:05");
}

TEST(LayoutDateFormat, Japanese) {
    const DateFormatter ja("ja");
    EXPECT_EQ(ja.locale(), "ja-JP");
    EXPECT_EQ(ja.long_date(kMeetingDay), "2023年11月29日（水）");
    EXPECT_EQ(ja.short_date(kMeetingDay), "11月29日（水）");
    EXPECT_EQ(ja.date(kIssued), "2023年11月20日");
    EXPECT_EQ(ja.date_range({2023, 11, 28}, {2023, 11, 30}), "2023年11月28日～30日");
    // CLDR's Japanese hour is "H": a protocol timetable wants 09:30.
    EXPECT_EQ(ja.time(9, 30), "09:30");
    EXPECT_EQ(ja.time_range({kMeetingDay, 9, 30}, {kMeetingDay, 12, 0}), "09:30～12:00");
    EXPECT_EQ(DateFormatter("ja-JP").long_date({2024, 1, 1}), "2024年1月1日（月）");
}

TEST(LayoutDateFormat, SimplifiedChinese) {
    const DateFormatter zh("zh-Hans");
    EXPECT_EQ(zh.locale(), "zh-Hans-CN");
    EXPECT_EQ(zh.long_date(kMeetingDay), "2023年11月29日（星期三）");
    EXPECT_EQ(zh.short_date(kMeetingDay), "11月29日（周三）");
    EXPECT_EQ(zh.date(kIssued), "2023年11月20日");
    EXPECT_EQ(zh.date_range({2023, 11, 28}, {2023, 11, 30}), "2023年11月28日至30日");
    EXPECT_EQ(zh.time(9, 30), "09:30");
    EXPECT_EQ(zh.time_range({kMeetingDay, 9, 30}, {kMeetingDay, 12, 0}), "09:30\u201312:00");
    // Regional tags find the script's patterns.
    EXPECT_EQ(DateFormatter("zh-CN").long_date(kMeetingDay), "2023年11月29日（星期三）");
    EXPECT_EQ(DateFormatter("zh").long_date(kMeetingDay), "2023年11月29日（星期三）");
}

TEST(LayoutDateFormat, TraditionalChinese) {
    const DateFormatter zh("zh-TW");
    EXPECT_EQ(zh.long_date(kMeetingDay), "2023年11月29日（星期三）");
    EXPECT_EQ(zh.short_date(kMeetingDay), "11月29日（週三）");
}

TEST(LayoutDateFormat, OtherLanguagesGetTheirOwnCldrForms) {
    EXPECT_EQ(DateFormatter("ko").long_date(kMeetingDay), "2023년 11월 29일 수요일");
    EXPECT_EQ(DateFormatter("de").long_date(kMeetingDay), "Mittwoch, 29. November 2023");
    // Thai would default to the Buddhist calendar (2566): a briefing's dates are Gregorian.
    EXPECT_NE(DateFormatter("th").date(kMeetingDay).find("2023"), std::string::npos);
}

TEST(LayoutDateFormat, DayOffsets) {
    EXPECT_EQ(model::days_between({2023, 11, 29}, {2023, 11, 30}), 1);
    EXPECT_EQ(model::days_between({2023, 11, 30}, {2023, 11, 29}), -1);
    EXPECT_EQ(model::days_between({2023, 12, 31}, {2024, 1, 1}), 1);
    EXPECT_EQ(model::days_between({2024, 2, 28}, {2024, 3, 1}), 2);  // a leap year
    EXPECT_EQ(model::days_between({2023, 2, 28}, {2023, 3, 1}), 1);
    EXPECT_EQ(day_offset_marker(1), "+1");
    EXPECT_EQ(day_offset_marker(-1), "\u22121");
    EXPECT_EQ(day_offset_marker(0), "");
    const DateFormatter en("en");
    EXPECT_EQ(en.time_range({kMeetingDay, 22, 0}, {{2023, 11, 30}, 1, 0}), "22:00\u201301:00 +1");
}

TEST(LayoutDateFormat, IndependentOfTheProcessZone) {
    // The formatter works in UTC on wall-clock values: midnight stays on its own day.
    const DateFormatter en("en");
    EXPECT_EQ(en.short_date({2023, 1, 1}), "Sun, 1 Jan");
    EXPECT_EQ(en.time(0, 0), "00:00");
    EXPECT_EQ(en.time(23, 59), "23:59");
}

}  // namespace
}  // namespace briefbook::layout
