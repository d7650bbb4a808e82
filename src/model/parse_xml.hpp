#pragma once
// The XML layer: pugixml reads the decoded text into a tree; syntax errors come back as located
// diagnostics in our own words, and check_markup catches what pugixml is lenient about.

#include <pugixml.hpp>
#include <string>

#include "briefbook/diagnostics.hpp"
#include "model/decode_text.hpp"
#include "model/xml_source.hpp"

namespace briefbook::model {

/// Parses `source` into `document`. Returns the root element, or a null node when the text is
/// not usable XML (after reporting why). Problems that leave a usable tree are reported too.
pugi::xml_node parse_xml(const XmlSource& source, SourceEncoding encoding, pugi::xml_document& document,
                         const std::string& file, Diagnostics& diagnostics);

}  // namespace briefbook::model
