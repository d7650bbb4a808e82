#include "cli/build_books.hpp"

#include <exception>

#include "batch/byte_size.hpp"
#include "batch/job_pool.hpp"
#include "briefbook/output_file.hpp"

namespace briefbook::cli {

namespace {

BookOutcome failure(std::string reason, ExitCode code, bool diagnosed = false) {
    BookOutcome outcome;
    outcome.status = BookOutcome::Status::kFailed;
    outcome.reason = std::move(reason);
    outcome.exit_code = code;
    outcome.diagnosed = diagnosed;
    return outcome;
}

/// "3 errors, the first: FILE:LINE:COL: ..." (the errors are printed in full as well).
std::string errors_reason(const Diagnostics& diagnostics) {
    for (const auto& diagnostic : diagnostics.all())
        if (diagnostic.severity == Severity::kError) {
            const auto count = diagnostics.error_count();
            return (count == 1 ? std::string("error: ")
                               : std::to_string(count) + " errors, the first: ") +
                   format_diagnostic(diagnostic);
        }
    return "not built";
}

std::string over_budget_reason(std::uint64_t size, std::uint64_t budget) {
    // The writer cannot downsample photos yet (docs/batch.md); until it can, say by how much the
    // book misses the budget and how to write it anyway.
    return "the book is " + batch::format_byte_size(size) + ", " +
           batch::format_byte_size(size - budget) + " over the --max-size budget of " +
           batch::format_byte_size(budget) +
           "; photos cannot be downsampled by this build (--max-size none writes it anyway)";
}

/// Builds, checks and writes one book.
BookOutcome make_book(const BookBatch& batch, const batch::PlannedBook& planned,
                      Diagnostics& diagnostics) {
    BuildOptions options = batch.options;
    if (!planned.person.empty()) options.for_person = planned.person;
    options.password = batch.passwords.for_book(planned);
    const auto book =
        batch.engine.build(*batch.inputs[planned.input].briefing, options, diagnostics);
    if (!book) return failure(errors_reason(diagnostics), kExitInputErrors, true);
    if (batch.max_size && book->pdf.size() > *batch.max_size)
        return failure(over_budget_reason(book->pdf.size(), *batch.max_size), kExitInputErrors);
    write_file_atomically(planned.destination, book->pdf);
    BookOutcome outcome;
    outcome.status = BookOutcome::Status::kWritten;
    outcome.pages = book->pages;
    outcome.bytes = book->pdf.size();
    return outcome;
}

}  // namespace

std::vector<BookOutcome> build_books(const BookBatch& batch, ProgressReporter& progress,
                                     const std::atomic<bool>& stop) {
    std::vector<BookOutcome> outcomes(batch.books.size());
    // Each task writes only its own slot of `outcomes`; the pool joins before they are read.
    (void)batch::run_jobs(batch.books.size(), batch.jobs, stop, [&](std::size_t index) {
        const auto& planned = batch.books[index];
        Diagnostics diagnostics;
        BookOutcome outcome;
        try {
            outcome = make_book(batch, planned, diagnostics);
        } catch (const Error& error) {
            outcome =
                failure(std::string(error.what()) + " [" + error.code() + "]", kExitEnvironment);
        } catch (const std::exception& error) {
            outcome = failure(std::string("internal error: ") + error.what(), kExitInternal);
        }
        progress.diagnostics(diagnostics);
        progress.book_done(planned, outcome);
        outcomes[index] = std::move(outcome);
    });
    return outcomes;
}

}  // namespace briefbook::cli
