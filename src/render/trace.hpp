#pragma once
// The text trace: what goes to the PDF, and what shaping produced, as stable text for golden tests
// and `briefbook dump`. Numbers are rounded (lengths to 0.01 pt) and printed independently of the
// locale; fonts are named by their PostScript names, listed with their files in a header so that a
// golden file pins the fonts it was made with.

#include <string>

#include "render/display_list.hpp"
#include "text/font_table.hpp"
#include "text/shaped_text.hpp"

namespace briefbook::render {

/// Dumps a document: info, the fonts it uses (PostScript name = file#face), images, then each page
/// with its items (glyph runs with font, size, colour, origin, language, source text and glyphs as
/// `[id=cluster@x,y+advance|...]`; rectangles; lines; images), links and anchors, and the outline.
[[nodiscard]] std::string trace_document(const RenderedDocument& document,
                                         const text::FontTable& fonts);

/// Dumps a shaped paragraph: the fonts it uses, the text, then one entry per glyph run (byte
/// range, script, language, font, size, style, its text) with its glyphs as
/// `[id=cluster+advance@x_offset,y_offset|...]` (offsets only when not zero).
[[nodiscard]] std::string trace_shaped_text(const text::ShapedText& shaped,
                                            const text::FontTable& fonts);

/// A number rounded to `decimals` places, with a '.' whatever the locale, and never "-0.00".
[[nodiscard]] std::string format_number(double value, int decimals = 2);

}  // namespace briefbook::render
