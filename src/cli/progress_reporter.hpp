#pragma once
// Everything a build says on stderr while books are made, from any worker thread: problems in
// the documents, a progress line rewritten in place on a terminal (books done of total, elapsed,
// estimate) or one line per book otherwise, and the summary at the end.

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <set>
#include <span>
#include <string>

#include "batch/book_plan.hpp"
#include "briefbook/diagnostics.hpp"
#include "cli/book_outcome.hpp"

namespace briefbook::cli {

class ProgressReporter {
  public:
    enum class Style {
        kSingle,    ///< one book to a named file: "wrote OUT (N pages, K KB)", as before batches
        kTerminal,  ///< a batch on a terminal: one progress line, rewritten
        kLines,     ///< a batch into a pipe or file: one line per book
    };

    /// `quiet`: errors and failures only (and the summary when something failed).
    ProgressReporter(std::ostream& err, Style style, bool quiet);

    /// The books are about to be built: starts the clock and shows the progress line.
    void start(std::size_t total);
    /// A problem that stops the run before any book is built ("briefbook build: ...").
    void problem(const std::string& text);
    /// The diagnostics of an input or a book: errors always, warnings unless quiet, each distinct
    /// warning once per run (forty books from one briefing share their warnings).
    void diagnostics(const Diagnostics& diagnostics);
    /// One book is done (written or failed).
    void book_done(const batch::PlannedBook& book, const BookOutcome& outcome);
    /// A signal arrived: no new book starts.
    void interrupted(int signal_number);
    /// The summary: books written and their size, failures and why, books not started.
    void summary(std::span<const batch::PlannedBook> books, std::span<const BookOutcome> outcomes);

  private:
    void line(const std::string& text);  // caller holds mutex_
    void redraw();                       // caller holds mutex_
    void clear_progress();               // caller holds mutex_
    [[nodiscard]] std::string progress_text() const;

    std::ostream& err_;
    Style style_;
    bool quiet_;
    std::size_t total_ = 0;
    std::size_t done_ = 0;
    std::size_t failed_ = 0;
    bool progress_shown_ = false;
    std::set<std::string> warnings_seen_;
    std::chrono::steady_clock::time_point start_;
    std::mutex mutex_;
};

}  // namespace briefbook::cli
