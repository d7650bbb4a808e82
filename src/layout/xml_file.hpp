#pragma once
// pugixml for the data-file loaders of this folder (layouts, labels): parsing with located
// syntax errors, the source location of any element or attribute, and the checks every loader
// makes (unknown elements and attributes are warnings, never silence). Only loaders include this
// header: nothing above them sees pugixml types.

#include <initializer_list>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "briefbook/diagnostics.hpp"
#include "layout/source_text.hpp"

namespace briefbook::layout {

/// One parsed XML data file and the text it came from.
class XmlFile {
public:
    /// Parses `source`. Malformed XML is reported as an error [xml.syntax] at the place the parser
    /// stopped, and leaves the document empty (root() is then null).
    XmlFile(SourceText source, Diagnostics& diagnostics);

    [[nodiscard]] const SourceText& source() const { return source_; }
    /// The document element, or a null node when the file did not parse.
    [[nodiscard]] pugi::xml_node root() const { return document_.document_element(); }

    /// Where an element starts (its '<'), or where a text node starts.
    [[nodiscard]] SourceLocation at(pugi::xml_node node) const;
    /// Where an attribute's name starts.
    [[nodiscard]] SourceLocation at(pugi::xml_node element, pugi::xml_attribute attribute) const;

private:
    SourceText source_;
    pugi::xml_document document_;
};

/// Warns [PREFIX.unknown-attribute] about each attribute of `element` not named in `known`.
void check_attributes(const XmlFile& file, pugi::xml_node element,
                      std::initializer_list<std::string_view> known, std::string_view prefix,
                      Diagnostics& diagnostics);

/// Warns [PREFIX.unknown-element] that `element` is not expected where it stands.
void warn_unknown_element(const XmlFile& file, pugi::xml_node element, std::string_view prefix,
                          Diagnostics& diagnostics);

/// The child elements of `element`, in order. Text that is not white space between them is
/// warned about [PREFIX.unexpected-text]: this element holds elements only.
[[nodiscard]] std::vector<pugi::xml_node> child_elements(const XmlFile& file, pugi::xml_node element,
                                                         std::string_view prefix,
                                                         Diagnostics& diagnostics);

/// The text inside `element` (its text and CDATA children), white space trimmed at both ends.
/// Child elements inside it are warned about [PREFIX.unknown-element].
[[nodiscard]] std::string element_text(const XmlFile& file, pugi::xml_node element,
                                       std::string_view prefix, Diagnostics& diagnostics);

}  // namespace briefbook::layout
