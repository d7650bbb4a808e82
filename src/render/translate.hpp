#pragma once

#include "render/display_list.hpp"

namespace briefbook::render {

/// Moves a display item by (dx, dy): items are composed relative to a local origin and placed
/// on the page afterwards.
void translate(DisplayItem& item, Pt dx, Pt dy);
void translate(LinkArea& link, Pt dx, Pt dy);

}  // namespace briefbook::render
