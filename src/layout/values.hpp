#pragma once
// The value syntax of layout files: lengths with units, colours, yes/no, plain numbers. Pure
// functions of the text (classic "C" number syntax whatever the process locale); the loader
// reports a value that does not parse, with its location.

#include <optional>
#include <string_view>

#include "briefbook/units.hpp"

namespace briefbook::layout {

/// A length with a unit: "25mm", "2.5cm", "10.5pt", "0.75in"; a bare "0" is also a length.
/// Negative values parse (a hanging indent is one); callers reject them where they make no sense.
[[nodiscard]] std::optional<Pt> parse_length(std::string_view text);

/// An sRGB colour written "#rrggbb" (hex digits in either case).
[[nodiscard]] std::optional<Color> parse_color(std::string_view text);

/// "yes" or "no".
[[nodiscard]] std::optional<bool> parse_yes_no(std::string_view text);

/// A finite decimal number ("1.45", "-2", "0.25").
[[nodiscard]] std::optional<double> parse_number(std::string_view text);

/// A fraction of the font size: "0.25em" or a plain "0.25".
[[nodiscard]] std::optional<double> parse_em(std::string_view text);

}  // namespace briefbook::layout
