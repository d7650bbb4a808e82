#pragma once
// Sets paragraphs for composition: rich text in a layout style at a width becomes lines that
// pagination can place (glyph runs relative to each line's baseline, link areas included).

#include <optional>
#include <vector>

#include "book/paragraph_cache.hpp"
#include "book/rich_text.hpp"
#include "briefbook/diagnostics.hpp"
#include "flow/flow_items.hpp"
#include "layout/layout.hpp"
#include "para/hyphenator.hpp"
#include "para/prepared_paragraph.hpp"
#include "text/shape.hpp"

namespace briefbook::book {

class Typesetter {
public:
    /// With `cache`, paragraphs prepared by an earlier Typesetter of the same book (an earlier
    /// layout pass) are taken from it; without, each Typesetter keeps its own.
    Typesetter(text::Shaper& shaper, const para::Hyphenator& hyphenator, const layout::TextOptions& options,
               Diagnostics& diagnostics, ParagraphCache* cache = nullptr)
        : shaper_(shaper), hyphenator_(hyphenator), options_(options), diagnostics_(diagnostics),
          cache_(cache ? *cache : own_cache_) {}

    /// Shapes a paragraph once, ready to break at any width (table columns measure it first). A
    /// text and style the cache holds (from this pass or an earlier one) is not prepared again,
    /// and its shaping warnings are not given again: they were then.
    /// `hyphenate` false keeps every word whole (table cells: narrow, ragged, full of names).
    [[nodiscard]] std::shared_ptr<const para::PreparedParagraph> prepared(const RichText& text,
                                                                         const layout::Style& style,
                                                                         bool hyphenate = true);

    /// The lines of a prepared paragraph at `width`, aligned as the style says unless `align`
    /// overrides it.
    [[nodiscard]] std::vector<flow::Line> lines(const para::PreparedParagraph& paragraph, const RichText& text,
                                                const layout::Style& style, Pt width,
                                                std::optional<layout::Alignment> align = std::nullopt);

    /// A paragraph block in a style: lines at the width less the style's indent, with the style's
    /// spacing and keep-with-next.
    [[nodiscard]] flow::ParagraphBlock paragraph(const RichText& text, const layout::Style& style, Pt width,
                                                 std::optional<layout::Alignment> align = std::nullopt);

    /// The natural width of a one-line text (running heads, table labels).
    [[nodiscard]] Pt natural_width(const RichText& text, const layout::Style& style);

    [[nodiscard]] Diagnostics& diagnostics() { return diagnostics_; }
    [[nodiscard]] const text::FontTable& fonts() const { return shaper_.fonts(); }

private:
    [[nodiscard]] para::ParagraphStyle paragraph_style(const layout::Style& style, bool hyphenate) const;

    text::Shaper& shaper_;
    const para::Hyphenator& hyphenator_;
    const layout::TextOptions& options_;
    Diagnostics& diagnostics_;
    ParagraphCache own_cache_;
    ParagraphCache& cache_;
};

}  // namespace briefbook::book
