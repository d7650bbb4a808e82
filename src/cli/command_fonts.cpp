#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <ostream>

namespace briefbook::cli {

int run_fonts(const std::vector<std::string>&, CliContext& context) {
    context.err << "briefbook fonts: not available in this build yet\n";
    return kExitInternal;
}

}  // namespace briefbook::cli
