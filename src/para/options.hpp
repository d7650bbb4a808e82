#pragma once
// The settings of paragraph composition: those fixed when a paragraph is prepared
// (ParagraphStyle) and those of one breaking at one width (BreakOptions).

#include <cstddef>
#include <cstdint>

#include "briefbook/units.hpp"

namespace briefbook::para {

/// Whether a closing mark at a line end keeps its blank half.
enum class LineEndPunctuation : std::uint8_t {
    kByLanguage,  ///< half width in Chinese (CLREQ), full width in Japanese (JLREQ's default)
    kFullWidth,
    kHalfWidth,
};

/// Settings that shape the paragraph's boxes, glue and penalties (fixed by prepare()).
struct ParagraphStyle {
    /// Baseline-to-baseline distance. Zero: 1.5 times the size of the paragraph's first run.
    Pt line_height{};
    /// Space between a CJK character and a Western letter or digit, in ems of the CJK font.
    double inter_script_space = 0.25;
    /// Hyphenate English words (with the Hyphenator given to prepare()).
    bool hyphenate = true;
    LineEndPunctuation line_end_punctuation = LineEndPunctuation::kByLanguage;
};

/// How lines sit in the column. kJustify fills every line but the last (start-aligned); the
/// others leave lines at their natural width (ragged), placed at the start, centre or end.
enum class Alignment : std::uint8_t { kJustify, kStart, kCenter, kEnd };

/// Which line breaker runs.
enum class Breaker : std::uint8_t {
    kAuto,      ///< total-fit, or first-fit above kGreedyAboveItems items
    kTotalFit,  ///< Knuth and Plass over the whole paragraph
    kFirstFit,  ///< greedy: each line as full as it can be
};

/// Above this many boxes, glue and penalties (about 8000 characters of text, several pages in one
/// paragraph) kAuto breaks first-fit: total-fit's cost grows with the paragraph times the
/// number of feasible breaks per line, and such a block is not running prose anyway.
inline constexpr std::size_t kGreedyAboveItems = 20000;

/// Settings of one breaking.
struct BreakOptions {
    Alignment alignment = Alignment::kJustify;
    Breaker breaker = Breaker::kAuto;
    /// Badness limits of the first pass (without hyphenation) and the second (TeX's
    /// \pretolerance and \tolerance). A third pass accepts any badness.
    double pretolerance = 100;
    double tolerance = 200;
    /// Ragged alignments: how much a line may fall short before it counts as bad, in ems of the
    /// paragraph's first run (TeX's \raggedright uses 2em of stretch in \rightskip).
    double ragged_stretch = 2.0;
};

}  // namespace briefbook::para
