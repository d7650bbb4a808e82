#pragma once
// A loaded layout as text, one setting a line, every length in points: what `briefbook dump`
// shows and what tests compare (letter must differ from a4 in the page size only).

#include <string>

#include "layout/layout.hpp"

namespace briefbook::layout {

/// Every setting of `layout`, resolved, in a fixed order; numbers in the classic locale.
[[nodiscard]] std::string dump_layout(const Layout& layout);

}  // namespace briefbook::layout
