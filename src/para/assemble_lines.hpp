#pragma once
// From chosen breaks to lines: glyphs positioned with the glue set to each line's adjustment
// ratio (justification), the line placed by its alignment, its height from the runs on it.

#include <span>
#include <vector>

#include "para/break_items.hpp"
#include "para/clusters.hpp"
#include "para/line.hpp"
#include "para/options.hpp"
#include "text/shaped_text.hpp"

namespace briefbook::para {

/// The glyph an inserted hyphen uses in one run's font.
struct HyphenGlyph {
    text::GlyphId id = 0;
    Pt advance;
};

/// Height above and below the baseline.
struct VerticalExtent {
    Pt ascent;
    Pt descent;
};

/// The parts of a prepared paragraph that line assembly reads.
struct AssemblyInput {
    const text::ShapedText& shaped;
    const std::vector<Cluster>& clusters;
    const ItemList& items;
    std::span<const HyphenGlyph> hyphens;       ///< per glyph run
    std::span<const VerticalExtent> run_boxes;  ///< per glyph run: its em box
    VerticalExtent strut;                       ///< the least extent of every line
};

/// The lines that `breaks` make at column `width`.
[[nodiscard]] std::vector<Line> assemble_lines(const AssemblyInput& input,
                                               std::span<const ChosenBreak> breaks, Pt width,
                                               Alignment alignment);

}  // namespace briefbook::para
