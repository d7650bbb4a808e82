#pragma once
// From a layout as written (merged over its bases) to a complete Layout: defaults for what no
// file gives, styles resolved through their `base`, and the checks that need the whole layout
// (the margins leave a text block, running text sits in the margins, every style role exists).

#include "briefbook/diagnostics.hpp"
#include "layout/layout.hpp"
#include "layout/layout_spec.hpp"

namespace briefbook::layout {

/// Resolves `spec`; problems are reported at the place in the files that caused them. The result
/// is complete even when there were errors (a default stands in for what was wrong).
[[nodiscard]] Layout resolve_layout(const LayoutSpec& spec, Diagnostics& diagnostics);

}  // namespace briefbook::layout
