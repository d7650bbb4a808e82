#include <chrono>
#include <cstdlib>
#include <ostream>

#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "briefbook/output_file.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace briefbook::cli {

namespace {

const ArgParser& build_parser() {
    static const ArgParser parser(
        "briefbook build [OPTIONS] FILE.xml -o OUT.pdf",
        "Lays out a briefing and writes the PDF book: parse, validate, compose, paginate, write.\n"
        "Problems are printed file:line:col; with errors no PDF is written. The PDF is written to a\n"
        "temporary file beside OUT.pdf and renamed into place when complete.",
        {{"help", 'h', "", "this help"},
         {"output", 'o', "OUT.pdf", "where to write the book (required)"},
         {"layout", 'l', "NAME|FILE", "page layout: a4 (default), letter, a5-pocket, screen, or a layout file"},
         {"for", 0, "PERSON_ID", "a personalised book: only the sessions this person attends"},
         {"watermark", 0, "", "with --for: the person's name faintly across every page"},
         {"draft", 0, "", "DRAFT across every page (automatic when the version says Draft)"},
         {"timestamp", 0, "SECONDS", "creation date, seconds since 1970 (default: $SOURCE_DATE_EPOCH, else the issue date)"},
         {"allow-any-path", 0, "", "accept image paths outside the briefing's folder"},
         {"quiet", 'q', "", "print errors only"}});
    return parser;
}

std::int64_t timestamp_option(const ParsedArgs& args) {
    std::string text;
    if (auto value = args.value("timestamp")) text = *value;
    else if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) text = env;
    if (text.empty()) return 0;
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || value < 0) throw UsageError{"--timestamp needs whole seconds since 1970, got '" + text + "'"};
    return value;
}

void print(const Diagnostics& diagnostics, bool quiet, std::ostream& err) {
    for (const auto& diagnostic : diagnostics.all())
        if (!quiet || diagnostic.severity == Severity::kError) err << format_diagnostic(diagnostic) << '\n';
}

}  // namespace

int run_build(const std::vector<std::string>& args, CliContext& context) {
    ParsedArgs parsed;
    BuildOptions options;
    try {
        parsed = build_parser().parse(args);
        if (parsed.has("help")) {
            context.out << build_parser().help();
            return kExitOk;
        }
        if (parsed.positional().size() != 1) throw UsageError{"give exactly one briefing file"};
        if (!parsed.value("output")) throw UsageError{"no output file: give -o OUT.pdf"};
        options.layout = parsed.value("layout").value_or("a4");
        options.for_person = parsed.value("for").value_or("");
        options.watermark = parsed.has("watermark");
        if (options.watermark && options.for_person.empty()) throw UsageError{"--watermark needs --for PERSON_ID"};
        options.draft = parsed.has("draft");
        options.created = timestamp_option(parsed);
    } catch (const UsageError& error) {
        context.err << "briefbook build: " << error.message << "\n(try 'briefbook build --help')\n";
        return kExitUsage;
    }
    const std::filesystem::path input = parsed.positional().front();
    const std::filesystem::path output = *parsed.value("output");
    const bool quiet = parsed.has("quiet");
    try {
        check_writable(output);  // before any work: a long run must not fail at its end
        LoadOptions load_options;
        load_options.allow_any_path = parsed.has("allow-any-path");
        Diagnostics diagnostics;
        const auto briefing = load_briefing(input, diagnostics, load_options);
        if (diagnostics.has_errors()) {
            print(diagnostics, quiet, context.err);
            return kExitInputErrors;
        }
        const Engine engine(context.data_dir);
        const auto book = engine.build(briefing, options, diagnostics);
        print(diagnostics, quiet, context.err);
        if (!book) return kExitInputErrors;
        write_file_atomically(output, book->pdf);
        if (!quiet)
            context.err << "wrote " << output.string() << " (" << book->pages << " pages, "
                        << (book->pdf.size() + 512) / 1024 << " KB)\n";
        return kExitOk;
    } catch (const Error& error) {
        context.err << "briefbook build: " << error.what() << " [" << error.code() << "]\n";
        return kExitEnvironment;
    }
}

}  // namespace briefbook::cli
