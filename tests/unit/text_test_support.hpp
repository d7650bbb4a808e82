#pragma once
// Shared by the text engine's tests: the shipped font configuration, resolved once per test run
// (resolving and loading every face costs more than the tests themselves).

#include <string>

#include "text/font_registry.hpp"

namespace briefbook::text::testing {

/// The registry of fonts/fonts.xml from the source tree.
const FontRegistry& shipped_fonts();

/// The postscript name of a face of the shipped registry.
std::string postscript_name(FontId id);

}  // namespace briefbook::text::testing
