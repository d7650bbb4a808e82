#pragma once
// Shared by the paragraph composer's tests: paragraphs shaped by the real Shaper with the shipped
// fonts, and readable views of broken lines.

#include <string>
#include <string_view>
#include <vector>

#include "para/hyphenator.hpp"
#include "para/prepared_paragraph.hpp"
#include "text/shape.hpp"

namespace briefbook::para::testing {

/// The paragraphs of a corpus file in tests/data/para (format: tests/data/para/README.md).
std::vector<text::StyledText> load_corpus(std::string_view file_name, double size = 10.0);

/// One Shaper over the shipped fonts for the whole test run.
text::Shaper& shaper();
/// The English hyphenator (Debian's patterns).
const Hyphenator& english_hyphenator();

/// A span style in a language and size, with a source location for diagnostics.
text::SpanStyle span_style(std::string lang, double size = 10.0, bool bold = false);

/// `utf8` in one style, shaped and prepared.
PreparedParagraph prepare(std::string_view utf8, const std::string& lang, double size = 10.0,
                          const ParagraphStyle& style = {});
/// Styled text, shaped and prepared.
PreparedParagraph prepare(const text::StyledText& text, const ParagraphStyle& style = {});

/// The source text of a line (as drawn: without the spaces dropped at its ends).
std::string line_text(const PreparedParagraph& paragraph, const Line& line);
/// First and last code points of a line's text.
char32_t first_char(const PreparedParagraph& paragraph, const Line& line);
char32_t last_char(const PreparedParagraph& paragraph, const Line& line);
/// The lines, one per row: "text|width|reason".
std::string dump(const PreparedParagraph& paragraph, const ParagraphLayout& layout);
/// The x (from the line's start edge) where the glyph of source byte `cluster` is drawn, and its
/// advance; fails the test when the line has no such glyph.
struct GlyphPlace {
    Pt x;
    Pt advance;
};
GlyphPlace glyph_at(const Line& line, std::uint32_t cluster);
/// Byte offset of the first occurrence of `needle` in the paragraph's text.
std::uint32_t offset_of(const PreparedParagraph& paragraph, std::string_view needle);

}  // namespace briefbook::para::testing
