#include <gtest/gtest.h>

#include <string>

#include "flow/paginate.hpp"

namespace briefbook::flow {
namespace {

using render::GlyphRunItem;

/// A line whose only item is a glyph run carrying `label` as its text, 12 pt tall.
Line make_line(const std::string& label, Pt advance = Pt(12)) {
    Line line;
    line.ascent = Pt(8);
    line.descent = Pt(2);
    line.advance = advance;
    GlyphRunItem run;
    run.text = label;
    run.size = Pt(10);
    line.items.emplace_back(run);
    return line;
}

ParagraphBlock make_paragraph(const std::string& prefix, int lines) {
    ParagraphBlock p;
    for (int i = 0; i < lines; ++i) p.lines.push_back(make_line(prefix + std::to_string(i)));
    return p;
}

/// A one-line heading "H0", kept with what follows.
ParagraphBlock make_heading() {
    ParagraphBlock heading = make_paragraph("H", 1);
    heading.keep_with_next = true;
    return heading;
}

/// A frame with room for exactly `lines` lines of 12 pt.
PageFrame frame_for_lines(int lines, bool duplex = false) {
    PageFrame frame;
    frame.page_width = Pt(200);
    frame.top = Pt(10);
    frame.bottom = Pt(10);
    frame.inner = Pt(20);
    frame.outer = Pt(10);
    frame.page_height = Pt(12.0 * lines + 20);
    frame.duplex = duplex;
    return frame;
}

std::vector<std::string> texts_on(const PaginatedPage& page) {
    std::vector<std::string> out;
    for (const auto& item : page.page.items)
        if (const auto* run = std::get_if<GlyphRunItem>(&item)) out.push_back(run->text);
    return out;
}

Pagination run(const std::vector<FlowItem>& flow, const PageFrame& frame) {
    Diagnostics diagnostics;
    auto result = paginate(flow, frame, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    return result;
}

TEST(Paginate, FillsPagesLineByLine) {
    auto result = run({make_paragraph("L", 25)}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 3u);
    EXPECT_EQ(texts_on(result.pages[0]).size(), 10u);
    EXPECT_EQ(texts_on(result.pages[1]).size(), 10u);
    EXPECT_EQ(texts_on(result.pages[2]).size(), 5u);
    // Baselines follow the line-box model: top margin + half leading + ascent.
    const auto& first = std::get<GlyphRunItem>(result.pages[0].page.items[0]);
    EXPECT_DOUBLE_EQ(first.y.value, 10 + 1 + 8);
    EXPECT_DOUBLE_EQ(first.x.value, 20);
}

TEST(Paginate, CarriesAtLeastTwoLinesOverToAvoidAWidow) {
    auto result = run({make_paragraph("L", 11)}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[0]).size(), 9u);
    EXPECT_EQ(texts_on(result.pages[1]).size(), 2u);
}

TEST(Paginate, MovesAParagraphRatherThanLeaveAnOrphan) {
    auto result = run({make_paragraph("A", 9), make_paragraph("B", 5)}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[0]), (std::vector<std::string>{"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"}));
    EXPECT_EQ(texts_on(result.pages[1]).front(), "B0");
}

TEST(Paginate, KeepsAHeadingWithTheFirstLinesOfWhatFollows) {
    auto heading = make_heading();
    auto result = run({make_paragraph("A", 8), heading, make_paragraph("B", 4)}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[0]).back(), "A7");
    EXPECT_EQ(texts_on(result.pages[1]).front(), "H0");
}

TEST(Paginate, KeepsAHeadingWithAParagraphTooShortToSplit) {
    // Three lines cannot be split with two orphans and two widows, so the whole paragraph moves,
    // and the heading before it must move too: room for the heading and two lines is not enough.
    auto heading = make_heading();
    auto result = run({make_paragraph("A", 7), heading, make_paragraph("B", 3)}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[0]).back(), "A6");
    EXPECT_EQ(texts_on(result.pages[1]), (std::vector<std::string>{"H0", "B0", "B1", "B2"}));
}

TEST(Paginate, CountsAHeadingsSpaceAfterInWhatItKeeps) {
    // The heading and two lines of what follows fill the page exactly, but the heading's space
    // after pushes the second line off: the heading moves with the paragraph.
    auto heading = make_heading();
    heading.space_after = Pt(6);
    auto result = run({make_paragraph("A", 7), heading, make_paragraph("B", 4)}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[0]).back(), "A6");
    EXPECT_EQ(texts_on(result.pages[1]).front(), "H0");
}

TEST(Paginate, KeepTogetherMovesAShortBlockWhole) {
    auto block = make_paragraph("K", 4);
    block.keep_together = true;
    auto result = run({make_paragraph("A", 7), block}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[1]).size(), 4u);
}

TableRow make_row(const std::string& label) {
    TableRow row;
    TableCell cell;
    cell.lines.push_back(make_line(label));
    cell.width = Pt(100);
    row.cells.push_back(cell);
    return row;
}

