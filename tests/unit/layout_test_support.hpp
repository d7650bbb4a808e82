#pragma once
// Helpers shared by the layout tests.

#include <filesystem>
#include <sstream>
#include <string>

#include "briefbook/diagnostics.hpp"

namespace briefbook::layout::layout_test {

/// The source tree: it holds fonts/ and layouts/, like an installed data folder.
inline const std::filesystem::path kDataDir = BRIEFBOOK_TEST_SOURCE_DIR;

/// Every diagnostic, printed one a line (for failure messages and exact comparisons).
inline std::string printed(const Diagnostics& diagnostics) {
    std::ostringstream out;
    diagnostics.print(out);
    return out.str();
}

/// A fresh, empty scratch folder for one test.
inline std::filesystem::path scratch_dir(const std::string& test) {
    const auto dir = std::filesystem::path(BRIEFBOOK_TEST_BINARY_DIR) / "layout_tests" / test;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace briefbook::layout::layout_test
