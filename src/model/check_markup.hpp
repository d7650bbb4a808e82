#pragma once
// What pugixml lets through but XML forbids, found in one pass over the source text after pugixml
// has accepted it: text outside the root element, a second root element, entity references
// (there is no DTD to define them), duplicate attributes, '<' in attribute values, and DOCTYPE
// declarations, which are refused so that no DTD or external entity is ever read.

#include <string>

#include "briefbook/diagnostics.hpp"
#include "model/xml_source.hpp"

namespace briefbook::model {

/// Reports every such problem in `source` (already parsed by pugixml without error).
void check_markup(const XmlSource& source, const std::string& file, Diagnostics& diagnostics);

}  // namespace briefbook::model
