#include <gtest/gtest.h>

#include "render/trace.hpp"
#include "text_test_support.hpp"

namespace briefbook::render {
namespace {

TEST(TextTrace, FormatsNumbersRoundedAndWithoutNegativeZero) {
    EXPECT_EQ(format_number(1.005), "1.00");  // binary 1.005 is just below
    EXPECT_EQ(format_number(2.346), "2.35");
    EXPECT_EQ(format_number(-0.001), "0.00");
    EXPECT_EQ(format_number(-12.5, 1), "-12.5");
    EXPECT_EQ(format_number(0.333333, 3), "0.333");
    EXPECT_EQ(format_number(595.2756), "595.28");
}

TEST(TextTrace, DumpsEveryKindOfItemWithItsFontsInTheHeader) {
    const auto& fonts = text::testing::shipped_fonts();
    const text::FontId serif = fonts.chain({"body", false, false}, "")[0];
    RenderedDocument document;
    document.info = {"Visit \"Japan\"", "PHIRDA", "", "", "briefbook", "en", 1700000000};
    document.images.push_back({"img/map.png", ImageAsset::Kind::kPng, 800, 600});
    Page page{Pt(595.2756), Pt(841.8898), {}, {}, {}};
    page.items.push_back(
        GlyphRunItem{serif,
                     Pt(10),
                     Color{},
                     Pt(72),
                     Pt(100.004),
                     "Hi\n",
                     "en",
                     {{43, Pt(0), Pt(0), Pt(7.93), 0}, {76, Pt(7.93), Pt(-0.5), Pt(3.2), 1}}});
    page.items.push_back(
        RectItem{Pt(10), Pt(20), Pt(30), Pt(40), Color{1, 0, 0}, std::nullopt, Pt(0.5)});
    page.items.push_back(LineItem{Pt(1), Pt(2), Pt(3), Pt(4), Pt(0.25), Color{0, 0, 1}, true});
    page.items.push_back(ImageItem{ImageId{0}, Pt(72), Pt(72), Pt(200), Pt(150)});
    page.links.push_back({Pt(72), Pt(90), Pt(50), Pt(12), "session-1", ""});
    page.links.push_back({Pt(72), Pt(110), Pt(50), Pt(12), "", "https://example.org/"});
    page.anchors.push_back({"session-1", Pt(72), Pt(300)});
    document.pages.push_back(page);
    document.outline.push_back({"Programme", "programme", {{"Day 1", "day-1", {}}}});
    const std::string face = fonts.face(serif).path().string();
    EXPECT_EQ(trace_document(document, fonts),
              "fonts\n"
              "  NotoSerif-Regular = " +
                  face +
                  "#0\n"
                  "info title \"Visit \\\"Japan\\\"\" author \"PHIRDA\" subject \"\" keywords \"\" "
                  "creator "
                  "\"briefbook\" lang \"en\" created 1700000000\n"
                  "image 0 png 800x600 \"img/map.png\"\n"
                  "page 1 595.28x841.89\n"
                  "  glyphs NotoSerif-Regular 10.00pt rgb(0.000,0.000,0.000) at 72.00,100.00 lang "
                  "en \"Hi\\n\"\n"
                  "    [43=0@0.00,0.00+7.93|76=1@7.93,-0.50+3.20]\n"
                  "  rect 10.00,20.00 30.00x40.00 fill rgb(1.000,0.000,0.000)\n"
                  "  line 1.00,2.00 -> 3.00,4.00 width 0.25 rgb(0.000,0.000,1.000) dotted\n"
                  "  image 0 at 72.00,72.00 200.00x150.00\n"
                  "  link 72.00,90.00 50.00x12.00 -> #session-1\n"
                  "  link 72.00,110.00 50.00x12.00 -> https://example.org/\n"
                  "  anchor \"session-1\" at 72.00,300.00\n"
                  "outline\n"
                  "  - \"Programme\" -> \"programme\"\n"
                  "    - \"Day 1\" -> \"day-1\"\n");
}

}  // namespace
}  // namespace briefbook::render
