#include "cli/build_books.hpp"

#include <array>
#include <exception>

#include "batch/book_order.hpp"
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

/// The resolutions a book over its --max-size budget is written at again, in turn, until it fits
/// (docs/batch.md): 300 ppi is print quality, 150 a screen at 200 % zoom, 72 the least a photo of
/// a face stays recognisable at in a briefing book's small placements.
constexpr std::array<unsigned, 5> kImagePpiSteps{300, 200, 150, 100, 72};

/// Why a book misses its budget: its size, the overshoot, and what of it is not images. `ppi` is
/// the lowest resolution it was written at, 0 when downsampling could not help and was not tried.
std::string over_budget_reason(const Book& book, std::uint64_t full_size, unsigned ppi,
                               std::uint64_t budget) {
    const std::uint64_t size = book.pdf.size();
    const std::uint64_t rest = size - book.image_bytes;
    std::string reason = "the book is " + batch::format_byte_size(size);
    if (ppi > 0)
        reason += " even with its images downsampled to " + std::to_string(ppi) + " ppi (" +
                  batch::format_byte_size(full_size) + " with them as they are)";
    reason += ", " + batch::format_byte_size(size - budget) + " over the --max-size budget of " +
              batch::format_byte_size(budget) + "; fonts, text and the rest take " +
              batch::format_byte_size(rest);
    if (ppi == 0)
        return reason +
               (book.image_bytes == 0
                    ? ", and it has no images to downsample"
                    : " without its images (" + batch::format_byte_size(book.image_bytes) +
                          "), so no downsampling can fit it") +
               " (--max-size none writes it anyway)";
    return reason + " of it, the images " + batch::format_byte_size(book.image_bytes) +
           " (--max-size none writes it with its images as they are)";
}

/// Builds, checks and writes one book. Over the --max-size budget, the composed book is written
/// again with its images capped at each of kImagePpiSteps in turn; the first that fits is kept.
BookOutcome make_book(const BookBatch& batch, const batch::PlannedBook& planned,
                      Diagnostics& diagnostics) {
    BuildOptions options = batch.options;
    if (!planned.person.empty()) options.for_person = planned.person;
    options.password = batch.passwords.for_book(planned);
    const auto composed =
        batch.engine.compose(*batch.inputs[planned.input].briefing, options, diagnostics);
    if (!composed) return failure(errors_reason(diagnostics), kExitInputErrors, true);
    // The writer's warnings (image problems) are those of the attempt kept: every attempt
    // writes the same images and finds the same problems, and a retry may add its own.
    Diagnostics written;
    Book book = batch.engine.write(*composed, options, written);
    const std::uint64_t full_size = book.pdf.size();
    unsigned ppi = 0;
    // When fonts and text alone are over budget, no resolution can help: no retry.
    if (batch.max_size && full_size > *batch.max_size && full_size - book.image_bytes < *batch.max_size) {
        for (const unsigned step : kImagePpiSteps) {
            options.max_image_ppi = ppi = step;
            written = Diagnostics();
            book = batch.engine.write(*composed, options, written);
            if (book.pdf.size() <= *batch.max_size) break;
        }
    }
    diagnostics.merge(written);
    if (batch.max_size && book.pdf.size() > *batch.max_size)
        return failure(over_budget_reason(book, full_size, ppi, *batch.max_size), kExitInputErrors);
    write_file_atomically(planned.destination, book.pdf);
    BookOutcome outcome;
    outcome.status = BookOutcome::Status::kWritten;
    outcome.pages = book.pages;
    outcome.bytes = book.pdf.size();
    outcome.image_ppi = book.images_downsampled > 0 ? ppi : 0;
    outcome.images_downsampled = book.images_downsampled;
    return outcome;
}

}  // namespace

std::vector<BookOutcome> build_books(const BookBatch& batch, ProgressReporter& progress,
                                     const std::atomic<bool>& stop) {
    std::vector<BookOutcome> outcomes(batch.books.size());
    const std::vector<std::size_t> order = batch::longest_first(batch.books, batch.inputs);
    // Each task writes only its own slot of `outcomes`; the pool joins before they are read.
    (void)batch::run_jobs(batch.books.size(), batch.jobs, stop, [&](std::size_t task) {
        const std::size_t index = order[task];
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
