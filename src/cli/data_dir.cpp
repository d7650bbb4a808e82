#include <cstdlib>
#include <system_error>

#include "cli/commands.hpp"

namespace briefbook::cli {

namespace {
bool holds_data(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_directory(dir / "fonts", ec) && std::filesystem::is_directory(dir / "layouts", ec);
}
}  // namespace

std::filesystem::path find_data_dir(const char* argv0) {
    if (const char* env = std::getenv("BRIEFBOOK_DATA_DIR"); env && *env) return env;
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec && argv0) exe = std::filesystem::absolute(argv0, ec);
    if (!exe.empty()) {
        // Installed: PREFIX/bin/briefbook next to PREFIX/share/briefbook.
        const auto installed = exe.parent_path().parent_path() / "share" / "briefbook";
        if (holds_data(installed)) return installed;
    }
    if (holds_data(BRIEFBOOK_INSTALL_DATA_DIR)) return BRIEFBOOK_INSTALL_DATA_DIR;
    return BRIEFBOOK_SOURCE_DATA_DIR;
}

}  // namespace briefbook::cli
