#pragma once

#include "text/font_face.hpp"

namespace briefbook::text {

/// Turns a FontId back into its face: what the stages after shaping (line breaking, the PDF
/// writer, the text trace) need from the font system. FontRegistry implements it; tests may use
/// a plain list of faces.
class FontTable {
public:
    virtual ~FontTable() = default;
    /// The face with this id. The id must come from this table (a bug otherwise).
    [[nodiscard]] virtual const FontFace& face(FontId id) const = 0;
    /// Number of faces: valid ids are 0 .. size()-1.
    [[nodiscard]] virtual std::size_t size() const = 0;
};

}  // namespace briefbook::text
