#pragma once
// A finished line as display items: what the layout stage puts on a page.

#include <vector>

#include "para/line.hpp"
#include "para/prepared_paragraph.hpp"
#include "render/display_list.hpp"

namespace briefbook::para {

/// One GlyphRunItem per run on `line`, with the line's start edge at `x` and its baseline at
/// `baseline_y` (page coordinates, y down). Each item's text is the source text of its glyphs and
/// their clusters are byte offsets into it; an inserted hyphen maps to a SOFT HYPHEN (U+00AD)
/// appended to the text, the character PDF's text extraction expects for a line-end hyphen.
[[nodiscard]] std::vector<render::GlyphRunItem> line_to_glyph_runs(
    const PreparedParagraph& paragraph, const Line& line, Pt x, Pt baseline_y);

}  // namespace briefbook::para
