#pragma once
// Tables with column widths from their content (the automatic table layout of CSS 2.1, 17.5.2.2):
// each cell is shaped once, measured for its narrowest and widest sensible width, and broken at
// the width its column gets. Cells are set ragged-right: justification in narrow cells opens holes.

#include <optional>
#include <vector>

#include "book/book_context.hpp"
#include "flow/flow_items.hpp"

namespace briefbook::book {

/// One cell before layout.
struct CellContent {
    RichText text;
    layout::StyleRole role = layout::StyleRole::kTableCell;
    layout::Alignment align = layout::Alignment::kStart;
    std::vector<flow::Marker> markers;
    /// Fixed content above the text (a photo): drawn at the cell's content corner.
    std::vector<render::DisplayItem> items;
    Pt items_width, items_height;
};

using RowContent = std::vector<CellContent>;

struct TableOptions {
    Pt width;                       ///< the table's width (the measure)
    Pt padding{4};                  ///< left and right inside each cell
    Pt padding_vertical{3};         ///< above and below the text of each row
    std::optional<Color> header_background = Color{0.92, 0.93, 0.95};
    bool rules = true;              ///< a hairline under each row
    /// Fractions of the width columns must at least get (0: content decides).
    std::vector<double> min_fraction;
    /// Columns that take only the width their widest content needs (dates, times).
    std::vector<bool> shrink_to_fit;
};

/// How a body row stands out from the others.
struct RowFlags {
    bool keep_with_next = false;  ///< a group's heading row stays with the group's first row
    bool shaded = false;          ///< a group heading: the header background
};

/// A table block; `flags[i]` applies to body row i (missing entries: no flags).
flow::TableBlock build_table(const BookContext& context, const RowContent& header, const std::vector<RowContent>& body,
                             const TableOptions& options, const std::vector<RowFlags>& flags = {});

/// Widths for columns with these minimum and maximum content widths in `available` (exported for
/// tests): every column at least its minimum, the rest shared in proportion to what each wants.
/// When the minimums (names whole) do not fit, `breakable_min_widths` (names may break; empty:
/// the same as the minimums) are the floor, and the columns share the rest towards their minimums.
std::vector<Pt> column_widths(const std::vector<Pt>& min_widths, const std::vector<Pt>& max_widths, Pt available,
                              const std::vector<bool>& shrink_to_fit = {},
                              const std::vector<Pt>& breakable_min_widths = {});

}  // namespace briefbook::book
