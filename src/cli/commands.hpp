#pragma once
// One function per subcommand; main() only dispatches.

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace briefbook::cli {

/// What every command gets from the process: its arguments' environment, resolved once in main.
struct CliContext {
    std::filesystem::path data_dir;  ///< holds fonts/ and layouts/
    std::ostream& out;
    std::ostream& err;
    bool err_is_terminal = false;
};

int run_validate(const std::vector<std::string>& args, CliContext& context);
int run_build(const std::vector<std::string>& args, CliContext& context);
int run_fonts(const std::vector<std::string>& args, CliContext& context);
int run_dump(const std::vector<std::string>& args, CliContext& context);

/// Finds the folder with fonts/ and layouts/: $BRIEFBOOK_DATA_DIR, then the installed share
/// folder beside the executable, then the install prefix, then the source tree of this build.
std::filesystem::path find_data_dir(const char* argv0);

}  // namespace briefbook::cli
