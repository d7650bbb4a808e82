#include "pdf/font_codes.hpp"

#include <cassert>

namespace briefbook::pdf {

std::uint16_t FontCodes::code(text::GlyphId glyph) const {
    const auto it = code_of_glyph.find(glyph);
    assert(it != code_of_glyph.end() && "glyph missing from its font's subset");
    return it == code_of_glyph.end() ? 0 : it->second;
}

double FontCodes::width(std::uint16_t code) const {
    const auto it = width_of_code.find(code);
    assert(it != width_of_code.end() && "code missing from its font's widths");
    return it == width_of_code.end() ? 0.0 : it->second;
}

}  // namespace briefbook::pdf
