#pragma once
// How the content stream selects and measures the glyphs of one embedded font.

#include <cstdint>
#include <map>
#include <string>

#include "text/font_face.hpp"

namespace briefbook::pdf {

/// One face as the PDF writes it: its resource name, the 2-byte code of each original glyph (a CID
/// for CFF fonts, a subset glyph id for TrueType fonts), and each code's width as the font's W
/// array states it, in 1/1000 of the font size.
struct FontCodes {
    std::string resource;
    std::map<text::GlyphId, std::uint16_t> code_of_glyph;
    std::map<std::uint16_t, double> width_of_code;

    /// The code of a glyph the document draws (any other glyph is a bug).
    [[nodiscard]] std::uint16_t code(text::GlyphId glyph) const;
    /// The width a reader advances after drawing `code`.
    [[nodiscard]] double width(std::uint16_t code) const;
};

}  // namespace briefbook::pdf
