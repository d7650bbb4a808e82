#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "text/font_registry.hpp"
#include "text_test_support.hpp"

namespace briefbook::text {
namespace {

using testing::postscript_name;
using testing::shipped_fonts;

std::string file_and_index(FontId id) {
    const FontFace& face = shipped_fonts().face(id);
    return face.path().filename().string() + "#" + std::to_string(face.index());
}

TEST(TextFontRegistry, ResolvesEachCjkLanguageToItsFaceOfTheCollection) {
    const FontRegistry& fonts = shipped_fonts();
    const FontRequest body{"body", false, false};
    EXPECT_EQ(file_and_index(fonts.chain(body, "ja")[0]), "NotoSerifCJK-Regular.ttc#0");
    EXPECT_EQ(file_and_index(fonts.chain(body, "ko")[0]), "NotoSerifCJK-Regular.ttc#1");
    EXPECT_EQ(file_and_index(fonts.chain(body, "zh-Hans")[0]), "NotoSerifCJK-Regular.ttc#2");
    EXPECT_EQ(file_and_index(fonts.chain(body, "zh-Hant")[0]), "NotoSerifCJK-Regular.ttc#3");
    EXPECT_EQ(file_and_index(fonts.chain(body, "zh-TW")[0]), "NotoSerifCJK-Regular.ttc#3");
    EXPECT_EQ(postscript_name(fonts.chain(body, "ja")[0]), "NotoSerifCJKjp-Regular");
    EXPECT_EQ(postscript_name(fonts.chain(body, "zh-Hans")[0]), "NotoSerifCJKsc-Regular");
    const FontRequest heading_bold{"heading", true, false};
    EXPECT_EQ(file_and_index(fonts.chain(heading_bold, "zh-Hans")[0]), "NotoSansCJK-Bold.ttc#2");
    const FontRequest mono{"mono", false, false};
    EXPECT_EQ(file_and_index(fonts.chain(mono, "ja")[0]), "NotoSansCJK-Regular.ttc#5");
}

TEST(TextFontRegistry, FacesOfOneCollectionShareTheFile) {
    const FontRegistry& fonts = shipped_fonts();
    const FontRequest body;
    const FontFace& ja = fonts.face(fonts.chain(body, "ja")[0]);
    const FontFace& sc = fonts.face(fonts.chain(body, "zh-Hans")[0]);
    EXPECT_NE(&ja, &sc);
    EXPECT_EQ(ja.file().get(), sc.file().get());
    // Every (file, index) is loaded once: no two ids name the same face.
    for (std::uint32_t a = 0; a < fonts.size(); ++a) {
        for (std::uint32_t b = a + 1; b < fonts.size(); ++b) {
            EXPECT_FALSE(fonts.face(FontId{a}).path() == fonts.face(FontId{b}).path() &&
                         fonts.face(FontId{a}).index() == fonts.face(FontId{b}).index());
        }
    }
}

TEST(TextFontRegistry, StylesResolveWithinTheFamily) {
    const FontRegistry& fonts = shipped_fonts();
    EXPECT_EQ(postscript_name(fonts.chain({"body", false, false}, "en")[0]), "NotoSerif-Regular");
    EXPECT_EQ(postscript_name(fonts.chain({"body", true, false}, "en")[0]), "NotoSerif-Bold");
    EXPECT_EQ(postscript_name(fonts.chain({"body", false, true}, "")[0]), "NotoSerif-Italic");
    EXPECT_EQ(postscript_name(fonts.chain({"body", true, true}, "")[0]), "NotoSerif-BoldItalic");
    EXPECT_EQ(postscript_name(fonts.chain({"heading", false, false}, "")[0]), "NotoSans-Regular");
    // CJK faces have no italic: an italic request gets the upright face.
    EXPECT_EQ(fonts.chain({"body", false, true}, "ja")[0],
              fonts.chain({"body", false, false}, "ja")[0]);
    EXPECT_EQ(fonts.origin(fonts.chain({"body", true, false}, "ja")[0]).style, "Bold");
}

TEST(TextFontRegistry, ChainsEndWithTheFallbackFamilies) {
    const FontRegistry& fonts = shipped_fonts();
    const auto chain = fonts.chain({"body", false, false}, "ja");
    ASSERT_GT(chain.size(), 10u);
    EXPECT_EQ(postscript_name(chain[1]), "NotoSerif-Regular");
    EXPECT_EQ(postscript_name(chain[2]), "NotoSansSymbols-Regular");
    EXPECT_EQ(fonts.origin(chain.back()).family, "DejaVu Sans");
    EXPECT_EQ(fonts.origin(chain.back()).package, "fonts-dejavu-core");
    EXPECT_EQ(fonts.origin(chain[0]).where.position.line > 0, true);
}

TEST(TextFontRegistry, AnUnknownRoleGetsTheBodyChain) {
    const FontRegistry& fonts = shipped_fonts();
    EXPECT_FALSE(fonts.has_role("caption"));
    EXPECT_TRUE(fonts.has_role("label"));
    const auto body = fonts.chain({"body", false, false}, "ja");
    const auto unknown = fonts.chain({"caption", false, false}, "ja");
    EXPECT_TRUE(std::equal(body.begin(), body.end(), unknown.begin(), unknown.end()));
}

TEST(TextFontRegistry, ConcurrentLookupsAgree) {
    const FontRegistry& fonts = shipped_fonts();
    const FontId expected = fonts.chain({"label", true, false}, "zh-Hant")[0];
    std::vector<std::thread> threads;
    std::vector<int> mismatches(4, 0);
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i)
                if (fonts.chain({"label", true, false}, "zh-Hant")[0] != expected) ++mismatches[t];
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(std::count(mismatches.begin(), mismatches.end(), 0), 4);
}

TEST(TextFontRegistry, AMissingFamilyNamesItsPackage) {
    Diagnostics diagnostics;
    FontConfig config = load_font_config_from_memory(
        "<fonts>\n"
        "  <family name=\"Noto Serif\" package=\"fonts-noto-core\"/>\n"
        "  <family name=\"Briefbook Missing Serif\" package=\"fonts-briefbook-missing\"/>\n"
        "  <role name=\"body\"><chain><font family=\"Noto Serif\"/></chain></role>\n"
        "  <role name=\"heading\"><chain><font family=\"Noto Serif\"/></chain></role>\n"
        "  <role name=\"label\"><chain><font family=\"Noto Serif\"/></chain></role>\n"
        "  <role name=\"mono\"><chain>\n"
        "    <font family=\"Briefbook Missing Serif\"/>\n"
        "  </chain></role>\n"
        "</fonts>\n",
        "test-fonts.xml", diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    try {
        FontRegistry registry(std::move(config));
        FAIL() << "a missing family must throw";
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), "font.family-missing");
        EXPECT_EQ(error.where(), (SourceLocation{"test-fonts.xml", {8, 5}}));
        const std::string message = error.what();
        EXPECT_NE(
            message.find("'Briefbook Missing Serif' (Debian package fonts-briefbook-missing)"),
            std::string::npos)
            << message;
        EXPECT_NE(message.find("apt-get install fonts-briefbook-missing"), std::string::npos)
            << message;
    }
}

}  // namespace
}  // namespace briefbook::text

namespace briefbook::text {
namespace {

TEST(TextFontRegistry, LoadingAConfigurationWithErrorsGivesNoRegistry) {
    Diagnostics diagnostics;
    EXPECT_EQ(load_font_registry("/nonexistent/fonts.xml", diagnostics), nullptr);
    EXPECT_TRUE(diagnostics.contains("fonts.unreadable"));
    Diagnostics shipped;
    const auto registry =
        load_font_registry(std::string(BRIEFBOOK_TEST_SOURCE_DIR) + "/fonts/fonts.xml", shipped);
    ASSERT_NE(registry, nullptr);
    EXPECT_EQ(registry->size(), testing::shipped_fonts().size());
}

}  // namespace
}  // namespace briefbook::text
