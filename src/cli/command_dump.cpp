#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#include <ostream>

namespace briefbook::cli {

int run_dump(const std::vector<std::string>&, CliContext& context) {
    context.err << "briefbook dump: not available in this build yet\n";
    return kExitInternal;
}

}  // namespace briefbook::cli
