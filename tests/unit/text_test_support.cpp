#include "text_test_support.hpp"

#include <gtest/gtest.h>

namespace briefbook::text::testing {

const FontRegistry& shipped_fonts() {
    static const FontRegistry registry = [] {
        Diagnostics diagnostics;
        FontConfig config = load_font_config(
            std::string(BRIEFBOOK_TEST_SOURCE_DIR) + "/fonts/fonts.xml", diagnostics);
        EXPECT_FALSE(diagnostics.has_errors());
        return FontRegistry(std::move(config));
    }();
    return registry;
}

std::string postscript_name(FontId id) {
    return shipped_fonts().face(id).postscript_name();
}

}  // namespace briefbook::text::testing
