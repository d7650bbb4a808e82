#pragma once
// Shape once, break many: a shaped paragraph turned into what line breaking needs (clusters,
// break opportunities, kinsoku, spacing, punctuation compression, hyphenation, boxes/glue/
// penalties), so that it can be broken at any number of widths and measured for table columns
// without shaping it again.
//
//   auto paragraph = para::PreparedParagraph::prepare(styled, shaper, style, hyphenator,
//   diagnostics); para::ParagraphLayout layout = paragraph.break_lines(Pt(300), {.alignment =
//   Alignment::kJustify}); for (const para::Line& line : layout.lines) {
//       y += line.ascent;
//       for (auto& run : para::line_to_glyph_runs(paragraph, line, x, y))
//       page.items.push_back(run); y += line.descent;
//   }

#include <cstddef>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "para/assemble_lines.hpp"
#include "para/break_items.hpp"
#include "para/clusters.hpp"
#include "para/hyphenator.hpp"
#include "para/line.hpp"
#include "para/options.hpp"
#include "text/font_table.hpp"
#include "text/shape.hpp"
#include "text/shaped_text.hpp"

namespace briefbook::para {

/// A paragraph ready to be broken into lines. Immutable after prepare(): break_lines() may run
/// on several threads at once.
class PreparedParagraph {
  public:
    /// Shapes `text` with `shaper`, re-shapes the full-width punctuation that compression halves
    /// with the font's `halt` feature, and prepares the result. Shaping warnings go to
    /// `diagnostics`. What the layout stage calls.
    [[nodiscard]] static PreparedParagraph prepare(const text::StyledText& text,
                                                   text::Shaper& shaper,
                                                   const ParagraphStyle& style,
                                                   const Hyphenator& hyphenator,
                                                   Diagnostics& diagnostics);

    /// Prepares text shaped elsewhere (its runs' fonts must come from `fonts`); punctuation
    /// compression is then explicit. `hyphenator` is used during this call only.
    [[nodiscard]] static PreparedParagraph prepare(text::ShapedText shaped,
                                                   const text::FontTable& fonts,
                                                   const ParagraphStyle& style,
                                                   const Hyphenator& hyphenator);

    /// Breaks the paragraph into lines of at most `width` (overfull lines only where a single
    /// cluster is wider than the column; see Line::overfull and report()).
    [[nodiscard]] ParagraphLayout break_lines(Pt width, const BreakOptions& options = {}) const;

    /// The narrowest column that needs no emergency break: the widest unbreakable piece
    /// (hyphenation counts when the style allows it).
    [[nodiscard]] Pt min_content_width() const { return min_content_width_; }
    /// The same when text kept together (names) may break where the rules allow: what a column
    /// too narrow for the whole names needs to avoid emergency breaks. At most min_content_width().
    [[nodiscard]] Pt min_width_breaking_names() const { return min_width_breaking_names_; }
    /// The width of the widest line when the paragraph breaks only where it must.
    [[nodiscard]] Pt max_content_width() const { return max_content_width_; }

    /// Warns, at the source of the text concerned, about lines that break the rules: emergency
    /// breaks ("para.emergency-break") and overfull lines ("para.overfull").
    void report(const ParagraphLayout& layout, Diagnostics& diagnostics) const;

    [[nodiscard]] const text::ShapedText& shaped() const { return shaped_; }
    [[nodiscard]] const std::vector<Cluster>& clusters() const { return clusters_; }
    [[nodiscard]] const ItemList& items() const { return items_; }

  private:
    PreparedParagraph() = default;
    void measure_fonts(const text::FontTable& fonts, const ParagraphStyle& style);
    void measure_content_widths(const ParagraphStyle& style);
    [[nodiscard]] AssemblyInput assembly_input() const;

    text::ShapedText shaped_;
    std::vector<Cluster> clusters_;
    ItemList items_;
    std::vector<HyphenGlyph> hyphens_;       // per glyph run
    std::vector<VerticalExtent> run_boxes_;  // per glyph run
    VerticalExtent strut_;
    Pt first_em_{10};
    Pt min_content_width_;
    Pt min_width_breaking_names_;
    Pt max_content_width_;
};

}  // namespace briefbook::para
