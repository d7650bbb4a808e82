#pragma once
// One paragraph's text as composition builds it: styled text plus the link targets its spans
// point at (SpanStyle::link is an index into `links`).

#include <string>
#include <string_view>
#include <vector>

#include "text/styled_text.hpp"

namespace briefbook::book {

/// Where a link goes: a named destination in the book, or an external URI.
struct LinkTarget {
    std::string destination;
    std::string uri;
    friend bool operator==(const LinkTarget&, const LinkTarget&) = default;
};

struct RichText {
    text::StyledText text;
    std::vector<LinkTarget> links;

    /// Appends text in a style (its `link` is left as given).
    void append(std::string_view utf8, const text::SpanStyle& style) { text.append(utf8, style); }
    /// Appends another rich text, its links included.
    void append(const RichText& other);
    /// Appends text that links to `target`.
    void append_link(std::string_view utf8, text::SpanStyle style, const LinkTarget& target);
    [[nodiscard]] bool empty() const { return text.text.empty(); }
};

}  // namespace briefbook::book
