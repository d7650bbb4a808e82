#include "briefbook/load.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <ostream>

namespace briefbook::cli {

namespace {
const ArgParser& validate_parser() {
    static const ArgParser parser(
        "briefbook validate [OPTIONS] FILE.xml...",
        "Checks briefing files against the format (docs/format.md) and prints every problem, one a\n"
        "line, in file order: FILE:LINE:COL: error|warning: MESSAGE [code]. The codes are listed in\n"
        "docs/diagnostics.md. Exit status 0 when no file has errors (warnings allowed), 1 otherwise,\n"
        "2 for a bad command line, 3 when the machine fails (out of memory).",
        {{"help", 'h', "", "this help"},
         {"quiet", 'q', "", "print errors only, not warnings"},
         {"allow-any-path", 0, "", "accept image paths outside the briefing's folder"}});
    return parser;
}

/// Prints the diagnostics of one file; returns true when it has errors.
bool validate_file(const std::string& file, const LoadOptions& options, bool quiet, CliContext& context) {
    Diagnostics diagnostics;
    (void)load_briefing(file, diagnostics, options);
    for (const auto& diagnostic : diagnostics.all()) {
        if (quiet && diagnostic.severity != Severity::kError) continue;
        context.err << format_diagnostic(diagnostic) << '\n';
    }
    return diagnostics.has_errors();
}
}  // namespace

int run_validate(const std::vector<std::string>& args, CliContext& context) {
    ParsedArgs parsed;
    try {
        parsed = validate_parser().parse(args);
    } catch (const UsageError& error) {
        context.err << "briefbook validate: " << error.message << "\n(try 'briefbook validate --help')\n";
        return kExitUsage;
    }
    if (parsed.has("help")) {
        context.out << validate_parser().help();
        return kExitOk;
    }
    if (parsed.positional().empty()) {
        context.err << "briefbook validate: no input file (try 'briefbook validate --help')\n";
        return kExitUsage;
    }
    LoadOptions options;
    options.allow_any_path = parsed.has("allow-any-path");
    bool any_errors = false;
    for (const auto& file : parsed.positional()) {
        try {
            any_errors = validate_file(file, options, parsed.has("quiet"), context) || any_errors;
        } catch (const Error& error) {
            context.err << "briefbook validate: " << file << ": " << error.what() << " [" << error.code() << "]\n";
            return kExitEnvironment;
        }
    }
    return any_errors ? kExitInputErrors : kExitOk;
}

}  // namespace briefbook::cli
