#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <ostream>

namespace briefbook::cli {

int run_build(const std::vector<std::string>&, CliContext& context) {
    context.err << "briefbook build: not available in this build yet\n";
    return kExitInternal;
}

}  // namespace briefbook::cli