TEST(Paginate, RepeatsTheTableHeaderAndNeverSplitsARow) {
    TableBlock table;
    table.width = Pt(150);
    table.header.push_back(make_row("header"));
    for (int i = 0; i < 30; ++i) table.body.push_back(make_row("row" + std::to_string(i)));
    auto result = run({table}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 4u);  // 9 rows a page under the header: 9 + 9 + 9 + 3
    int rows_seen = 0;
    for (const auto& page : result.pages) {
        const auto texts = texts_on(page);
        ASSERT_FALSE(texts.empty());
        EXPECT_EQ(texts.front(), "header");
        for (const auto& t : texts) {
            if (t != "header") {
                EXPECT_EQ(t, "row" + std::to_string(rows_seen));
                ++rows_seen;
            }
        }
    }
    EXPECT_EQ(rows_seen, 30);
}

TEST(Paginate, StartsSectionsOnRightHandPagesWithBlankVersos) {
    FixedBlock cover;
    cover.suppress_running_heads = true;
    cover.markers.push_back({"cover", "", 0, std::nullopt});
    auto section_a = make_paragraph("A", 3);
    section_a.markers.push_back({"a", "Section A", 0, std::string("Section A")});
    auto section_b = make_paragraph("B", 3);
    section_b.markers.push_back({"b", "Section B", 0, std::string("Section B")});
    auto result = run({cover, PageBreakBlock{true}, section_a, PageBreakBlock{true}, section_b},
                      frame_for_lines(10, /*duplex=*/true));
    ASSERT_EQ(result.pages.size(), 5u);
    EXPECT_TRUE(result.pages[0].suppress_running_heads);
    EXPECT_TRUE(result.pages[1].blank);
    EXPECT_TRUE(texts_on(result.pages[1]).empty());
    EXPECT_EQ(texts_on(result.pages[2]).front(), "A0");
    EXPECT_TRUE(result.pages[3].blank);
    EXPECT_EQ(result.pages[4].running_title, "Section B");
    EXPECT_TRUE(result.pages[4].opens_section);
    EXPECT_FALSE(result.pages[0].opens_section);
    EXPECT_EQ(result.anchor_pages.at("a"), 2u);
    EXPECT_EQ(result.anchor_pages.at("b"), 4u);
    // Mirrored margins: the inner margin is on the left of right-hand pages only.
    EXPECT_DOUBLE_EQ(std::get<GlyphRunItem>(result.pages[2].page.items[0]).x.value, 20);
}

TEST(Paginate, AConsecutiveBreakDoesNotLeaveAnEmptyPage) {
    auto result = run({make_paragraph("A", 2), PageBreakBlock{}, PageBreakBlock{}, make_paragraph("B", 2), PageBreakBlock{}},
                      frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
}

TEST(Paginate, NestsOutlineEntriesByLevel) {
    auto a = make_paragraph("A", 1);
    a.markers.push_back({"a", "People", 0, std::nullopt});
    auto b = make_paragraph("B", 1);
    b.markers.push_back({"b", "SONG Ruilin 宋瑞霖", 1, std::nullopt});
    auto c = make_paragraph("C", 1);
    c.markers.push_back({"c", "Organizations", 0, std::nullopt});
    auto result = run({a, b, c}, frame_for_lines(10));
    ASSERT_EQ(result.outline.size(), 2u);
    ASSERT_EQ(result.outline[0].children.size(), 1u);
    EXPECT_EQ(result.outline[0].children[0].title, "SONG Ruilin 宋瑞霖");
    EXPECT_EQ(result.outline[0].children[0].destination, "b");
    EXPECT_EQ(result.outline[1].title, "Organizations");
}

TEST(Paginate, KeepsAShortTableTogether) {
    TableBlock facts;
    facts.keep_together = true;
    for (int i = 0; i < 4; ++i) facts.body.push_back(make_row("fact" + std::to_string(i)));
    auto result = run({make_paragraph("A", 7), facts}, frame_for_lines(10));
    ASSERT_EQ(result.pages.size(), 2u);
    EXPECT_EQ(texts_on(result.pages[1]).size(), 4u);
    EXPECT_EQ(texts_on(result.pages[1]).front(), "fact0");
}

TEST(Paginate, WarnsWhenARowIsTallerThanAPage) {
    TableBlock table;
    TableRow tall;
    TableCell cell;
    for (int i = 0; i < 12; ++i) cell.lines.push_back(make_line("x"));
    tall.cells.push_back(cell);
    table.body.push_back(tall);
    Diagnostics diagnostics;
    auto result = paginate({table}, frame_for_lines(10), diagnostics);
    EXPECT_TRUE(diagnostics.contains("layout.overfull"));
    EXPECT_EQ(result.pages.size(), 1u);
}

}  // namespace
}  // namespace briefbook::flow
