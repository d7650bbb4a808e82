#pragma once
// Sets paragraphs for composition: rich text in a layout style at a width becomes lines that
// pagination can place (glyph runs relative to each line's baseline, link areas included).

#include <optional>
#include <vector>

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
    Typesetter(text::Shaper& shaper, const para::Hyphenator& hyphenator, const layout::TextOptions& options,
               Diagnostics& diagnostics)
        : shaper_(shaper), hyphenator_(hyphenator), options_(options), diagnostics_(diagnostics) {}

    /// Shapes a paragraph once, ready to break at any width (table columns measure it first).
    [[nodiscard]] para::PreparedParagraph prepare(const RichText& text, const layout::Style& style);

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
    [[nodiscard]] para::ParagraphStyle paragraph_style(const layout::Style& style) const;

    text::Shaper& shaper_;
    const para::Hyphenator& hyphenator_;
    const layout::TextOptions& options_;
    Diagnostics& diagnostics_;
};

}  // namespace briefbook::book
