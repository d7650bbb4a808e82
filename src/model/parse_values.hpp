#pragma once
// The shapes of attribute and element values the format prescribes (dates, times, language tags).
// Only the shape: whether a date exists is is_valid_date's question (zoned_time.hpp).

#include <optional>
#include <string_view>

#include "briefbook/model.hpp"

namespace briefbook::model {

/// An hour and minute of the day, as written (not yet checked to be 00:00..23:59).
struct ClockTime {
    int hour = 0;
    int minute = 0;
};

/// `YYYY-MM-DD`, exactly; nullopt for any other shape.
[[nodiscard]] std::optional<LocalDate> read_date(std::string_view text);

/// `HH:MM`, exactly; nullopt for any other shape.
[[nodiscard]] std::optional<ClockTime> read_clock_time(std::string_view text);

/// `YYYY-MM-DDTHH:MM`, exactly; nullopt for any other shape.
[[nodiscard]] std::optional<LocalDateTime> read_date_time(std::string_view text);

/// 00:00 to 23:59.
[[nodiscard]] bool is_valid_clock_time(int hour, int minute);

/// BCP 47 syntax, loosely: subtags of 1 to 8 letters or digits joined by '-', the first one of 2, 3
/// or 5 to 8 letters (or `x`/`i` for private and legacy tags). "en", "zh-Hans", "ja-JP" pass;
/// "en_US" and "chinese simplified" do not.
[[nodiscard]] bool is_well_formed_language_tag(std::string_view tag);

/// A positive decimal integer of at most 9 digits ("1", "12"); nullopt otherwise.
[[nodiscard]] std::optional<int> read_positive_integer(std::string_view text);

}  // namespace briefbook::model
