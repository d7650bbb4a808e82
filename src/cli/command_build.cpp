// `briefbook build`: one book to a file, or a batch of books into a folder (docs/batch.md).

#include <algorithm>
#include <cstdlib>
#include <future>
#include <memory>
#include <ostream>
#include <thread>

#include "batch/book_plan.hpp"
#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "cli/build_books.hpp"
#include "cli/build_request.hpp"
#include "cli/commands.hpp"
#include "cli/destinations.hpp"
#include "cli/exit_codes.hpp"
#include "cli/interrupt_guard.hpp"
#include "cli/password_source.hpp"
#include "cli/progress_reporter.hpp"

namespace briefbook::cli {

namespace {

ProgressReporter::Style style_for(const BuildRequest& request, const CliContext& context) {
    if (!request.batch) return ProgressReporter::Style::kSingle;
    return context.err_is_terminal ? ProgressReporter::Style::kTerminal
                                   : ProgressReporter::Style::kLines;
}

/// Every input, parsed and validated once; nothing when one has errors (they are printed).
std::optional<std::vector<model::Briefing>> load_inputs(const BuildRequest& request,
                                                        ProgressReporter& progress) {
    std::vector<model::Briefing> briefings;
    bool errors = false;
    for (const auto& input : request.inputs) {
        Diagnostics diagnostics;
        briefings.push_back(load_briefing(input, diagnostics, request.load));
        progress.diagnostics(diagnostics);
        errors = errors || diagnostics.has_errors();
    }
    if (errors) return std::nullopt;
    return briefings;
}

std::vector<batch::BatchInput> batch_inputs(const BuildRequest& request,
                                            const std::vector<model::Briefing>& briefings) {
    std::vector<batch::BatchInput> inputs;
    for (std::size_t i = 0; i < briefings.size(); ++i)
        inputs.push_back({&briefings[i], request.inputs[i].stem().string()});
    return inputs;
}

/// The books to make: the one book named by -o, or a batch planned from the name pattern;
/// nothing when the plan has problems (they are printed).
std::optional<std::vector<batch::PlannedBook>> plan(const BuildRequest& request,
                                                    std::span<const batch::BatchInput> inputs,
                                                    ProgressReporter& progress) {
    if (!request.batch)
        return std::vector<batch::PlannedBook>{{0, request.book.for_person, request.output}};
    auto planned = batch::plan_books(
        inputs, {request.each, request.book.for_person, *request.names, request.output});
    for (const auto& problem : planned.problems) progress.problem(problem);
    if (!planned.problems.empty()) return std::nullopt;
    return std::move(planned.books);
}

/// The passwords of the books; nothing when the password file has problems (they are printed) or
/// the prompt was interrupted.
std::optional<BookPasswords> passwords_for(const BuildRequest& request,
                                           std::span<const batch::PlannedBook> books,
                                           const InterruptGuard& interrupts,
                                           ProgressReporter& progress) {
    const bool personalised = request.each || !request.book.for_person.empty();
    auto read = read_passwords(request.password, books, personalised, interrupts.requested());
    for (const auto& problem : read.problems) progress.problem(problem);
    return std::move(read.passwords);
}

/// The exit status of a finished run: the most serious failure's, or 0.
int exit_status(const std::vector<BookOutcome>& outcomes) {
    int status = kExitOk;
    for (const auto& outcome : outcomes)
        if (outcome.status == BookOutcome::Status::kFailed)
            status = std::max<int>(status, outcome.exit_code);
    return status;
}

}  // namespace

int run_build(const std::vector<std::string>& args, CliContext& context) {
    // 1. The command line.
    BuildRequest request;
    try {
        const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
        request =
            parse_build_request(args, epoch ? epoch : "", std::thread::hardware_concurrency());
    } catch (const UsageError& error) {
        context.err << "briefbook build: " << error.message << "\n(try 'briefbook build --help')\n";
        return kExitUsage;
    }
    if (request.help) {
        context.out << build_parser().help();
        return kExitOk;
    }
    ProgressReporter progress(context.err, style_for(request, context), request.quiet);
    // Signals are taken from here on; created before any other thread, so all of them inherit it.
    InterruptGuard interrupts;
    interrupts.on_interrupt([&progress](int number) { progress.interrupted(number); });
    const auto stop_if_interrupted = [&interrupts] {
        if (interrupts.requested()) interrupts.exit_by_signal();
    };
    try {
        // 2. Where the books go, before any work: a long run must not fail at its end.
        check_output(request);
        // The fonts load on the second core while the inputs are read (a third of a small book's
        // run is loading them). Its errors come out at step 6, after the inputs' problems, as
        // before; a run that stops earlier waits for it and drops them.
        auto loading_engine = std::async(std::launch::async, [&context] {
            return std::make_unique<const Engine>(context.data_dir);
        });
        // 3. Every input, parsed and validated once.
        const auto briefings = load_inputs(request, progress);
        if (!briefings) return kExitInputErrors;
        const auto inputs = batch_inputs(request, *briefings);
        // 4. The books, their file names and destinations; collisions refused.
        const auto books = plan(request, inputs, progress);
        if (!books) return kExitUsage;
        // 5. The passwords (Ctrl-C may end a prompt), then the batch's folder.
        const auto passwords = passwords_for(request, *books, interrupts, progress);
        stop_if_interrupted();
        if (!passwords) return kExitInputErrors;
        prepare_destinations(request, *books);
        // 6. The fonts, loaded once and shared; the books, built on the workers.
        const std::unique_ptr<const Engine> loaded_engine = loading_engine.get();
        const Engine& engine = *loaded_engine;
        stop_if_interrupted();
        progress.start(books->size());
        const BookBatch batch{engine,     inputs,           *books,      request.book,
                              *passwords, request.max_size, request.jobs};
        const auto outcomes = build_books(batch, progress, interrupts.requested());
        // 7. What was done, and the exit status of the most serious failure.
        progress.summary(*books, outcomes);
        stop_if_interrupted();
        return exit_status(outcomes);
    } catch (const Error& error) {
        context.err << "briefbook build: " << error.what() << " [" << error.code() << "]\n";
        stop_if_interrupted();
        return kExitEnvironment;
    }
}

}  // namespace briefbook::cli
