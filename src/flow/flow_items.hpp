#pragma once
// What composition hands to pagination: a flat sequence of measured blocks (paragraphs already
// broken into lines at their width, tables with their rows, images, breaks). Pagination decides
// only where pages end; it never re-breaks a paragraph.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "briefbook/units.hpp"
#include "render/display_list.hpp"

namespace briefbook::flow {

/// One line of text, drawn relative to its origin: x = 0 at the block's left edge, y = 0 on the
/// baseline. Layout of the glyphs inside the line is already final.
struct Line {
    Pt ascent;   ///< extent above the baseline
    Pt descent;  ///< extent below the baseline (positive)
    Pt advance;  ///< baseline-to-baseline distance to the next line (the style's leading, or more)
    std::vector<render::DisplayItem> items;  ///< glyph runs (and rules) relative to the origin
    std::vector<render::LinkArea> links;     ///< relative to the origin
};

/// A heading or the start of a section: what the running header shows from here on and what
/// the outline and the contents list.
struct Marker {
    std::string anchor;         ///< named destination at the block's top
    std::string outline_title;  ///< empty: not in the outline
    int outline_level = 0;      ///< 0 = top level
    std::optional<std::string> running_title;  ///< new section title for the running header
};

/// A paragraph (or heading) broken into lines.
struct ParagraphBlock {
    std::vector<Line> lines;
    Pt indent;  ///< left offset of every line from the frame's left edge
    Pt space_before;
    Pt space_after;
    bool keep_with_next = false;  ///< never the last thing on a page (headings)
    bool keep_together = false;   ///< moved whole to the next page rather than split
    int orphans = 2;              ///< minimum lines left at the bottom of a page
    int widows = 2;               ///< minimum lines carried to the top of the next page
    std::vector<Marker> markers;
    std::vector<render::DisplayItem> decorations;  ///< drawn relative to the first line's origin (bullets)
};

/// A cell's content: lines stacked from the cell's top-left content corner.
struct TableCell {
    std::vector<Line> lines;
    Pt x;      ///< left edge of the cell's content, relative to the table's left edge
    Pt width;  ///< content width
    std::optional<Color> background;
    std::vector<Marker> markers;
    /// Drawn relative to the cell's content corner (a photo, a logo), below or beside the lines
    /// as composition placed them; `items_height` is how much height they need.
    std::vector<render::DisplayItem> items;
    Pt items_height;
};

struct TableRow {
    std::vector<TableCell> cells;
    Pt padding_top;
    Pt padding_bottom;
    std::optional<Color> background;
    bool rule_below = true;
    bool keep_with_next = false;  ///< a day's heading row stays with its first session
};

/// A table: header rows repeated on every page it spans; body rows are never split.
struct TableBlock {
    Pt indent;
    Pt width;
    std::vector<TableRow> header;
    std::vector<TableRow> body;
    Pt space_before;
    Pt space_after;
    Color rule_color{0.6, 0.6, 0.6};
    std::vector<Marker> markers;
    /// Moved whole to the next page rather than split (a short table of facts), when it fits one.
    bool keep_together = false;
};

/// An image scaled to its box (aspect kept by composition), with an optional caption below.
struct ImageBlock {
    render::ImageId image;
    Pt indent;
    Pt width;
    Pt height;
    Pt space_before;
    Pt space_after;
    std::vector<Marker> markers;
};

/// Vertical space that disappears at the top of a page.
struct SpaceBlock {
    Pt height;
};

/// A forced break: to the next page, or to the next right-hand (odd) page in duplex books.
struct PageBreakBlock {
    bool to_recto = false;
};

/// Material drawn at a fixed place of the current page (cover pages, watermarks): not flowed.
struct FixedBlock {
    std::vector<render::DisplayItem> items;  ///< page coordinates
    std::vector<render::LinkArea> links;
    std::vector<Marker> markers;             ///< anchors at the top of the page
    bool suppress_running_heads = false;     ///< a cover: no header or footer on this page
};

using FlowItem = std::variant<ParagraphBlock, TableBlock, ImageBlock, SpaceBlock, PageBreakBlock, FixedBlock>;

/// The geometry pagination fills: page size and the text frame of right- and left-hand pages.
struct PageFrame {
    Pt page_width, page_height;
    Pt top, bottom;          ///< margins
    Pt inner, outer;         ///< margins; mirrored on left-hand pages when duplex
    bool duplex = true;
    [[nodiscard]] Pt frame_width() const { return page_width - inner - outer; }
    [[nodiscard]] Pt frame_height() const { return page_height - top - bottom; }
    /// Left edge of the text frame on page `index` (0-based: index 0 is a right-hand page).
    [[nodiscard]] Pt frame_left(std::size_t index) const {
        const bool verso = duplex && index % 2 == 1;
        return verso ? outer : inner;
    }
};

}  // namespace briefbook::flow
