#pragma once
// The output of itemize and shape: runs of glyphs from one face, each glyph linked back to the
// bytes of the source text it draws (its cluster), as HarfBuzz returns them.

#include <cstdint>
#include <string>
#include <vector>

#include "briefbook/units.hpp"
#include "text/font_face.hpp"
#include "text/styled_text.hpp"

namespace briefbook::text {

/// ISO 15924 script as a four-letter tag ('Latn', 'Hani', 'Hira', 'Kana'), the form HarfBuzz uses.
using ScriptTag = std::uint32_t;

/// A maximal range of text with one script, one language and one style (itemize's output).
struct TextRun {
    std::uint32_t begin = 0;  ///< byte offsets into StyledText::text
    std::uint32_t end = 0;
    ScriptTag script = 0;
    std::string lang;  ///< resolved: Han inside `ja` is "ja", with no CJK language the layout default
    std::uint32_t style = 0;
};

/// One shaped glyph. Advances and offsets are already in points at the run's size.
struct ShapedGlyph {
    GlyphId id = 0;
    std::uint32_t cluster = 0;  ///< byte offset into StyledText::text of the glyph's cluster
    Pt advance;
    Pt x_offset;
    Pt y_offset;
};

/// Glyphs from one face at one size, in visual order (all our text is left to right).
struct GlyphRun {
    std::uint32_t begin = 0;  ///< byte range of the source text the run covers
    std::uint32_t end = 0;
    FontId font;
    Pt size;
    ScriptTag script = 0;
    std::string lang;
    std::uint32_t style = 0;  ///< index into StyledText::styles
    std::vector<ShapedGlyph> glyphs;
};

/// A shaped paragraph: the source it came from and its glyph runs in text order.
struct ShapedText {
    StyledText source;
    std::vector<GlyphRun> runs;
};

}  // namespace briefbook::text
