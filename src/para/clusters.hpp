#pragma once
// The units the composer works on: a shaped paragraph's clusters (the glyphs HarfBuzz keeps
// together and the source bytes they draw), in text order, measured and classified.

#include <cstdint>
#include <vector>

#include "briefbook/units.hpp"
#include "para/char_class.hpp"
#include "para/language_rules.hpp"
#include "text/shaped_text.hpp"

namespace briefbook::para {

/// One cluster of one glyph run.
struct Cluster {
    std::uint32_t begin = 0;  ///< source bytes [begin, end)
    std::uint32_t end = 0;
    std::uint32_t run = 0;          ///< index into ShapedText::runs
    std::uint32_t glyph_begin = 0;  ///< the run's glyphs [glyph_begin, glyph_end)
    std::uint32_t glyph_end = 0;
    Pt advance;          ///< sum of the glyph advances, as shaped
    Pt em;               ///< the run's font size
    char32_t first = 0;  ///< first and last code points of the cluster's text
    char32_t last = 0;
    CharKind kind = CharKind::kOther;
    LanguageRules rules = LanguageRules::kOther;
    // Set by punctuation compression (punctuation_compression.hpp):
    Pt trim_left;   ///< blank removed from the left of the em box (never drawn)
    Pt trim_right;  ///< blank removed from the right
    Pt hang_right;  ///< blank still at the right of a closing mark: it may shrink, and vanishes at
                    ///< a Chinese line end
    /// Width of the part that is always drawn: the advance less trimmed and hanging blanks.
    [[nodiscard]] Pt core_width() const { return advance - trim_left - trim_right - hang_right; }
};

/// The clusters of `shaped`, in text order. Each run's glyphs must be in logical order with
/// non-decreasing clusters inside the run's byte range (left-to-right text; a bug otherwise).
[[nodiscard]] std::vector<Cluster> collect_clusters(const text::ShapedText& shaped,
                                                    const std::vector<LanguageRules>& run_rules);

}  // namespace briefbook::para
