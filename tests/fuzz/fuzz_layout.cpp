// Fuzz target: the layout loader (XML, values, styles and their inheritance, header and footer
// templates, a `base` chain through the shipped layouts) on any bytes, then the font-role check
// that the engine runs next. Whatever the input, the result is a complete layout.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_support.hpp"
#include "layout/layout_dump.hpp"
#include "layout/layout_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace briefbook;
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    const auto layout = layout::load_layout_from_memory(xml, "fuzz-layout.xml", fuzz::source_dir(), diagnostics);
    layout::check_font_roles(layout, fuzz::fonts().config(), diagnostics);
    // Defaults stand in for whatever was wrong: the page always has room for text.
    if (!diagnostics.has_errors() && (layout.page.text_width() <= Pt() || layout.page.text_height() <= Pt()))
        std::abort();
    (void)layout::dump_layout(layout);
    return 0;
}
