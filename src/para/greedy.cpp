#include "para/greedy.hpp"

#include <cstdint>

namespace briefbook::para {

namespace {

constexpr PassRules kAllBreaks{.hyphens = true, .emergency = true};

/// The break that ends the line starting at item `start`.
ChosenBreak next_break(const ItemList& items, std::size_t start,
                       const BreakParameters& parameters) {
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t last_plain = kNone;  // last fitting ordinary break
    double last_plain_ratio = 0;
    std::size_t last_hyphen = kNone;     // last fitting hyphenation break
    std::size_t last_resort = kNone;     // last fitting break inside text kept together
    std::size_t last_emergency = kNone;  // last fitting emergency break
    for (std::size_t i = start; i < items.size(); ++i) {
        if (!items.is_breakpoint(i, kAllBreaks)) continue;
        const double ratio = adjustment_ratio(items.line_totals(start, i), parameters);
        if (ratio < -1) {
            // Overfull from here on: take the best break before, or this one if there is none.
            if (last_plain != kNone &&
                (last_hyphen == kNone || last_hyphen < last_plain || last_plain_ratio <= 1))
                return {static_cast<std::uint32_t>(last_plain), false};
            if (last_hyphen != kNone) return {static_cast<std::uint32_t>(last_hyphen), false};
            if (last_resort != kNone) return {static_cast<std::uint32_t>(last_resort), false};
            if (last_emergency != kNone) return {static_cast<std::uint32_t>(last_emergency), false};
            return {static_cast<std::uint32_t>(i), true};
        }
        if (items.is_forced(i)) return {static_cast<std::uint32_t>(i), false};
        switch (items[i].kind == ItemKind::kPenalty ? items[i].penalty_class
                                                    : PenaltyClass::kOrdinary) {
            case PenaltyClass::kOrdinary:
                last_plain = i;
                last_plain_ratio = ratio;
                break;
            case PenaltyClass::kHyphen:
                last_hyphen = i;
                break;
            case PenaltyClass::kLastResort:
                last_resort = i;
                break;
            case PenaltyClass::kEmergency:
                last_emergency = i;
                break;
        }
    }
    return {static_cast<std::uint32_t>(items.size() - 1), false};
}

}  // namespace

std::vector<ChosenBreak> break_first_fit(const ItemList& items, const BreakParameters& parameters) {
    std::vector<ChosenBreak> out;
    if (items.size() == 0) return out;
    std::size_t start = items.first_line_start();
    while (true) {
        const ChosenBreak chosen = next_break(items, start, parameters);
        out.push_back(chosen);
        if (chosen.item + 1 >= items.size()) break;
        start = items.next_line_start(chosen.item);
    }
    return out;
}

}  // namespace briefbook::para
