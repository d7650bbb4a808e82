#pragma once
// A face reduced to the glyphs one document draws, in the form a PDF embeds (hb-subset wrapper).
// HarfBuzz stays in this file's .cpp; the PDF writer sees bytes and glyph-id maps.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "text/font_face.hpp"

namespace briefbook::text {

/// The outline format of a subset, which decides how a PDF embeds it.
enum class OutlineFormat {
    kUnknown,
    kTrueType,  ///< `program` is a whole sfnt with glyf outlines (PDF FontFile2)
    kCff,       ///< `program` is the bare 'CFF ' table (PDF FontFile3 /CIDFontType0C)
};

/// A subset font program and where each original glyph went in it.
struct FontSubset {
    OutlineFormat format = OutlineFormat::kUnknown;
    std::string program;
    /// (original glyph id, glyph id in the subset), sorted by original id; always holds .notdef.
    std::vector<std::pair<GlyphId, GlyphId>> glyph_map;

    /// The subset's glyph id for an original glyph id; the glyph must have been requested (a bug
    /// otherwise).
    [[nodiscard]] GlyphId new_glyph(GlyphId original) const;
};

/// Subsets `face` to `glyphs` (plus .notdef) with hb-subset. The result holds exactly those glyphs:
/// layout tables (GSUB, GPOS, GDEF, BASE, JSTF, MATH) and the cmap are left out, so nothing pulls
/// in alternates the document does not draw; hinting is dropped (PDF viewers do not need it) and
/// CFF charstrings are desubroutinized.
/// Throws briefbook::Error (code "font.subset-failed") when HarfBuzz cannot subset the face.
[[nodiscard]] FontSubset subset_font(const FontFace& face, std::span<const GlyphId> glyphs);

}  // namespace briefbook::text
