#include "layout/xml_file.hpp"

#include <algorithm>
#include <cassert>
#include <string>

namespace briefbook::layout {

namespace {

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

}  // namespace

XmlFile::XmlFile(SourceText source, Diagnostics& diagnostics) : source_(std::move(source)) {
    const auto& text = source_.text();
    // parse_default without parse_escapes would keep "&amp;" in labels; parse_eol makes CRLF files
    // read like LF ones. Both leave element and attribute names where they were in the text, which
    // offset_debug relies on.
    const auto result =
        document_.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        diagnostics.error(source_.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0))),
                          "xml.syntax", std::string("malformed XML: ") + result.description());
        document_.reset();
    }
}

SourceLocation XmlFile::at(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return source_.whole();
    // offset_debug gives an element's name; point at its '<' as editors and compilers do.
    const bool element = node.type() == pugi::node_element && offset > 0;
    return source_.at(static_cast<std::size_t>(offset) - (element ? 1u : 0u));
}

SourceLocation XmlFile::at(pugi::xml_node element, pugi::xml_attribute attribute) const {
    const std::ptrdiff_t offset = element.offset_debug();
    if (offset < 0) return source_.whole();
    // pugixml keeps no offset for attributes, but their names live in the same parse buffer as
    // their element's name, after it.
    const std::ptrdiff_t distance = attribute.name() - element.name();
    assert(distance > 0);
    return source_.at(static_cast<std::size_t>(offset + distance));
}

void check_attributes(const XmlFile& file, pugi::xml_node element,
                      std::initializer_list<std::string_view> known, std::string_view prefix,
                      Diagnostics& diagnostics) {
    for (const auto attribute : element.attributes()) {
        const std::string_view name = attribute.name();
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        diagnostics.warning(file.at(element, attribute), std::string(prefix) + ".unknown-attribute",
                            "unknown attribute '" + std::string(name) + "' on <" + element.name() +
                                ">");
    }
}

void warn_unknown_element(const XmlFile& file, pugi::xml_node element, std::string_view prefix,
                          Diagnostics& diagnostics) {
    std::string message = "unknown element <" + std::string(element.name()) + ">";
    if (const auto parent = element.parent(); parent.type() == pugi::node_element) {
        message += " in <" + std::string(parent.name()) + ">";
    }
    diagnostics.warning(file.at(element), std::string(prefix) + ".unknown-element", message);
}

std::vector<pugi::xml_node> child_elements(const XmlFile& file, pugi::xml_node element,
                                           std::string_view prefix, Diagnostics& diagnostics) {
    std::vector<pugi::xml_node> elements;
    for (const auto child : element.children()) {
        switch (child.type()) {
            case pugi::node_element: elements.push_back(child); break;
            case pugi::node_pcdata:
            case pugi::node_cdata:
                if (!is_blank(child.value())) {
                    diagnostics.warning(file.at(child), std::string(prefix) + ".unexpected-text",
                                        "text is not expected inside <" +
                                            std::string(element.name()) + ">");
                }
                break;
            default: break;  // comments, processing instructions
        }
    }
    return elements;
}

std::string element_text(const XmlFile& file, pugi::xml_node element, std::string_view prefix,
                         Diagnostics& diagnostics) {
    std::string text;
    for (const auto child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            text += child.value();
        } else if (child.type() == pugi::node_element) {
            warn_unknown_element(file, child, prefix, diagnostics);
        }
    }
    return std::string(trim(text));
}

}  // namespace briefbook::layout
