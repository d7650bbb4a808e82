#pragma once
// The widths of a CIDFont (/DW and /W, PDF 32000-1 9.7.4.3), written compactly.

#include <cstdint>
#include <map>
#include <vector>

namespace briefbook::pdf {

/// /DW and /W of a CIDFont: codes whose width is the default are left out of W.
struct WidthTable {
    /// One W entry: `first [w...]` (the widths of consecutive codes from `first`) when
    /// last == first, or `first last w` (one width for the whole range) when last > first.
    struct Entry {
        std::uint16_t first = 0;
        std::uint16_t last = 0;
        std::vector<double> widths;
    };
    double default_width = 1000.0;
    std::vector<Entry> entries;
};

/// Chooses the most common width as /DW and groups the rest into the shortest W entries: runs of
/// three or more equal widths as ranges, other consecutive codes as lists.
[[nodiscard]] WidthTable compact_widths(const std::map<std::uint16_t, double>& width_of_code);

}  // namespace briefbook::pdf
