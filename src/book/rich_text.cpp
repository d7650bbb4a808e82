#include "book/rich_text.hpp"

#include <algorithm>

namespace briefbook::book {

void RichText::append_link(std::string_view utf8, text::SpanStyle style, const LinkTarget& target) {
    auto found = std::find(links.begin(), links.end(), target);
    if (found == links.end()) found = links.insert(links.end(), target);
    style.link = static_cast<std::int32_t>(found - links.begin());
    text.append(utf8, style);
}

void RichText::append(const RichText& other) {
    for (const auto& span : other.text.spans) {
        const auto piece = std::string_view(other.text.text).substr(span.begin, span.end - span.begin);
        const auto& style = other.text.styles[span.style];
        if (style.link >= 0 && static_cast<std::size_t>(style.link) < other.links.size())
            append_link(piece, style, other.links[static_cast<std::size_t>(style.link)]);
        else
            text.append(piece, style);
    }
}

}  // namespace briefbook::book
