#include "pdf/font_widths.hpp"

namespace briefbook::pdf {

namespace {

/// Runs shorter than this cost more as `first last w` than inside a list.
constexpr std::size_t kMinRange = 3;

double most_common(const std::map<std::uint16_t, double>& width_of_code) {
    std::map<double, std::size_t> counts;
    for (const auto& entry : width_of_code) ++counts[entry.second];
    double best = 1000.0;
    std::size_t best_count = 0;
    for (const auto& [width, count] : counts)
        if (count > best_count) best = width, best_count = count;  // ties: the smaller width
    return best;
}

}  // namespace

WidthTable compact_widths(const std::map<std::uint16_t, double>& width_of_code) {
    WidthTable table;
    table.default_width = most_common(width_of_code);

    // Codes that need an entry, in order.
    std::vector<std::pair<std::uint16_t, double>> listed;
    for (const auto& entry : width_of_code)
        if (entry.second != table.default_width) listed.push_back(entry);

    std::size_t i = 0;
    while (i < listed.size()) {
        // A run of equal widths on consecutive codes?
        std::size_t same = i + 1;
        while (same < listed.size() && listed[same].first == listed[same - 1].first + 1 &&
               listed[same].second == listed[i].second)
            ++same;
        if (same - i >= kMinRange) {
            table.entries.push_back({listed[i].first, listed[same - 1].first, {listed[i].second}});
            i = same;
            continue;
        }
        // Otherwise a list over consecutive codes, up to the next long run or gap.
        WidthTable::Entry list{listed[i].first, listed[i].first, {listed[i].second}};
        std::size_t k = i + 1;
        while (k < listed.size() && listed[k].first == listed[k - 1].first + 1) {
            std::size_t run = k + 1;
            while (run < listed.size() && listed[run].first == listed[run - 1].first + 1 &&
                   listed[run].second == listed[k].second)
                ++run;
            if (run - k >= kMinRange) break;
            list.widths.push_back(listed[k].second);
            ++k;
        }
        table.entries.push_back(std::move(list));
        i = k;
    }
    return table;
}

}  // namespace briefbook::pdf
