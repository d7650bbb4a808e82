// Golden shaping traces: each case shapes a paragraph with the shipped font configuration and
// compares render::trace_shaped_text with tests/golden/shaping/NAME.txt. The trace header names
// the font files, so a machine whose fontconfig resolves other files fails with a clear message
// instead of a wall of glyph ids. Regenerate after an intended change with
//   BRIEFBOOK_UPDATE_GOLDEN=1 build/NAME/tests/briefbook_tests --gtest_filter='TextShapingGolden*'
// and review the diff before committing it.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "render/trace.hpp"
#include "text/shape.hpp"
#include "text_test_support.hpp"

namespace briefbook::text {
namespace {

SpanStyle styled(std::string lang, std::string role = "body", bool bold = false) {
    SpanStyle style;
    style.lang = std::move(lang);
    style.font.role = std::move(role);
    style.font.bold = bold;
    style.size = Pt(10.0);
    style.origin = {"golden.xml", {1, 1}};
    return style;
}

struct GoldenCase {
    const char* name;
    std::function<StyledText()> text;
};

const GoldenCase kCases[] = {
    {"english-ligature-kerning",
     [] {
         StyledText t;
         t.append("The office of AVATAR Wave, fifty flights.", styled("en"));
         return t;
     }},
    {"japanese-paragraph",
     [] {
         StyledText t;
         t.append("日本の首相は、東京で記者会見を行った。", styled("ja"));
         return t;
     }},
    {"chinese-paragraph",
     [] {
         StyledText t;
         t.append("国务院总理在北京会见了日本代表团。", styled("zh-Hans"));
         return t;
     }},
    {"english-with-japanese-name",
     [] {
         StyledText t;
         t.append("Prime Minister ", styled("en"));
         t.append("岸田文雄", styled("ja"));
         t.append(" met the press.", styled("en"));
         return t;
     }},
    {"locl-ja-vs-zh-hans",
     [] {
         StyledText t;
         t.append("直骨返", styled("ja"));
         t.append("直骨返", styled("zh-Hans"));
         return t;
     }},
    {"fallback-symbols-and-thai",
     [] {
         StyledText t;
         t.append("Done ✓, move ♞, greet สวัสดี.", styled("en"));
         return t;
     }},
    {"missing-character",
     [] {
         StyledText t;
         t.append("Smile \xF3\xB0\x80\x81 please", styled("en"));
         return t;
     }},
    {"mixed-punctuation",
     [] {
         StyledText t;
         t.append("He said “yes” — ", styled("en"));
         t.append("「はい、そうです。」（東京）！", styled("ja"));
         return t;
     }},
    {"heading-bold-zh-hant",
     [] {
         StyledText t;
         t.append("Taipei 臺北市政府", styled("zh-Hant", "heading", true));
         return t;
     }},
};

std::string golden_path(const std::string& name) {
    return std::string(BRIEFBOOK_TEST_SOURCE_DIR) + "/tests/golden/shaping/" + name + ".txt";
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// The "fonts" header of a trace: its lines up to the first that is not indented.
std::string font_header(const std::string& trace) {
    std::istringstream in(trace);
    std::string line, out;
    bool first = true;
    while (std::getline(in, line)) {
        if (!first && (line.empty() || line[0] != ' ')) break;
        out += line + "\n";
        first = false;
    }
    return out;
}

class TextShapingGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(TextShapingGolden, MatchesTheTrace) {
    const GoldenCase& golden = GetParam();
    Shaper shaper(testing::shipped_fonts());
    Diagnostics diagnostics;
    const ShapedText shaped = shaper.shape(golden.text(), diagnostics);
    std::string trace = render::trace_shaped_text(shaped, testing::shipped_fonts());
    for (const auto& d : diagnostics.all()) trace += "diagnostic " + format_diagnostic(d) + "\n";
    const std::string path = golden_path(golden.name);
    const char* update = std::getenv("BRIEFBOOK_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << trace;
        GTEST_SKIP() << "wrote " << path;
    }
    const std::string expected = read_file(path);
    ASSERT_FALSE(expected.empty()) << path << " is missing; run with BRIEFBOOK_UPDATE_GOLDEN=1";
    ASSERT_EQ(font_header(trace), font_header(expected))
        << "the fonts resolve to other files than the golden file was made with (see the header)";
    EXPECT_EQ(trace, expected)
        << "shaping changed; if intended, regenerate with BRIEFBOOK_UPDATE_GOLDEN=1";
}

INSTANTIATE_TEST_SUITE_P(Cases, TextShapingGolden, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<GoldenCase>& case_info) {
                             std::string name = case_info.param.name;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace briefbook::text
