#pragma once
// Building the planned books on a pool of workers that share one Engine: each worker composes,
// writes and checks one book at a time (over its --max-size budget, writes it again with its
// images downsampled, in steps, until it fits), then writes it atomically. A book that fails does not
// stop the others; a stop request (a signal) lets the books in progress finish and starts no more.

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "batch/book_plan.hpp"
#include "briefbook/engine.hpp"
#include "cli/book_outcome.hpp"
#include "cli/password_source.hpp"
#include "cli/progress_reporter.hpp"

namespace briefbook::cli {

/// Everything the workers share, read-only.
struct BookBatch {
    const Engine& engine;
    std::span<const batch::BatchInput> inputs;
    std::span<const batch::PlannedBook> books;
    BuildOptions options;  ///< for every book; the person and password are set per book
    const BookPasswords& passwords;
    std::optional<std::uint64_t> max_size;  ///< bytes a book may have (--max-size)
    unsigned jobs = 1;
};

/// Builds every book (or, after `stop`, every book started before it), reporting each as it is
/// done. Returns one outcome per planned book, in plan order.
[[nodiscard]] std::vector<BookOutcome> build_books(const BookBatch& batch,
                                                   ProgressReporter& progress,
                                                   const std::atomic<bool>& stop);

}  // namespace briefbook::cli
