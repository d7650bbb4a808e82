#pragma once
// The order in which a batch's workers take its books: longest first. Books are handed out one at
// a time, so the run ends when the last book taken ends; taking the long ones first leaves short
// ones for the end, when one worker would otherwise wait for the other's long book.

#include <cstddef>
#include <span>
#include <vector>

#include "batch/book_plan.hpp"

namespace briefbook::batch {

/// The indices of `books`, the book with the most sessions first (a personalised book holds the
/// sessions its person attends, a whole-programme book all of them; the sessions are what makes
/// one book of a batch longer than another). Ties keep the plan's order.
[[nodiscard]] std::vector<std::size_t> longest_first(std::span<const PlannedBook> books,
                                                     std::span<const BatchInput> inputs);

}  // namespace briefbook::batch
