#include "model/xml_source.hpp"

#include <algorithm>

namespace briefbook::model {

namespace {
bool ends_name(char c) { return is_xml_space(c) || c == '=' || c == '/' || c == '>' || c == '?'; }
}  // namespace

XmlSource::XmlSource(std::string text) : text_(std::move(text)), positions_(text_) {}

TextPosition XmlSource::position_at(std::size_t offset) const { return positions_.position(text_, offset); }

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
