#include "layout/values.hpp"

#include <charconv>
#include <cmath>

namespace briefbook::layout {

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
    // from_chars takes neither a leading '+' nor white space; we take neither either, so that a
    // value reads the same everywhere.
    double value = 0.0;
    const auto* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value, std::chars_format::fixed);
    if (text.empty() || error != std::errc() || stop != end || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<Pt> parse_length(std::string_view text) {
    struct Unit {
        std::string_view suffix;
        double points;
    };
    static constexpr Unit kUnits[] = {
        {"mm", 72.0 / 25.4}, {"cm", 720.0 / 25.4}, {"pt", 1.0}, {"in", 72.0}};
    for (const auto& unit : kUnits) {
        if (!ends_with(text, unit.suffix)) continue;
        const auto number = parse_number(text.substr(0, text.size() - unit.suffix.size()));
        if (!number) return std::nullopt;
        return Pt(*number * unit.points);
    }
    // Zero is zero in any unit; any other bare number is ambiguous.
    if (const auto number = parse_number(text); number && *number == 0.0) return Pt(0.0);
    return std::nullopt;
}

std::optional<Color> parse_color(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    double components[3] = {};
    for (std::size_t i = 0; i < 3; ++i) {
        const int high = hex_digit(text[1 + 2 * i]);
        const int low = hex_digit(text[2 + 2 * i]);
        if (high < 0 || low < 0) return std::nullopt;
        components[i] = (high * 16 + low) / 255.0;
    }
    return Color{components[0], components[1], components[2]};
}

std::optional<bool> parse_yes_no(std::string_view text) {
    if (text == "yes") return true;
    if (text == "no") return false;
    return std::nullopt;
}

std::optional<double> parse_em(std::string_view text) {
    return parse_number(ends_with(text, "em") ? text.substr(0, text.size() - 2) : text);
}

}  // namespace briefbook::layout
