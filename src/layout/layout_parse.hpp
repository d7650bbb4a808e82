#pragma once
// Reading one layout file into a LayoutSpec (what it says, nothing inherited yet). Every problem
// is a located diagnostic under "layout." (xml.syntax for malformed XML): unknown elements and
// attributes are warnings; values that do not parse are errors and leave the setting unset.

#include "briefbook/diagnostics.hpp"
#include "layout/layout_spec.hpp"
#include "layout/source_text.hpp"

namespace briefbook::layout {

/// Parses a layout file's text. What could be read is returned, whatever the errors.
[[nodiscard]] LayoutSpec parse_layout(const SourceText& source, Diagnostics& diagnostics);

}  // namespace briefbook::layout
