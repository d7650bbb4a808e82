#pragma once
// What text each drawn glyph stands for: the source of the ToUnicode maps and of the ActualText
// spans, built from the cluster links of the display list (each glyph's cluster is a byte offset
// into its run's text).

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "render/display_list.hpp"

namespace briefbook::pdf {

/// Consecutive glyphs of a run that stand together for one stretch of the run's text.
struct ClusterSpan {
    std::size_t first_glyph = 0;  ///< index into GlyphRunItem::glyphs
    std::size_t glyph_count = 0;
    std::size_t text_begin = 0;  ///< byte range of GlyphRunItem::text
    std::size_t text_end = 0;
};

/// Splits a run into its clusters, in glyph order. A cluster's text runs from its offset to the
/// next larger cluster offset of the run (or the end of the text). Clusters past the text are a
/// bug.
[[nodiscard]] std::vector<ClusterSpan> split_clusters(const render::GlyphRunItem& run);

/// For every face of a document: the glyphs it draws and the one text each glyph's ToUnicode entry
/// gives. A glyph can have only one entry, so where a glyph stands for different text in different
/// places (a compatibility ideograph and its unified form share a glyph; a ligature; a cluster of
/// several glyphs) the entry takes the most frequent reading, never a look-alike radical or
/// compatibility code point when a real one exists, and the other places need ActualText.
class GlyphTextMap {
  public:
    /// Scans every glyph run of the document.
    explicit GlyphTextMap(const render::RenderedDocument& document);

    /// The faces the document draws with, in FontId order.
    [[nodiscard]] std::vector<text::FontId> fonts() const;
    /// The glyphs one face draws, sorted and unique; empty for a face the document does not use.
    [[nodiscard]] const std::vector<text::GlyphId>& glyphs(text::FontId font) const;
    /// The text of a glyph's ToUnicode entry, or nullptr when nothing tells what it stands for.
    [[nodiscard]] const std::u32string* unicode(text::FontId font, text::GlyphId glyph) const;
    /// True when the ToUnicode entries of the cluster's glyphs do not spell the cluster's text, so
    /// the content stream must say it with ActualText.
    [[nodiscard]] bool needs_actual_text(const render::GlyphRunItem& run,
                                         const ClusterSpan& cluster) const;

  private:
    struct Face {
        std::vector<text::GlyphId> glyphs;
        std::map<text::GlyphId, std::u32string> unicode;
    };
    std::map<std::uint32_t, Face> faces_;
};

}  // namespace briefbook::pdf
