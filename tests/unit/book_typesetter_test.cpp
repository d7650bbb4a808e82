// The typesetter's switch for table cells: with hyphenation off no word is broken, so the
// narrowest column a cell needs is its longest word.

#include "book/typesetter.hpp"

#include <gtest/gtest.h>

#include "para_test_support.hpp"

namespace briefbook::book {
namespace {

TEST(BookTypesetter, TableCellsKeepEveryWordWhole) {
    Diagnostics diagnostics;
    layout::TextOptions options;  // hyphenation on, as in the built-in layouts
    Typesetter typesetter(para::testing::shaper(), para::testing::english_hyphenator(), options, diagnostics);
    layout::Style style;
    RichText text;
    text.append("Japan Pharmaceutical Manufacturers Association", layout::span_style(style, "en"));
    RichText word;
    word.append("Pharmaceutical", layout::span_style(style, "en"));
    const Pt whole_word = typesetter.prepared(word, style, /*hyphenate=*/false)->max_content_width();

    const auto hyphenated = typesetter.prepared(text, style, /*hyphenate=*/true);
    const auto whole = typesetter.prepared(text, style, /*hyphenate=*/false);
    EXPECT_LT(hyphenated->min_content_width().value, whole_word.value - 1.0) << "hyphenation should allow Pharma-";
    EXPECT_NEAR(whole->min_content_width().value, whole_word.value, 0.01);
    const auto lines = typesetter.lines(*whole, text, style, whole_word, layout::Alignment::kStart);
    for (const auto& line : lines) {
        for (const auto& item : line.items) {
            if (const auto* run = std::get_if<render::GlyphRunItem>(&item)) {
                EXPECT_EQ(run->text.find("\u00AD"), std::string::npos) << "a hyphen was inserted: " << run->text;
            }
        }
    }
}

}  // namespace
}  // namespace briefbook::book
