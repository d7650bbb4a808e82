// Limits against hostile input that are not the model's own (model_limits_test.cpp has those):
// how many diagnostics a file may produce, how many pages a book may have, how many layout passes
// it may take.

#include <gtest/gtest.h>

#include <string>

#include "book/compose_book.hpp"
#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "flow/paginate.hpp"
#include "layout/labels.hpp"
#include "layout/layout_file.hpp"
#include "text/font_registry.hpp"

namespace briefbook {
namespace {

TEST(DiagnosticsLimit, KeepsErrorsAndWarningsEachUpToTheLimitAndCountsTheRest) {
    Diagnostics diagnostics;
    diagnostics.keep_at_most(2);
    for (int i = 0; i < 5; ++i) diagnostics.warning({"f", {1, 1}}, "w", "warning");
    diagnostics.error({"f", {2, 1}}, "e", "a late error is kept although warnings filled their share");
    diagnostics.error({"f", {3, 1}}, "e", "error");
    diagnostics.error({"f", {4, 1}}, "e", "error");
    EXPECT_EQ(diagnostics.all().size(), 4u);
    EXPECT_EQ(diagnostics.all()[2].where.position.line, 2u);
    EXPECT_EQ(diagnostics.warning_count(), 5u);
    EXPECT_EQ(diagnostics.error_count(), 3u);
    EXPECT_EQ(diagnostics.dropped(), 4u);
    EXPECT_EQ(diagnostics.dropped_errors(), 1u);
}

/// A briefing with `count` unknown elements (warnings), one a line, then a dangling reference.
std::string many_warnings(int count) {
    std::string xml = "<briefing version=\"1\"><meta><title>T</title><timezone>UTC</timezone></meta>\n";
    for (int i = 0; i < count; ++i) xml += "<unknown/>\n";
    return xml + "<sessions><session id=\"s\" host=\"nobody\" start=\"2024-01-01T09:00\" end=\"2024-01-01T10:00\">"
                 "<title>S</title></session></sessions></briefing>";
}

TEST(DiagnosticsLimit, ALoadedFileListsTheFirstProblemsAndSumsUpTheRest) {
    LoadOptions options;
    options.limits.max_diagnostics = 3;
    Diagnostics diagnostics;
    (void)load_briefing_from_memory(many_warnings(10), "t.xml", ".", diagnostics, options);
    ASSERT_EQ(diagnostics.all().size(), 5u);  // three warnings, the error, the summary
    EXPECT_EQ(diagnostics.all()[0].where.position.line, 2u);
    EXPECT_EQ(diagnostics.all()[3].code, "ref.unknown");
    EXPECT_EQ(format_diagnostic(diagnostics.all()[4]),
              "t.xml: warning: 7 more warnings not shown (at most 3 errors and as many warnings are listed) "
              "[limit.diagnostics]");
    EXPECT_TRUE(diagnostics.has_errors());
}

TEST(DiagnosticsLimit, HiddenErrorsMakeTheSummaryAnError) {
    LoadOptions options;
    options.limits.max_diagnostics = 1;
    std::string xml = "<briefing version=\"1\"><meta><title>T</title></meta><people>\n";
    for (int i = 0; i < 4; ++i) xml += "<person/>\n";  // no id: an error; no name: a warning
    xml += "</people></briefing>";
    Diagnostics diagnostics;
    (void)load_briefing_from_memory(xml, "t.xml", ".", diagnostics, options);
    ASSERT_FALSE(diagnostics.all().empty());
    EXPECT_EQ(format_diagnostic(diagnostics.all().back()),
              "t.xml: error: 6 more problems not shown, 3 of them errors (at most 1 errors and as many warnings "
              "are listed) [limit.diagnostics]");
}

TEST(DiagnosticsLimit, ManyWarningsCostLittleMemoryAndTime) {
    // One line, so that each diagnostic's column is far along it (the quadratic case of before).
    std::string xml = "<briefing version=\"1\"><meta><title>T</title></meta><people>";
    for (int i = 0; i < 300'000; ++i) xml += "<x/>";
    xml += "</people></briefing>";
    Diagnostics diagnostics;
    (void)load_briefing_from_memory(xml, "t.xml", ".", diagnostics);
    ASSERT_EQ(diagnostics.all().size(), limits::kMaxDiagnostics + 1);  // and the summary
    EXPECT_EQ(diagnostics.all().back().message,
              "299000 more warnings not shown (at most 1000 errors and as many warnings are listed)");
}

flow::ParagraphBlock lines(int count) {
    flow::ParagraphBlock paragraph;
    for (int i = 0; i < count; ++i) {
        flow::Line line;
        line.ascent = Pt(8);
        line.descent = Pt(2);
        line.advance = Pt(12);
        paragraph.lines.push_back(line);
    }
    return paragraph;
}

TEST(PageLimit, PaginationStopsAtTheLimit) {
    flow::PageFrame frame;
    frame.page_width = Pt(200);
    frame.page_height = Pt(12.0 * 10);  // ten lines a page
    Diagnostics diagnostics;
    const auto within = flow::paginate({lines(30)}, frame, diagnostics, {}, 3);
    EXPECT_FALSE(within.over_page_limit);
    EXPECT_EQ(within.pages.size(), 3u);
    const auto over = flow::paginate({lines(100'000)}, frame, diagnostics, {}, 3);
    EXPECT_TRUE(over.over_page_limit);
    EXPECT_EQ(over.pages.size(), 3u);
    EXPECT_FALSE(diagnostics.has_errors());  // the caller says what it means for the book
}

TEST(PageLimit, ABookOverTheLimitIsRefusedWithALocatedError) {
    const std::filesystem::path source = BRIEFBOOK_TEST_SOURCE_DIR;
    const auto file = source / "tests/data/model/valid-full.xml";
    Diagnostics diagnostics;
    const auto briefing = load_briefing(file, diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    const Engine engine(source);
    BuildOptions options;
    options.max_pages = 4;  // the book has 15
    EXPECT_FALSE(engine.build(briefing, options, diagnostics));
    ASSERT_TRUE(diagnostics.contains("limit.pages"));
    EXPECT_EQ(format_diagnostic(diagnostics.all().back()),
              file.string() + ": error: the book would have more than 4 pages (the limit); it is not made [limit.pages]");
    Diagnostics again;
    options.max_pages = 15;
    const auto book = engine.build(briefing, options, again);
    ASSERT_TRUE(book);
    EXPECT_EQ(book->pages, 15u);
}

/// Warnings about unsettled page numbers when the valid sample is composed in at most
/// `max_passes` passes.
std::size_t unstable_page_warnings(int max_passes) {
    const std::filesystem::path source = BRIEFBOOK_TEST_SOURCE_DIR;
    Diagnostics diagnostics;
    const auto briefing = load_briefing(source / "tests/data/model/valid-full.xml", diagnostics);
    const auto layout = layout::load_layout("a4", source, diagnostics);
    const auto labels = layout::load_labels(briefing.lang, source, diagnostics, {});
    const auto fonts = text::load_font_registry(source / "fonts/fonts.xml", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    text::Shaper shaper(*fonts);
    const auto hyphenator = para::Hyphenator::english();
    book::BookOptions options;
    options.max_passes = max_passes;
    const auto document = book::compose_book(briefing, layout, labels, shaper, hyphenator, options, diagnostics);
    EXPECT_FALSE(document.pages.empty());
    std::size_t count = 0;
    for (const auto& d : diagnostics.all()) {
        if (d.code != "layout.unstable-pages") continue;
        EXPECT_EQ(d.message, "page numbers did not settle after " + std::to_string(max_passes) +
                                 " layout passes; some may be off by a page");
        ++count;
    }
    return count;
}

TEST(PassLimit, CompositionStopsAfterTheLastPassAndSaysSo) {
    // One pass cannot know the page numbers the contents print; the default settles.
    EXPECT_EQ(unstable_page_warnings(1), 1u);
    EXPECT_EQ(unstable_page_warnings(limits::kMaxLayoutPasses), 0u);
}

}  // namespace
}  // namespace briefbook
