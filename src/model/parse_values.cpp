#include "model/parse_values.hpp"

namespace briefbook::model {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// The number written by exactly `count` digits at `text[start]`, or nullopt.
std::optional<int> digits(std::string_view text, std::size_t start, std::size_t count) {
    if (start + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = start; i < start + count; ++i) {
        if (!is_digit(text[i])) return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

std::optional<LocalDate> read_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    if (!year || !month || !day) return std::nullopt;
    return LocalDate{*year, *month, *day};
}

std::optional<ClockTime> read_clock_time(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    const auto hour = digits(text, 0, 2);
    const auto minute = digits(text, 3, 2);
    if (!hour || !minute) return std::nullopt;
    return ClockTime{*hour, *minute};
}

std::optional<LocalDateTime> read_date_time(std::string_view text) {
    if (text.size() != 16 || text[10] != 'T') return std::nullopt;
    const auto date = read_date(text.substr(0, 10));
    const auto clock = read_clock_time(text.substr(11));
    if (!date || !clock) return std::nullopt;
    return LocalDateTime{*date, clock->hour, clock->minute};
}

bool is_valid_clock_time(int hour, int minute) { return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59; }

bool is_well_formed_language_tag(std::string_view tag) {
    bool first = true;
    while (true) {
        const std::size_t dash = tag.find('-');
        const std::string_view subtag = tag.substr(0, dash);
        if (subtag.empty() || subtag.size() > 8) return false;
        for (const char c : subtag) {
            if (!is_letter(c) && !(is_digit(c) && !first)) return false;
        }
        if (first && subtag.size() == 4) return false;  // 4 letters is a script, never a language
        if (first && subtag.size() == 1 && subtag != "x" && subtag != "X" && subtag != "i" && subtag != "I") {
            return false;
        }
        first = false;
        if (dash == std::string_view::npos) return true;
        tag.remove_prefix(dash + 1);
    }
}

std::optional<int> read_positive_integer(std::string_view text) {
    if (text.empty() || text.size() > 9) return std::nullopt;
    const auto value = digits(text, 0, text.size());
    if (!value || *value == 0) return std::nullopt;
    return value;
}

}  // namespace briefbook::model
