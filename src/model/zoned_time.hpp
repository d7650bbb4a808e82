#pragma once
// Wall-clock times in IANA time zones (ICU's zone data): from a local time in one zone to an
// absolute instant, and from there to the local time in another zone (the home time zone).
// No ICU type leaves this header.

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

#include "briefbook/model.hpp"

namespace briefbook::model {

/// An absolute point in time: milliseconds since 1970-01-01T00:00Z.
struct Instant {
    std::int64_t utc_ms = 0;
    friend auto operator<=>(const Instant&, const Instant&) = default;
};

/// True when ICU knows `zone` as a system time zone id ("Asia/Tokyo"); false for unknown names,
/// custom offsets ("GMT+8") and ICU's own fallback "Etc/Unknown".
[[nodiscard]] bool is_known_zone(std::string_view zone);

/// The instant at which the clocks in `zone` show `local`. A time skipped by a DST change is read
/// with the offset before the change (02:30 on a spring-forward night is 03:30 summer time); a
/// repeated one is its first occurrence. Nullopt when the zone is unknown.
[[nodiscard]] std::optional<Instant> to_instant(const LocalDateTime& local, std::string_view zone);

/// What the clocks in `zone` show at `instant` (seconds dropped). Nullopt when the zone is unknown.
[[nodiscard]] std::optional<LocalDateTime> to_local_time(Instant instant, std::string_view zone);

/// True when the clocks in `zone` show `local` at some instant (false in a DST gap, or for an
/// unknown zone).
[[nodiscard]] bool exists_in_zone(const LocalDateTime& local, std::string_view zone);

/// Whole days from `from` to `to`: negative when `to` is the earlier date.
[[nodiscard]] int days_between(const LocalDate& from, const LocalDate& to);

/// True for a real calendar date (proleptic Gregorian, years 1..9999): 2023-02-30 is not.
[[nodiscard]] bool is_valid_date(const LocalDate& date);

/// A local time seen from another zone, and how many days its date lies from the original date
/// (a session at 00:30 in Tokyo is 23:30 the day before in Beijing: offset -1).
struct ShiftedTime {
    LocalDateTime local;
    int day_offset = 0;
};

/// Converts `local` in `from_zone` to the wall-clock time in `to_zone` at the same instant.
/// Nullopt when either zone is unknown.
[[nodiscard]] std::optional<ShiftedTime> convert_zone(const LocalDateTime& local, std::string_view from_zone,
                                                      std::string_view to_zone);

}  // namespace briefbook::model
