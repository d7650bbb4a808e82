#include "model/xml_source.hpp"

#include <algorithm>

namespace briefbook::model {

namespace {
bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool ends_name(char c) { return is_xml_space(c) || c == '=' || c == '/' || c == '>' || c == '?'; }
}  // namespace

XmlSource::XmlSource(std::string text) : text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

TextPosition XmlSource::position_at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    const std::size_t line_start = line_starts_[line_index];
    const auto line_text = std::string_view(text_).substr(line_start, offset - line_start);
    const auto characters = std::count_if(line_text.begin(), line_text.end(),
                                          [](char c) { return !is_utf8_continuation(c); });
    return {static_cast<std::uint32_t>(line_index + 1), static_cast<std::uint32_t>(characters + 1)};
}

std::size_t XmlSource::skip_white_space(std::size_t offset) const {
    while (offset < text_.size() && is_xml_space(text_[offset])) ++offset;
    return offset;
}

std::optional<std::size_t> XmlSource::find_attribute(std::size_t tag_name_offset, std::string_view name) const {
    const std::string_view text = text_;
    std::size_t i = tag_name_offset;
    while (i < text.size() && !ends_name(text[i])) ++i;  // the tag's own name
    while (true) {
        i = skip_white_space(i);
        if (i >= text.size() || text[i] == '/' || text[i] == '>' || text[i] == '?') return std::nullopt;
        const std::size_t start = i;
        while (i < text.size() && !ends_name(text[i])) ++i;
        if (i == start) return std::nullopt;  // not a well-formed tag: give up rather than loop
        const std::string_view found = text.substr(start, i - start);
        i = skip_white_space(i);
        if (i >= text.size() || text[i] != '=') return std::nullopt;
        i = skip_white_space(i + 1);
        if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) return std::nullopt;
        const std::size_t close = text.find(text[i], i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        if (found == name) return start;
        i = close + 1;
    }
}

}  // namespace briefbook::model
