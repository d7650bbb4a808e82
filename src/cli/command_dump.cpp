#include <ostream>

#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace briefbook::cli {

namespace {

const ArgParser& dump_parser() {
    static const ArgParser parser(
        "briefbook dump --stage model|layout|pages [OPTIONS] [FILE.xml]",
        "Prints one stage of the pipeline as stable text, for looking inside and for golden tests:\n"
        "  model   the briefing as parsed (every element with its line:column)\n"
        "  layout  the layout as resolved (--layout; no FILE needed)\n"
        "  pages   the display list that goes into the PDF: glyph runs with fonts, glyph ids and\n"
        "          positions, rules, images, links, anchors and the outline",
        {{"help", 'h', "", "this help"},
         {"stage", 's', "STAGE", "model, layout or pages"},
         {"layout", 'l', "NAME|FILE", "the layout (default a4)"},
         {"for", 0, "PERSON_ID", "pages of a personalised book"}});
    return parser;
}

int print_or_fail(const std::optional<std::string>& text, const Diagnostics& diagnostics, CliContext& context) {
    diagnostics.print(context.err);
    if (!text) return kExitInputErrors;
    context.out << *text;
    return kExitOk;
}

}  // namespace

int run_dump(const std::vector<std::string>& args, CliContext& context) {
    ParsedArgs parsed;
    try {
        parsed = dump_parser().parse(args);
    } catch (const UsageError& error) {
        context.err << "briefbook dump: " << error.message << "\n(try 'briefbook dump --help')\n";
        return kExitUsage;
    }
    if (parsed.has("help")) {
        context.out << dump_parser().help();
        return kExitOk;
    }
    const std::string stage = parsed.value("stage").value_or("");
    const bool needs_file = stage != "layout";
    if ((stage != "model" && stage != "layout" && stage != "pages") || (needs_file && parsed.positional().size() != 1)) {
        context.err << "briefbook dump: give --stage model|layout|pages and, but for layout, one FILE.xml\n";
        return kExitUsage;
    }
    Diagnostics diagnostics;
    try {
        if (stage == "model") {
            const auto briefing = load_briefing(parsed.positional().front(), diagnostics);
            diagnostics.print(context.err);
            context.out << model::dump(briefing);
            return diagnostics.has_errors() ? kExitInputErrors : kExitOk;
        }
        const Engine engine(context.data_dir);
        BuildOptions options;
        options.layout = parsed.value("layout").value_or("a4");
        options.for_person = parsed.value("for").value_or("");
        if (stage == "layout") return print_or_fail(engine.layout_dump(options.layout, diagnostics), diagnostics, context);
        const auto briefing = load_briefing(parsed.positional().front(), diagnostics);
        return print_or_fail(engine.trace(briefing, options, diagnostics), diagnostics, context);
    } catch (const Error& error) {
        context.err << "briefbook dump: " << error.what() << " [" << error.code() << "]\n";
        return kExitEnvironment;
    }
}

}  // namespace briefbook::cli
