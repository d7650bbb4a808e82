#pragma once
// The input of the text engine: one paragraph's text with its style and language spans.
// Built by layout from the model's inline content; consumed by itemize -> shape -> break.

#include <cstdint>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "briefbook/units.hpp"

namespace briefbook::text {

/// What a span asks of the font system: a role of the font configuration (fonts/fonts.xml:
/// "body", "heading", "mono", ...) and a style within it.
struct FontRequest {
    std::string role = "body";
    bool bold = false;
    bool italic = false;
    friend bool operator==(const FontRequest&, const FontRequest&) = default;
};

/// Everything the text engine and the drawing stage need to know about a span of text.
struct SpanStyle {
    FontRequest font;
    Pt size{10.0};
    Color color;
    /// BCP 47 language, already inherited from the enclosing elements ("en", "ja", "zh-Hans").
    /// Empty when no element above states one.
    std::string lang;
    /// Index into the paragraph's link targets (the layout's table), or -1 for none.
    std::int32_t link = -1;
    /// Keep this text on one line when the line can hold it (a name): a line then breaks inside
    /// it only as a last resort, where the paragraph would otherwise be overfull.
    bool keep_together = false;
    /// The element the span comes from, for warnings about its text.
    SourceLocation origin;
    friend bool operator==(const SpanStyle&, const SpanStyle&) = default;
};

/// A byte range of StyledText::text with one style.
struct StyleSpan {
    std::uint32_t begin = 0;  ///< byte offset, inclusive
    std::uint32_t end = 0;    ///< byte offset, exclusive
    std::uint32_t style = 0;  ///< index into StyledText::styles
};

/// One paragraph: UTF-8 text (white space already collapsed) and spans that cover it in order,
/// without gaps or overlaps.
struct StyledText {
    std::string text;
    std::vector<SpanStyle> styles;
    std::vector<StyleSpan> spans;

    /// Appends text in a style (merging with the previous span when the style is the same).
    void append(std::string_view utf8, const SpanStyle& style);
};

}  // namespace briefbook::text
