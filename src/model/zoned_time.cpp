#include "model/zoned_time.hpp"

#include <unicode/basictz.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/unistr.h>

#include <chrono>
#include <memory>
#include <string>

namespace briefbook::model {

namespace {

constexpr std::int64_t kMsPerMinute = 60 * 1000;
constexpr std::int64_t kMsPerDay = 24 * 60 * kMsPerMinute;

std::chrono::year_month_day to_chrono(const LocalDate& date) {
    return std::chrono::year_month_day{std::chrono::year{date.year},
                                       std::chrono::month{static_cast<unsigned>(date.month)},
                                       std::chrono::day{static_cast<unsigned>(date.day)}};
}

/// Days since 1970-01-01 of a valid date.
std::int64_t day_number(const LocalDate& date) {
    return std::chrono::sys_days{to_chrono(date)}.time_since_epoch().count();
}

/// The wall-clock reading as if it were UTC: milliseconds since 1970-01-01T00:00 "local".
std::int64_t local_ms(const LocalDateTime& local) {
    return day_number(local.date) * kMsPerDay + (local.hour * 60 + local.minute) * kMsPerMinute;
}

LocalDateTime from_local_ms(std::int64_t ms) {
    // Floor division, so that instants before 1970 land on the right day.
    std::int64_t days = ms / kMsPerDay;
    if (ms % kMsPerDay < 0) --days;
    const std::int64_t minutes = (ms - days * kMsPerDay) / kMsPerMinute;
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
    LocalDateTime local;
    local.date = {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                  static_cast<int>(static_cast<unsigned>(ymd.day()))};
    local.hour = static_cast<int>(minutes / 60);
    local.minute = static_cast<int>(minutes % 60);
    return local;
}

/// ICU's zone for a known id, else null (ICU itself would silently hand back "Etc/Unknown").
std::unique_ptr<icu::BasicTimeZone> open_zone(std::string_view zone) {
    if (!is_known_zone(zone)) return nullptr;
    const auto id = icu::UnicodeString::fromUTF8(icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())));
    std::unique_ptr<icu::TimeZone> opened(icu::TimeZone::createTimeZone(id));
    // Every system zone ICU creates is an OlsonTimeZone, a BasicTimeZone.
    auto* basic = dynamic_cast<icu::BasicTimeZone*>(opened.get());
    if (basic == nullptr) return nullptr;
    opened.release();
    return std::unique_ptr<icu::BasicTimeZone>(basic);
}

}  // namespace

bool is_known_zone(std::string_view zone) {
    if (zone.empty()) return false;
    const auto id = icu::UnicodeString::fromUTF8(icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())));
    icu::UnicodeString canonical;
    UBool is_system_id = false;
    UErrorCode status = U_ZERO_ERROR;
    icu::TimeZone::getCanonicalID(id, canonical, is_system_id, status);
    if (U_FAILURE(status) || !is_system_id) return false;
    return canonical != icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID);
}

bool is_valid_date(const LocalDate& date) {
    if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1) return false;
    return to_chrono(date).ok();
}

std::optional<Instant> to_instant(const LocalDateTime& local, std::string_view zone) {
    const auto tz = open_zone(zone);
    if (!tz) return std::nullopt;
    const std::int64_t wall = local_ms(local);
    std::int32_t raw_offset = 0;
    std::int32_t dst_offset = 0;
    UErrorCode status = U_ZERO_ERROR;
    tz->getOffsetFromLocal(static_cast<UDate>(wall), UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, raw_offset,
                           dst_offset, status);
    if (U_FAILURE(status)) return std::nullopt;
    return Instant{wall - raw_offset - dst_offset};
}

std::optional<LocalDateTime> to_local_time(Instant instant, std::string_view zone) {
    const auto tz = open_zone(zone);
    if (!tz) return std::nullopt;
    std::int32_t raw_offset = 0;
    std::int32_t dst_offset = 0;
    UErrorCode status = U_ZERO_ERROR;
    tz->getOffset(static_cast<UDate>(instant.utc_ms), false, raw_offset, dst_offset, status);
    if (U_FAILURE(status)) return std::nullopt;
    return from_local_ms(instant.utc_ms + raw_offset + dst_offset);
}

bool exists_in_zone(const LocalDateTime& local, std::string_view zone) {
    const auto instant = to_instant(local, zone);
    if (!instant) return false;
    const auto back = to_local_time(*instant, zone);
    return back && *back == local;
}

int days_between(const LocalDate& from, const LocalDate& to) {
    return static_cast<int>(day_number(to) - day_number(from));
}

std::optional<ShiftedTime> convert_zone(const LocalDateTime& local, std::string_view from_zone,
                                        std::string_view to_zone) {
    const auto instant = to_instant(local, from_zone);
    if (!instant) return std::nullopt;
    const auto shifted = to_local_time(*instant, to_zone);
    if (!shifted) return std::nullopt;
    return ShiftedTime{*shifted, days_between(local.date, shifted->date)};
}

}  // namespace briefbook::model
