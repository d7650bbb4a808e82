#pragma once
// Total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981, as in TeX's
// line_break): the breaks that minimise the paragraph's total demerits, with fitness classes,
// extra cost for consecutive hyphens and for a hyphen on the second-last line, and TeX's passes:
//   1. without hyphenation, badness up to BreakOptions::pretolerance;
//   2. with hyphenation, and when justifying inside names kept together, badness up to
//      BreakOptions::tolerance;
//   3. the same at any badness, uncapped (so a loose line still beats a hopeless one); a line
//      that cannot fit is made overfull (TeX's artificial demerits);
//   4. only if pass 3 made an overfull line: also inside names and at every cluster boundary
//      (emergency breaks).

#include <vector>

#include "para/break_items.hpp"

namespace briefbook::para {

/// The chosen breaks, the last at the paragraph's final item. Empty for an empty item list.
[[nodiscard]] std::vector<ChosenBreak> break_total_fit(const ItemList& items,
                                                       const BreakParameters& parameters);

}  // namespace briefbook::para
