#pragma once
// The product of breaking: lines of positioned glyph runs, each recording why it ended.

#include <cstdint>
#include <string_view>
#include <vector>

#include "briefbook/units.hpp"
#include "render/display_list.hpp"

namespace briefbook::para {

/// Why a line ended where it did.
enum class BreakReason : std::uint8_t {
    kSpace,           ///< at a space the author typed (the space is not drawn)
    kOpportunity,     ///< at a UAX #14 opportunity without a space: between CJK characters, after a
                      ///< hyphen
    kHyphenation,     ///< inside an English word; the line ends with an inserted hyphen
    kMandatory,       ///< the text forces a break (a line separator)
    kEndOfParagraph,  ///< the paragraph's last line
    kEmergency,       ///< at a cluster boundary no rule allows, because nothing else fitted
};

/// A short name for dumps and messages ("space", "hyphenation", ...).
[[nodiscard]] std::string_view to_string(BreakReason reason);

/// Glyphs of one shaped run on one line.
struct LineRun {
    std::uint32_t run = 0;    ///< index into ShapedText::runs (font, size, style, language)
    std::uint32_t begin = 0;  ///< the source bytes the glyphs stand for
    std::uint32_t end = 0;
    Pt x;      ///< the run's origin, from the line's start edge
    Pt width;  ///< sum of the glyph advances
    /// x from the run origin, after justification; cluster = byte offset into the source text
    /// (the inserted hyphen's cluster is `end`: it stands for no source text).
    std::vector<render::PlacedGlyph> glyphs;
    bool ends_with_hyphen = false;
};

/// One line of a broken paragraph.
struct Line {
    std::uint32_t begin = 0;  ///< source bytes on the line (spaces dropped at its ends excluded)
    std::uint32_t end = 0;
    std::vector<LineRun> runs;
    Pt width;   ///< from the start edge to the end of the last advance (alignment included)
    Pt ascent;  ///< line box above the baseline: the paragraph's strut, or more for a taller inline
    Pt descent;  ///< line box below the baseline
    /// Share of the line's stretch (> 0) or shrink (< 0) a justified line needs to reach the
    /// column's edge (above 1: very loose; infinite: nothing on it can stretch, so it stays
    /// short; below -1: overfull). 0 for a last line and for ragged alignments.
    double adjustment_ratio = 0;
    BreakReason reason = BreakReason::kEndOfParagraph;
    bool overfull = false;  ///< wider than the column even with all shrink used
};

/// A paragraph broken at one width.
struct ParagraphLayout {
    Pt column_width;
    std::vector<Line> lines;
    bool first_fit = false;  ///< broken by the greedy fallback
    /// Sum of the line boxes (ascent + descent of each line).
    [[nodiscard]] Pt height() const;
};

}  // namespace briefbook::para
