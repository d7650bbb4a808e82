#include "batch/byte_size.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace briefbook::batch {

namespace {

constexpr double kKilo = 1024.0;

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Formats with the classic locale's decimal point, whatever the process locale says.
std::string one_decimal(double value) {
    const auto tenths = static_cast<std::uint64_t>(std::llround(value * 10));
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::size_t number_end = 0;
    while (number_end < text.size() &&
           ((text[number_end] >= '0' && text[number_end] <= '9') || text[number_end] == '.'))
        ++number_end;
    if (number_end == 0 || text.substr(0, number_end) == ".") return std::nullopt;
    // Read by hand: strtod would follow the process locale's decimal point.
    double value = 0;
    double scale = 0;
    for (std::size_t i = 0; i < number_end; ++i) {
        if (text[i] == '.') {
            if (scale != 0) return std::nullopt;
            scale = 1;
            continue;
        }
        const int digit = text[i] - '0';
        if (scale == 0) {
            value = value * 10 + digit;
        } else {
            scale /= 10;
            value += digit * scale;
        }
    }
    std::string_view unit = text.substr(number_end);
    while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
    static constexpr double kMega = kKilo * kKilo;
    static constexpr std::array<std::pair<std::string_view, double>, 11> kUnits = {{
        {"", 1},
        {"b", 1},
        {"k", kKilo},
        {"kb", kKilo},
        {"kib", kKilo},
        {"m", kMega},
        {"mb", kMega},
        {"mib", kMega},
        {"g", kMega * kKilo},
        {"gb", kMega * kKilo},
        {"gib", kMega * kKilo},
    }};
    const std::string key = lower(unit);
    double factor = 0;
    for (const auto& [name, size] : kUnits)
        if (name == key) factor = size;
    if (factor == 0) return std::nullopt;
    const double bytes = std::round(value * factor);
    if (!(bytes < 1.8e19)) return std::nullopt;
    return static_cast<std::uint64_t>(bytes);
}

std::string format_byte_size(std::uint64_t bytes) {
    const auto value = static_cast<double>(bytes);
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    if (value < kKilo * kKilo) return std::to_string((bytes + 512) / 1024) + " KB";
    const double megabytes = value / (kKilo * kKilo);
    if (megabytes < 10) return one_decimal(megabytes) + " MB";
    if (megabytes < kKilo)
        return std::to_string(static_cast<std::uint64_t>(std::llround(megabytes))) + " MB";
    return one_decimal(megabytes / kKilo) + " GB";
}

}  // namespace briefbook::batch
