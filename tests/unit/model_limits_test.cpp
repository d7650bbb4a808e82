// Hostile input: nesting and sizes a file can choose freely must meet a limit and a clear error,
// never a stack overflow or unbounded work.

#include <gtest/gtest.h>

#include "briefbook/load.hpp"

namespace briefbook::model {
namespace {

std::string repeat(std::string_view text, std::size_t times) {
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += text;
    return out;
}

std::string with_overview(std::string_view overview) {
    return "<briefing version=\"1\"><meta><title>T</title></meta><people/>\n<overview>" + std::string(overview) +
           "</overview></briefing>";
}

TEST(ModelLimits, VeryDeepInlineNestingIsRefusedWithoutRecursion) {
    constexpr std::size_t kDepth = 200000;  // far deeper than any C++ stack could recurse
    const std::string xml = with_overview("<p>" + repeat("<b>", kDepth) + "deep" + repeat("</b>", kDepth) + "</p>");
    Diagnostics diagnostics;
    const Briefing briefing = load_briefing_from_memory(xml, "t.xml", ".", diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "t.xml:2:206: error: inline markup nested more than 64 levels deep; the deeper content is left out "
              "[limit.depth]");
    EXPECT_TRUE(briefing.overview.blocks.at(0).content.empty());
}

TEST(ModelLimits, InlineDepthFollowsTheLimit) {
    LoadOptions options;
    options.limits.max_inline_depth = 3;
    const auto load = [&](std::size_t depth) {
        Diagnostics diagnostics;
        const std::string xml = with_overview("<p>" + repeat("<i>", depth) + "x" + repeat("</i>", depth) + "</p>");
        const Briefing b = load_briefing_from_memory(xml, "t.xml", ".", diagnostics, options);
        return std::pair{diagnostics.contains("limit.depth"), b.overview.blocks.at(0).content.size()};
    };
    EXPECT_EQ(load(3), (std::pair{false, std::size_t{1}}));
    EXPECT_EQ(load(4), (std::pair{true, std::size_t{0}}));
}

TEST(ModelLimits, DeepStructuresOutsideInlineContentAreNotWalked) {
    // Unknown elements are reported, not descended into; <title> text is gathered without recursion.
    constexpr std::size_t kDepth = 100000;
    const std::string xml = "<briefing version=\"1\"><meta><title>T" + repeat("<x>", kDepth) + "y" +
                            repeat("</x>", kDepth) + "</title></meta><people>" + repeat("<q>", kDepth) +
                            repeat("</q>", kDepth) + "</people></briefing>";
    Diagnostics diagnostics;
    const Briefing briefing = load_briefing_from_memory(xml, "t.xml", ".", diagnostics);
    EXPECT_EQ(briefing.meta.title.variants.at(0).text, "Ty");
    EXPECT_EQ(diagnostics.warning_count(), 2u);  // <x> in <title>, <q> in <people>: once each
    EXPECT_FALSE(diagnostics.has_errors());
}

TEST(ModelLimits, ListDepthFollowsTheLimit) {
    LoadOptions options;
    options.limits.max_list_depth = 2;
    Diagnostics diagnostics;
    const std::string xml = with_overview("<ul><li>1<ul><li>2<ul><li>3</li></ul></li></ul></li></ul>");
    const Briefing briefing = load_briefing_from_memory(xml, "t.xml", ".", diagnostics, options);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "t.xml:2:29: error: lists nested more than 2 levels deep; the deeper ones are left out [limit.depth]");
    EXPECT_EQ(briefing.overview.blocks.size(), 2u);
}

TEST(ModelLimits, ParagraphLength) {
    LoadOptions options;
    options.limits.max_paragraph_bytes = 10;
    Diagnostics diagnostics;
    (void)load_briefing_from_memory(with_overview("<p>0123456789</p><p>0123456789A</p>"), "t.xml", ".", diagnostics,
                                    options);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "t.xml:2:28: error: a paragraph of 11 bytes is longer than the limit of 10 bytes [limit.paragraph]");
}

TEST(ModelLimits, FileSizeIsCheckedBeforeReading) {
    LoadOptions options;
    options.limits.max_file_bytes = 10;
    Diagnostics diagnostics;
    const auto sample = std::filesystem::path(BRIEFBOOK_TEST_SOURCE_DIR) / "tests/data/model/valid-full.xml";
    (void)load_briefing(sample, diagnostics, options);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(diagnostics.all()[0].code, "limit.file-size");
    EXPECT_EQ(diagnostics.all()[0].where.position.line, 0u);
}

TEST(ModelLimits, EndlessDevicesAreReadOnlyUpToTheLimit) {
    LoadOptions options;
    options.limits.max_file_bytes = 1000;
    Diagnostics diagnostics;
    (void)load_briefing("/dev/zero", diagnostics, options);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "/dev/zero: error: the file is larger than the limit of 1000 bytes [limit.file-size]");
}

TEST(ModelLimits, ManyEntitiesDoNotExpand) {
    // A "billion laughs" file: the DOCTYPE is refused and nothing is expanded.
    const std::string xml =
        "<!DOCTYPE briefing [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
        "<briefing version=\"1\"><meta><title>&c;</title></meta><people/></briefing>";
    Diagnostics diagnostics;
    const Briefing briefing = load_briefing_from_memory(xml, "t.xml", ".", diagnostics);
    EXPECT_TRUE(diagnostics.contains("xml.doctype"));
    EXPECT_TRUE(diagnostics.contains("xml.entity"));
    EXPECT_LE(briefing.meta.title.variants.at(0).text.size(), 3u);
}

}  // namespace
}  // namespace briefbook::model
