#include "cli/progress_reporter.hpp"

#include <string.h>

#include "batch/byte_size.hpp"

namespace briefbook::cli {

namespace {

/// "1:05" or "1:02:05".
std::string clock_text(std::chrono::seconds duration) {
    const auto total = duration.count();
    const auto two = [](long long n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    if (total >= 3600)
        return std::to_string(total / 3600) + ":" + two(total / 60 % 60) + ":" + two(total % 60);
    return std::to_string(total / 60) + ":" + two(total % 60);
}

/// "12.3 s", with a point whatever the locale.
std::string seconds_text(std::chrono::steady_clock::duration duration) {
    const auto tenths =
        std::chrono::duration_cast<std::chrono::milliseconds>(duration).count() / 100;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

/// "3 images downsampled to 150 ppi for --max-size", or empty for a book written as it is.
std::string downsampled_text(const BookOutcome& outcome) {
    if (outcome.image_ppi == 0) return {};
    const auto count = outcome.images_downsampled;
    return std::to_string(count) + (count == 1 ? " image" : " images") + " downsampled to " +
           std::to_string(outcome.image_ppi) + " ppi for --max-size";
}

std::string wrote_text(const std::filesystem::path& destination, const BookOutcome& outcome) {
    const std::string downsampled = downsampled_text(outcome);
    return "wrote " + destination.string() + " (" + std::to_string(outcome.pages) + " pages, " +
           std::to_string((outcome.bytes + 512) / 1024) + " KB" +
           (downsampled.empty() ? "" : "; " + downsampled) + ")";
}

std::string signal_name(int number) {
    const char* abbrev = sigabbrev_np(number);
    return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(number);
}

}  // namespace

ProgressReporter::ProgressReporter(std::ostream& err, Style style, bool quiet)
    : err_(err), style_(style), quiet_(quiet), start_(std::chrono::steady_clock::now()) {}

void ProgressReporter::start(std::size_t total) {
    std::lock_guard lock(mutex_);
    total_ = total;
    start_ = std::chrono::steady_clock::now();
    redraw();
}

void ProgressReporter::problem(const std::string& text) {
    std::lock_guard lock(mutex_);
    line("briefbook build: " + text);
}

void ProgressReporter::diagnostics(const Diagnostics& diagnostics) {
    std::lock_guard lock(mutex_);
    for (const auto& diagnostic : diagnostics.all()) {
        if (diagnostic.severity == Severity::kError) {
            line(format_diagnostic(diagnostic));
            continue;
        }
        if (quiet_) continue;
        auto text = format_diagnostic(diagnostic);
        if (warnings_seen_.insert(text).second) line(text);
    }
    redraw();
}

void ProgressReporter::book_done(const batch::PlannedBook& book, const BookOutcome& outcome) {
    std::lock_guard lock(mutex_);
    ++done_;
    const bool failed = outcome.status == BookOutcome::Status::kFailed;
    if (failed) ++failed_;
    if (style_ == Style::kSingle) {
        if (failed && !outcome.diagnosed)
            line("briefbook build: " + outcome.reason);
        else if (!failed && !quiet_)
            line(wrote_text(book.destination, outcome));
        return;
    }
    if (failed)
        line("failed: " + book.destination.string() + ": " + outcome.reason);
    else if (style_ == Style::kLines && !quiet_)
        line(wrote_text(book.destination, outcome));
    redraw();
}

void ProgressReporter::interrupted(int signal_number) {
    std::lock_guard lock(mutex_);
    line("briefbook: " + signal_name(signal_number) +
         ": stopping; no new book starts, the books in progress finish");
    redraw();
}

void ProgressReporter::summary(std::span<const batch::PlannedBook> books,
                               std::span<const BookOutcome> outcomes) {
    std::lock_guard lock(mutex_);
    clear_progress();
    if (style_ == Style::kSingle) return;
    std::size_t written = 0, failed = 0, not_started = 0, downsampled = 0;
    std::uint64_t bytes = 0;
    for (const auto& outcome : outcomes) {
        switch (outcome.status) {
            case BookOutcome::Status::kWritten:
                ++written, bytes += outcome.bytes;
                if (outcome.image_ppi > 0) ++downsampled;
                break;
            case BookOutcome::Status::kFailed:
                ++failed;
                break;
            case BookOutcome::Status::kNotStarted:
                ++not_started;
                break;
        }
    }
    if (quiet_ && failed == 0 && not_started == 0) return;
    std::string text = "summary: " + std::to_string(written) + " of " +
                       std::to_string(books.size()) + " books written (" +
                       batch::format_byte_size(bytes) + "), " + std::to_string(failed) + " failed";
    if (not_started > 0) text += ", " + std::to_string(not_started) + " not started";
    if (downsampled > 0) text += ", " + std::to_string(downsampled) + " downsampled";
    line(text + ", " + seconds_text(std::chrono::steady_clock::now() - start_));
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].status == BookOutcome::Status::kFailed)
            line("  failed: " + books[i].destination.string() + ": " + outcomes[i].reason);
    if (quiet_) return;
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].status == BookOutcome::Status::kWritten && outcomes[i].image_ppi > 0)
            line("  downsampled: " + books[i].destination.string() + ": " +
                 downsampled_text(outcomes[i]) + ", " + batch::format_byte_size(outcomes[i].bytes));
}

void ProgressReporter::line(const std::string& text) {
    clear_progress();
    err_ << text << '\n';
}

void ProgressReporter::clear_progress() {
    if (!progress_shown_) return;
    err_ << "\r\033[K" << std::flush;
    progress_shown_ = false;
}

void ProgressReporter::redraw() {
    if (style_ != Style::kTerminal || quiet_) {
        err_ << std::flush;
        return;
    }
    err_ << "\r\033[K" << progress_text() << std::flush;
    progress_shown_ = true;
}

std::string ProgressReporter::progress_text() const {
    const auto elapsed = std::chrono::steady_clock::now() - start_;
    std::string text = "books: " + std::to_string(done_) + " of " + std::to_string(total_);
    if (failed_ > 0) text += " (" + std::to_string(failed_) + " failed)";
    text +=
        ", " + clock_text(std::chrono::duration_cast<std::chrono::seconds>(elapsed)) + " elapsed";
    if (done_ > 0 && done_ < total_) {
        const auto left =
            elapsed / static_cast<long long>(done_) * static_cast<long long>(total_ - done_);
        text += ", about " + clock_text(std::chrono::duration_cast<std::chrono::seconds>(left)) +
                " left";
    }
    return text;
}

}  // namespace briefbook::cli
