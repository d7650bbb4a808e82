#pragma once
// What every element parser needs: where a node is, how to report a problem with it, and the
// checks that apply to all elements (attributes, xml:lang, text, children).

#include <pugixml.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "briefbook/load.hpp"
#include "model/xml_source.hpp"

namespace briefbook::model {

/// How one child element of a parent is handled (parse_children).
struct ChildRule {
    std::string_view name;
    std::function<void(pugi::xml_node)> parse;
};

class ParseContext {
public:
    ParseContext(const XmlSource& source, std::string file, Diagnostics& diagnostics, const LoadOptions& options)
        : source_(source), file_(std::move(file)), diagnostics_(diagnostics), options_(options) {}

    [[nodiscard]] const LoadOptions& options() const { return options_; }

    /// An element's `<`, or the first non-space character of a text node.
    [[nodiscard]] TextPosition position(pugi::xml_node node) const;
    /// Where attribute `name` is written on `element`; the element's position if it is absent.
    [[nodiscard]] TextPosition attribute_position(pugi::xml_node element, std::string_view name) const;

    void error(TextPosition where, std::string code, std::string message);
    void warning(TextPosition where, std::string code, std::string message);

    /// Warns about every attribute of `element` that is neither in `known` nor xml:lang (nor a
    /// namespace declaration or xsi: attribute, which schema-aware editors add).
    void check_attributes(pugi::xml_node element, std::initializer_list<std::string_view> known);

    /// The value of a required attribute, or nullopt after reporting it missing or empty.
    std::optional<std::string> required_attribute(pugi::xml_node element, std::string_view name);

    /// The effective language of `element`: its xml:lang if it has one (checked), else `inherited`.
    std::string language(pugi::xml_node element, const std::string& inherited);

    /// Parses the children of `parent` by `rules`; other elements and any text that is not white
    /// space are reported (the format has no mixed content outside BLOCKS).
    void parse_children(pugi::xml_node parent, std::initializer_list<ChildRule> rules);

    /// True the first time it is called for a `seen` flag; afterwards warns that `element` appears
    /// twice and returns false (for elements that hold one value: <date>, <logo>, ...).
    bool first_of_its_kind(pugi::xml_node element, bool& seen);

    /// All the text inside `element`, white space collapsed; child elements are reported and their
    /// text kept.
    std::string text_of(pugi::xml_node element);

    /// Reports `element` as unknown, or as known but misplaced in `parent`; `consequence` says
    /// what happens to its content ("it is ignored", "its text is kept").
    void unexpected_element(pugi::xml_node element, std::string_view consequence);

    /// Reports a text node where only elements belong.
    void stray_text(pugi::xml_node text);

    /// The value of an optional attribute that must not be empty when given (a reference):
    /// nullopt when absent, or after reporting it empty.
    std::optional<std::string> optional_reference(pugi::xml_node element, std::string_view name);

    /// Reports `zone` (trimmed) if ICU does not know it as an IANA time zone.
    void check_time_zone(std::string_view zone, TextPosition where);

private:
    const XmlSource& source_;
    std::string file_;
    Diagnostics& diagnostics_;
    const LoadOptions& options_;
};

/// True for text nodes (plain or CDATA).
[[nodiscard]] bool is_text(pugi::xml_node node);
/// True for a text node that holds only XML white space.
[[nodiscard]] bool is_blank_text(pugi::xml_node node);

}  // namespace briefbook::model
