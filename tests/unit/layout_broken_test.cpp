// Broken layouts and the diagnostics they must give: each tests/data/layouts/NAME.xml is loaded
// by path and its diagnostics compared, line for line, with NAME.expected beside it.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "layout_test_support.hpp"
#include "layout/layout_file.hpp"

namespace briefbook::layout {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = layout_test::kDataDir;
const fs::path kCases = kSourceDir / "tests" / "data" / "layouts";

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The diagnostics of loading `file`, printed, with the source folder left out of paths so that
/// the expected text does not depend on where the tree is.
std::string diagnostics_of(const fs::path& file) {
    Diagnostics diagnostics;
    (void)load_layout(file.string(), kSourceDir, diagnostics);
    std::ostringstream out;
    diagnostics.print(out);
    std::string text = out.str();
    const std::string prefix = kSourceDir.string() + "/";
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
    return text;
}

std::vector<fs::path> cases() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kCases)) {
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(LayoutBroken, EachCaseGivesItsExpectedDiagnostics) {
    const auto files = cases();
    ASSERT_GE(files.size(), 10u);
    for (const auto& file : files) {
        auto expected_file = file;
        expected_file.replace_extension(".expected");
        ASSERT_TRUE(fs::exists(expected_file)) << expected_file << " is missing";
        const auto expected = read(expected_file);
        // A case that loads cleanly tests nothing.
        EXPECT_FALSE(expected.empty()) << expected_file << " expects no diagnostics";
        EXPECT_EQ(diagnostics_of(file), expected) << "for " << file.filename();
    }
}

}  // namespace
}  // namespace briefbook::layout
