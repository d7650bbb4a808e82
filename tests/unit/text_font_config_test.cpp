#include <gtest/gtest.h>

#include <string>

#include "text/font_config.hpp"

namespace briefbook::text {
namespace {

constexpr const char* kRoles = R"(
  <role name="heading"><chain><font family="Noto Sans"/></chain></role>
  <role name="label"><chain><font family="Noto Sans"/></chain></role>
  <role name="mono"><chain><font family="Noto Sans"/></chain></role>
)";

std::string config_with(const std::string& body) {
    return std::string(
               "<fonts version=\"1\">\n"
               "  <family name=\"Noto Serif\" package=\"fonts-noto-core\"/>\n"
               "  <family name=\"Noto Sans\" package=\"fonts-noto-core\"/>\n"
               "  <family name=\"Noto Serif CJK JP\" package=\"fonts-noto-cjk\"/>\n") +
           body + kRoles + "</fonts>\n";
}

/// The diagnostics of loading `xml`, formatted one a line.
std::string problems(const std::string& xml) {
    Diagnostics diagnostics;
    (void)load_font_config_from_memory(xml, "fonts.xml", diagnostics);
    std::string out;
    for (const auto& d : diagnostics.all()) out += format_diagnostic(d) + "\n";
    return out;
}

TEST(TextFontConfig, ReadsRolesChainsAndFallback) {
    Diagnostics diagnostics;
    const FontConfig config = load_font_config_from_memory(
        config_with("  <role name=\"body\" weight=\"350\" bold-weight=\"600\">\n"
                    "    <chain><font family=\"Noto Serif\"/></chain>\n"
                    "    <chain lang=\"ja\"><font family=\"Noto Serif CJK JP\"/><font "
                    "family=\"Noto Serif\"/></chain>\n"
                    "  </role>\n"
                    "  <fallback><font family=\"Noto Sans\"/></fallback>\n"),
        "fonts.xml", diagnostics);
    ASSERT_FALSE(diagnostics.has_errors()) << problems(config_with(""));
    const FontRoleConfig* body = config.find_role("body");
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(body->weight, 350);
    EXPECT_EQ(body->bold_weight, 600);
    ASSERT_EQ(body->chain("ja").fonts.size(), 2u);
    EXPECT_EQ(body->chain("ja").fonts[0].family, "Noto Serif CJK JP");
    EXPECT_EQ(body->chain("ja").fonts[0].where, (SourceLocation{"fonts.xml", {7, 22}}));
    // A language without its own chain gets the default one.
    EXPECT_EQ(body->chain("ko").lang, "");
    EXPECT_EQ(body->chain("ko").fonts[0].family, "Noto Serif");
    ASSERT_EQ(config.fallback.size(), 1u);
    EXPECT_EQ(config.find_family("Noto Serif CJK JP")->package, "fonts-noto-cjk");
    EXPECT_EQ(config.find_role("caption"), nullptr);
}

TEST(TextFontConfig, ReportsSyntaxErrorsWithTheirPosition) {
    EXPECT_EQ(problems("<fonts>\n  <family name=\"x\" package=\"y\">\n</fonts>\n"),
              "fonts.xml:3:3: error: malformed XML: Start-end tags mismatch [fonts.xml-syntax]\n");
}

TEST(TextFontConfig, ReportsUndeclaredFamiliesAndBadAttributes) {
    EXPECT_EQ(
        problems(config_with(
            "  <role name=\"body\" weight=\"heavy\">\n"
            "    <chain><font family=\"Comic Sans\"/><font family=\"Noto Serif\"/></chain>\n"
            "    <chain lang=\"fr\"><font family=\"Noto Serif\"/></chain>\n"
            "  </role>\n")),
        "fonts.xml:5:3: error: weight=\"heavy\" is not an OpenType weight (1 to 1000, 400 regular, "
        "700 bold) [fonts.bad-weight]\n"
        "fonts.xml:6:12: error: family 'Comic Sans' is not declared (add <family name=\"...\" "
        "package=\"...\"/>) [fonts.unknown-family]\n"
        "fonts.xml:7:5: error: lang=\"fr\": a chain is for ja, ko, zh-Hans or zh-Hant (leave lang "
        "out for the default chain) [fonts.unknown-lang]\n");
}

TEST(TextFontConfig, ReportsMissingRolesChainsAndPackages) {
    const std::string xml =
        "<fonts>\n"
        "  <family name=\"Noto Serif\"/>\n"
        "  <role name=\"body\"><chain lang=\"ja\"><font family=\"Noto Serif\"/></chain></role>\n"
        "  <colour/>\n"
        "</fonts>\n";
    EXPECT_EQ(
        problems(xml),
        "fonts.xml:2:3: error: <family> needs a package attribute [fonts.missing-attribute]\n"
        "fonts.xml:3:3: error: role 'body' needs a <chain> without lang (Latin and other scripts) "
        "[fonts.no-default-chain]\n"
        "fonts.xml:4:3: error: unknown element <colour> (expected family, role or fallback) "
        "[fonts.unknown-element]\n"
        "fonts.xml:1:1: error: no <role name=\"heading\">: the layouts need it "
        "[fonts.missing-role]\n"
        "fonts.xml:1:1: error: no <role name=\"label\">: the layouts need it [fonts.missing-role]\n"
        "fonts.xml:1:1: error: no <role name=\"mono\">: the layouts need it "
        "[fonts.missing-role]\n");
}

TEST(TextFontConfig, ReportsDuplicates) {
    const std::string out = problems(
        config_with("  <family name=\"Noto Serif\" package=\"again\"/>\n"
                    "  <role name=\"body\"><chain><font family=\"Noto Serif\"/></chain>"
                    "<chain><font family=\"Noto Serif\"/></chain></role>\n"
                    "  <role name=\"body\"><chain><font family=\"Noto Serif\"/></chain></role>\n"));
    EXPECT_NE(out.find("fonts.xml:5:3: error: family 'Noto Serif' is already declared at line 2 "
                       "[fonts.duplicate-family]"),
              std::string::npos)
        << out;
    EXPECT_NE(
        out.find("fonts.xml:6:63: error: role 'body' already has a chain for the default language "
                 "[fonts.duplicate-chain]"),
        std::string::npos)
        << out;
    EXPECT_NE(out.find("fonts.xml:7:3: error: role 'body' is defined twice [fonts.duplicate-role]"),
              std::string::npos)
        << out;
}

TEST(TextFontConfig, TheShippedConfigurationLoadsCleanly) {
    Diagnostics diagnostics;
    const FontConfig config =
        load_font_config(std::string(BRIEFBOOK_TEST_SOURCE_DIR) + "/fonts/fonts.xml", diagnostics);
    EXPECT_EQ(diagnostics.all().size(), 0u);
    for (const auto role : kRequiredFontRoles) {
        const FontRoleConfig* found = config.find_role(role);
        ASSERT_NE(found, nullptr) << role;
        for (const char* lang : {"ja", "zh-Hans", "zh-Hant", "ko"})
            EXPECT_EQ(found->chain(lang).lang, lang) << role << " has no chain for " << lang;
    }
}

TEST(TextFontConfig, AnUnreadableFileIsReported) {
    Diagnostics diagnostics;
    (void)load_font_config("/nonexistent/fonts.xml", diagnostics);
    EXPECT_TRUE(diagnostics.contains("fonts.unreadable"));
}

}  // namespace
}  // namespace briefbook::text
