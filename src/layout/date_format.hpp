#pragma once
// Dates and times as the book prints them, in the book's language, by ICU: explicit patterns per
// language built from CLDR skeletons (DateTimePatternGenerator), never the process locale or
// time zone. Times are wall-clock times as the briefing writes them; zone conversion happens
// before (model), so formatting is pure.
//
//   en       Wednesday, 29 November 2023   Wed, 29 Nov   09:30   09:30–12:00
//   ja       2023年11月29日（水）            11月29日（水）  09:30   09:30～12:00
//   zh-Hans  2023年11月29日（星期三）        11月29日（周三）09:30   09:30–12:00

#include <memory>
#include <string>
#include <string_view>

#include "briefbook/model.hpp"

namespace briefbook::layout {

/// Formats dates and times for one language. Not safe to share between threads (ICU formatters
/// keep a calendar they mutate): make one per thread.
class DateFormatter {
public:
    /// Formatters for `lang` (BCP 47). English, Japanese and Chinese have patterns chosen for
    /// protocol documents; "en" without a region writes day-month-year (en-GB), "en-US" writes
    /// the US order. Another language gets CLDR's own forms for it. Throws briefbook::Error when
    /// ICU lacks the data.
    explicit DateFormatter(std::string_view lang);
    ~DateFormatter();
    DateFormatter(DateFormatter&&) noexcept;
    DateFormatter& operator=(DateFormatter&&) noexcept;
    DateFormatter(const DateFormatter&) = delete;
    DateFormatter& operator=(const DateFormatter&) = delete;

    /// The ICU locale the patterns come from ("en-GB", "ja-JP").
    [[nodiscard]] const std::string& locale() const;

    /// A day heading: "Wednesday, 29 November 2023", "2023年11月29日（水）".
    [[nodiscard]] std::string long_date(const model::LocalDate& date) const;
    /// A date in a table cell: "Wed, 29 Nov", "11月29日（水）", "11月29日（周三）".
    [[nodiscard]] std::string short_date(const model::LocalDate& date) const;
    /// A date without its weekday (issue date): "20 November 2023", "2023年11月20日".
    [[nodiscard]] std::string date(const model::LocalDate& date) const;
    /// The dates of a trip: "28–30 November 2023", "2023年11月28日～30日"; one date when
    /// `first` is `last`.
    [[nodiscard]] std::string date_range(const model::LocalDate& first, const model::LocalDate& last) const;
    /// A time on the 24-hour clock, two-digit hours in every language: "09:30".
    [[nodiscard]] std::string time(int hour, int minute) const;
    /// "09:30–12:00"; when `end` falls on a later or earlier day than `start`, its day offset
    /// follows: "22:00–01:00 +1".
    [[nodiscard]] std::string time_range(const model::LocalDateTime& start,
                                         const model::LocalDateTime& end) const;
    /// The city that names an IANA time zone, in this language, as CLDR names it: "Asia/Tokyo"
    /// is Tokyo, 东京, 東京; "America/New_York" is New York, 纽约, ニューヨーク. A zone CLDR has
    /// no city for reads as its identifier's last part ("Etc/GMT+5" -> "GMT+5").
    [[nodiscard]] std::string zone_city(std::string_view iana) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The marker for a time shown on another day than its reference: "+1", "−1" (U+2212 MINUS
/// SIGN, not a hyphen), "" for the same day.
[[nodiscard]] std::string day_offset_marker(int days);

}  // namespace briefbook::layout
