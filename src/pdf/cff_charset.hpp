#pragma once
// Just enough of a CFF reader to learn which CID each glyph of a CFF font program carries: the
// codes a PDF content stream must use with a CIDFontType0 font.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace briefbook::pdf {

/// What the PDF writer needs from a bare CFF table.
struct CffCharset {
    bool cid_keyed = false;  ///< the Top DICT has ROS: CIDs select glyphs through the charset
    /// cid_of_glyph[gid]: the CID of each glyph when cid_keyed (gid 0 is CID 0), else the SID.
    std::vector<std::uint16_t> cid_of_glyph;
};

/// Reads the Top DICT and charset of a CFF table (not an OpenType wrapper). Returns nothing when
/// the bytes are not a CFF font the reader understands; that is a bug in whoever produced them.
[[nodiscard]] std::optional<CffCharset> read_cff_charset(std::string_view cff);

}  // namespace briefbook::pdf
