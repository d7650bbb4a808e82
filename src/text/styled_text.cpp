#include "text/styled_text.hpp"

#include <algorithm>

namespace briefbook::text {

void StyledText::append(std::string_view utf8, const SpanStyle& style) {
    if (utf8.empty()) return;
    auto found = std::find(styles.begin(), styles.end(), style);
    const auto index = static_cast<std::uint32_t>(found - styles.begin());
    if (found == styles.end()) styles.push_back(style);
    const auto begin = static_cast<std::uint32_t>(text.size());
    text.append(utf8);
    const auto end = static_cast<std::uint32_t>(text.size());
    if (!spans.empty() && spans.back().style == index && spans.back().end == begin) {
        spans.back().end = end;
    } else {
        spans.push_back({begin, end, index});
    }
}

}  // namespace briefbook::text
