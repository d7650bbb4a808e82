#include "layout/date_format.hpp"

#include <array>
#include <cassert>

#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include "briefbook/diagnostics.hpp"
#include "layout/language_tag.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::layout {

namespace {

/// How one language writes dates: each pattern is literal text and {skeleton}s, each skeleton
/// turned into that language's pattern by ICU.
struct LanguagePatterns {
    std::string_view language;        ///< as in language_candidates()
    std::string_view default_locale;  ///< ICU locale when the book's tag names no region
    std::string_view long_date;
    std::string_view short_date;
    std::string_view date;
    std::string_view time_separator;
};

// English: day-month-year (en-GB), which reads the same to every reader of an international
// document. Japanese: the weekday in full-width parentheses, as Japanese schedules write it
// (2023年11月29日（水）). Simplified and Traditional Chinese: the full weekday 星期三 in a
// heading, as formal Chinese documents write it (周三 is the informal short form, kept for the
// narrow table cells), in full-width parentheses like the Japanese form so that the two read alike
// in one book. Time ranges: the en dash of CLDR, and for Japanese the wave dash (～) Japanese
// timetables use.
constexpr std::array<LanguagePatterns, 4> kLanguages = {{
    {"en", "en-GB", "{yMMMMEEEEd}", "{MMMEd}", "{yMMMMd}", "\u2013"},
    {"ja", "ja-JP", "{yMMMd}\uFF08{EEE}\uFF09", "{MMMd}\uFF08{EEE}\uFF09", "{yMMMd}", "\uFF5E"},
    {"zh-Hans", "zh-Hans-CN", "{yMMMd}\uFF08{EEEE}\uFF09", "{MMMd}\uFF08{EEE}\uFF09", "{yMMMd}", "\u2013"},
    {"zh-Hant", "zh-Hant-TW", "{yMMMd}\uFF08{EEEE}\uFF09", "{MMMd}\uFF08{EEE}\uFF09", "{yMMMd}", "\u2013"},
}};
// Any other language: CLDR's forms for it.
constexpr LanguagePatterns kOtherLanguage = {"", "", "{yMMMMEEEEd}", "{MMMEd}", "{yMMMMd}", "\u2013"};

constexpr double kMillisecondsPerDay = 86400000.0;

void check(UErrorCode status, std::string_view what) {
    if (U_FAILURE(status)) {
        throw Error("ICU cannot " + std::string(what) + ": " + u_errorName(status), "env.icu");
    }
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long days_from_civil(const model::LocalDate& date) {
    assert(date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31);
    const long long y = date.year - (date.month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long year_of_era = y - era * 400;
    const long long month = date.month > 2 ? date.month - 3 : date.month + 9;
    const long long day_of_year = (153 * month + 2) / 5 + date.day - 1;
    const long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

/// The instant of a wall-clock time read as UTC: formatters are set to UTC, so they print the
/// wall clock back unchanged, whatever the process's zone.
UDate utc_instant(const model::LocalDate& date, int hour = 0, int minute = 0) {
    return static_cast<double>(days_from_civil(date)) * kMillisecondsPerDay +
           (hour * 60.0 + minute) * 60000.0;
}

const LanguagePatterns& patterns_for(const std::vector<std::string>& candidates) {
    for (const auto& candidate : candidates) {
        for (const auto& patterns : kLanguages) {
            if (patterns.language == candidate) return patterns;
        }
    }
    return kOtherLanguage;
}

/// Literal text quoted for an ICU pattern ("'" doubled inside the quotes).
icu::UnicodeString quote_literal(std::string_view text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    out += '\'';
    return icu::UnicodeString::fromUTF8(out);
}

/// Builds the ICU pattern for "literal{skeleton}literal..." in one locale.
icu::UnicodeString build_pattern(std::string_view recipe, icu::DateTimePatternGenerator& generator) {
    icu::UnicodeString pattern;
    std::string literal;
    const auto flush = [&] {
        if (!literal.empty()) pattern += quote_literal(literal);
        literal.clear();
    };
    for (std::size_t i = 0; i < recipe.size(); ++i) {
        if (recipe[i] != '{') {
            literal += recipe[i];
            continue;
        }
        const auto close = recipe.find('}', i);
        assert(close != std::string_view::npos);
        flush();
        const auto skeleton = recipe.substr(i + 1, close - i - 1);
        UErrorCode status = U_ZERO_ERROR;
        // MATCH_HOUR_FIELD_LENGTH keeps "HH": Japanese CLDR data would otherwise give "9:30".
        pattern += generator.getBestPattern(
            icu::UnicodeString::fromUTF8(icu::StringPiece(skeleton.data(), static_cast<std::int32_t>(skeleton.size()))),
            UDATPG_MATCH_HOUR_FIELD_LENGTH, status);
        check(status, "build a date pattern");
        i = close;
    }
    flush();
    return pattern;
}

}  // namespace

struct DateFormatter::Impl {
    icu::Locale locale;
    std::string locale_tag;
    /// CLDR's zone names for the locale, loaded on the first zone_city() (few books need them).
    std::unique_ptr<icu::TimeZoneNames> zone_names;
    std::string time_separator;
    std::unique_ptr<icu::SimpleDateFormat> long_date;
    std::unique_ptr<icu::SimpleDateFormat> short_date;
    std::unique_ptr<icu::SimpleDateFormat> date;
    std::unique_ptr<icu::SimpleDateFormat> time;
    std::unique_ptr<icu::DateIntervalFormat> date_range;

    [[nodiscard]] static std::string format(const icu::SimpleDateFormat& format, UDate instant) {
        icu::UnicodeString out;
        format.format(instant, out);
        return to_utf8(out);
    }
};

DateFormatter::DateFormatter(std::string_view lang) : impl_(std::make_unique<Impl>()) {
    const auto candidates = language_candidates(lang.empty() ? "en" : lang);
    const auto& patterns = patterns_for(candidates);

    UErrorCode status = U_ZERO_ERROR;
    auto locale = icu::Locale::forLanguageTag(candidates.empty() ? "en" : candidates.front(), status);
    check(status, "read the language tag '" + std::string(lang) + "'");
    // A region the book names wins (en-US dates); otherwise the language's chosen default.
    if (*locale.getCountry() == '\0' && !patterns.default_locale.empty()) {
        locale = icu::Locale::forLanguageTag(
            icu::StringPiece(patterns.default_locale.data(), static_cast<std::int32_t>(patterns.default_locale.size())),
            status);
    }
    impl_->locale = locale;
    impl_->locale_tag = locale.toLanguageTag<std::string>(status);
    // Never a locale's other calendar (Buddhist for Thai, Japanese eras on request).
    locale.setUnicodeKeywordValue("ca", "gregory", status);
    check(status, "set up a locale for '" + std::string(lang) + "'");
    impl_->time_separator = std::string(patterns.time_separator);

    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(locale, status));
    check(status, "load date patterns for '" + std::string(lang) + "'");
    const auto make = [&](std::string_view recipe) {
        auto format = std::make_unique<icu::SimpleDateFormat>(build_pattern(recipe, *generator), locale, status);
        check(status, "make a date format for '" + std::string(lang) + "'");
        format->adoptTimeZone(icu::TimeZone::getGMT()->clone());
        return format;
    };
    impl_->long_date = make(patterns.long_date);
    impl_->short_date = make(patterns.short_date);
    impl_->date = make(patterns.date);
    impl_->time = make("{HHmm}");
    impl_->date_range.reset(icu::DateIntervalFormat::createInstance("yMMMMd", locale, status));
    check(status, "make a date range format for '" + std::string(lang) + "'");
    impl_->date_range->adoptTimeZone(icu::TimeZone::getGMT()->clone());
}

DateFormatter::~DateFormatter() = default;
DateFormatter::DateFormatter(DateFormatter&&) noexcept = default;
DateFormatter& DateFormatter::operator=(DateFormatter&&) noexcept = default;

const std::string& DateFormatter::locale() const { return impl_->locale_tag; }

std::string DateFormatter::long_date(const model::LocalDate& date) const {
    return Impl::format(*impl_->long_date, utc_instant(date));
}

std::string DateFormatter::short_date(const model::LocalDate& date) const {
    return Impl::format(*impl_->short_date, utc_instant(date));
}

std::string DateFormatter::date(const model::LocalDate& date) const {
    return Impl::format(*impl_->date, utc_instant(date));
}

std::string DateFormatter::date_range(const model::LocalDate& first, const model::LocalDate& last) const {
    if (first == last) return date(first);
    const icu::DateInterval interval(utc_instant(first), utc_instant(last));
    icu::UnicodeString out;
    icu::FieldPosition position;
    UErrorCode status = U_ZERO_ERROR;
    impl_->date_range->format(&interval, out, position, status);
    check(status, "format a date range");
    return to_utf8(out);
}

std::string DateFormatter::zone_city(std::string_view iana) const {
    const icu::UnicodeString id = icu::UnicodeString::fromUTF8(icu::StringPiece(iana.data(), static_cast<std::int32_t>(iana.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString canonical;  // "Asia/Calcutta" is "Asia/Kolkata" in CLDR
    icu::TimeZone::getCanonicalID(id, canonical, status);
    if (U_FAILURE(status)) canonical = id;
    status = U_ZERO_ERROR;
    if (!impl_->zone_names) impl_->zone_names.reset(icu::TimeZoneNames::createInstance(impl_->locale, status));
    icu::UnicodeString city;
    if (impl_->zone_names && U_SUCCESS(status)) impl_->zone_names->getExemplarLocationName(canonical, city);
    if (!city.isEmpty()) return to_utf8(city);
    std::string fallback(iana.substr(iana.rfind('/') == std::string_view::npos ? 0 : iana.rfind('/') + 1));
    for (auto& c : fallback)
        if (c == '_') c = ' ';
    return fallback;
}

std::string DateFormatter::time(int hour, int minute) const {
    assert(hour >= 0 && hour < 24 && minute >= 0 && minute < 60);
    return Impl::format(*impl_->time, utc_instant({1970, 1, 1}, hour, minute));
}

std::string DateFormatter::time_range(const model::LocalDateTime& start, const model::LocalDateTime& end) const {
    std::string out = time(start.hour, start.minute) + impl_->time_separator + time(end.hour, end.minute);
    if (const int days = model::days_between(start.date, end.date); days != 0) out += ' ' + day_offset_marker(days);
    return out;
}

std::string day_offset_marker(int days) {
    if (days == 0) return {};
    // U+2212 MINUS SIGN: a hyphen is shorter than the plus sign beside it.
    return (days > 0 ? "+" : "\u2212") + std::to_string(days > 0 ? days : -days);
}

}  // namespace briefbook::layout
