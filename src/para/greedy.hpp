#pragma once
// First-fit line breaking: each line takes as much as fits (using the glue's shrink), the way a
// word processor breaks. The fallback for very long paragraphs (kGreedyAboveItems) and the
// baseline total-fit is measured against. It honours the same opportunities and kinsoku; it never
// leaves an overfull line where an emergency break at a cluster boundary would fit, and marks the
// rest (a single cluster wider than the column).

#include <vector>

#include "para/break_items.hpp"

namespace briefbook::para {

/// The chosen breaks, the last at the paragraph's final item. Empty for an empty item list.
[[nodiscard]] std::vector<ChosenBreak> break_first_fit(const ItemList& items,
                                                       const BreakParameters& parameters);

}  // namespace briefbook::para
