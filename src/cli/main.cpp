// briefbook: the command-line tool. It parses the command line, finds its data, and calls the
// engine; everything else lives in the briefbook_engine library.

#include <unistd.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "briefbook/version.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace {

constexpr const char* kMainHelp = R"(usage: briefbook COMMAND [OPTIONS] [FILE...]

Turns an XML briefing description into a print-quality PDF briefing book.

commands:
  build FILE -o OUT.pdf   lay out and write the book (see: briefbook build --help)
  validate FILE...        check briefings and print every problem, file:line:col
  fonts                   show which font files each role and language resolves to
  dump --stage STAGE FILE print one pipeline stage as text (model, runs, pages)

options:
  -h, --help              this help; 'briefbook COMMAND --help' explains a command
  --version               print the version

exit status: 0 done, 1 errors in the input, 2 bad command line, 3 missing or unwritable
environment (fonts, files, folders), 4 internal error.
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace briefbook::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        std::cout << kMainHelp;
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "briefbook " << briefbook::kVersion << '\n';
        return kExitOk;
    }
    CliContext context{find_data_dir(argv[0]), std::cout, std::cerr, isatty(STDERR_FILENO) != 0};
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "build") return run_build(args, context);
        if (command == "validate") return run_validate(args, context);
        if (command == "fonts") return run_fonts(args, context);
        if (command == "dump") return run_dump(args, context);
        std::cerr << "briefbook: unknown command '" << command << "' (try 'briefbook --help')\n";
        return kExitUsage;
    } catch (const std::exception& error) {
        std::cerr << "briefbook: internal error: " << error.what() << '\n';
        return kExitInternal;
    }
}
