#pragma once
// One face of the document as a PDF Type0 font with a subset CIDFont, written by us rather than by
// PoDoFo's text drawing (which re-encodes Unicode and loses shaping).

#include <string>

#include "pdf/font_codes.hpp"
#include "pdf/glyph_text.hpp"
#include "pdf/pdf_objects.hpp"
#include "text/font_face.hpp"

namespace briefbook::pdf {

/// A face written into the document.
struct EmbeddedFont {
    FontCodes codes;
    PoDoFo::PdfReference reference;  ///< the Type0 font dictionary pages put in their resources
};

/// Writes the face `font` as a Type0 font (Identity-H) over a CIDFontType0 (CFF outlines, the bare
/// CFF table as FontFile3 /CIDFontType0C, codes are the CFF's CIDs) or CIDFontType2 (TrueType
/// outlines as FontFile2, codes are subset glyph ids, /CIDToGIDMap /Identity), subset to the
/// glyphs `glyph_text` lists for it, with widths, descriptor metrics, a subset tag derived from
/// the glyph set and a ToUnicode CMap. `resource` is its name in page resources ("F1").
[[nodiscard]] EmbeddedFont embed_cid_font(PoDoFo::PdfVecObjects& objects,
                                          const text::FontFace& face, text::FontId font,
                                          const GlyphTextMap& glyph_text, std::string resource,
                                          bool compress);

/// The six capital letters that mark a subset font's name ("ABCDEF+NotoSansCJKjp-Regular"), from
/// the face's PostScript name and the codes it keeps: the same glyph set gives the same tag.
[[nodiscard]] std::string subset_tag(const std::string& postscript_name,
                                     const std::map<text::GlyphId, std::uint16_t>& code_of_glyph);

}  // namespace briefbook::pdf
