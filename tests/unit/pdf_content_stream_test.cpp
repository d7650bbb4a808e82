// The operators of a page: positions flipped to PDF space, glyph codes, TJ adjustments, ActualText,
// rules and images.

#include "pdf/content_stream.hpp"

#include <gtest/gtest.h>

namespace briefbook::pdf {
namespace {

using render::GlyphRunItem;
using render::PlacedGlyph;

/// A font whose glyph g has code g + 100 and width 500 (1/1000 em).
FontCodes font_codes() {
    FontCodes codes;
    codes.resource = "F1";
    for (text::GlyphId g = 1; g < 10; ++g) {
        codes.code_of_glyph[g] = static_cast<std::uint16_t>(g + 100);
        codes.width_of_code[static_cast<std::uint16_t>(g + 100)] = 500;
    }
    return codes;
}

struct Fixture {
    FontCodes codes = font_codes();
    render::RenderedDocument document;
    std::unique_ptr<GlyphTextMap> glyph_text;
    ContentResources resources;

    PageContent write(render::Page page) {
        document.pages = {page};
        glyph_text = std::make_unique<GlyphTextMap>(document);
        resources.fonts = {&codes};
        resources.glyph_text = glyph_text.get();
        resources.document_lang = "en";
        resources.images = {"Im1", ""};
        return page_content(document.pages[0], resources);
    }
};

render::Page page_with(std::vector<render::DisplayItem> items) {
    render::Page page;
    page.width = Pt(600);
    page.height = Pt(800);
    page.items = std::move(items);
    return page;
}

GlyphRunItem run(std::string text, std::vector<PlacedGlyph> glyphs, std::string lang = "en") {
    GlyphRunItem item;
    item.font = text::FontId{0};
    item.size = Pt(10);
    item.color = Color{1, 0, 0};
    item.x = Pt(72);
    item.y = Pt(100);
    item.text = std::move(text);
    item.lang = std::move(lang);
    item.glyphs = std::move(glyphs);
    return item;
}

TEST(PdfContentStream, NumbersPrintWithoutLocaleOrTrailingZeros) {
    std::string out;
    for (double v : {0.0, -0.0001, 12.5, 1.0 / 3.0, -7.0, 841.89, 1e6}) {
        append_number(out, v);
        out += ' ';
    }
    EXPECT_EQ(out, "0 0 12.5 0.333 -7 841.89 1000000 ");
}

TEST(PdfContentStream, GlyphsAtTheirNaturalWidthNeedNoAdjustment) {
    Fixture f;
    // Glyphs 5 pt apart at 10 pt: exactly the 500/1000 em the font's widths say.
    const auto content = f.write(page_with({run("abc", {{1, Pt(0), Pt(0), Pt(5), 0},
                                                        {2, Pt(5), Pt(0), Pt(5), 1},
                                                        {3, Pt(10), Pt(0), Pt(5), 2}})}));
    EXPECT_NE(
        content.operators.find("BT\n/F1 10 Tf\n1 0 0 rg\n72 700 Td\n[<006500660067>]TJ\nET\n"),
        std::string::npos)
        << content.operators;
    EXPECT_EQ(content.fonts, std::vector<std::uint32_t>{0});
}

TEST(PdfContentStream, ShiftedGlyphsGetTjAdjustmentsAndOffsetsGetRise) {
    Fixture f;
    const auto content =
        f.write(page_with({run("abc", {{1, Pt(0), Pt(0), Pt(5), 0},
                                       {2, Pt(6), Pt(0), Pt(5), 1},         // 1 pt further: -100
                                       {3, Pt(11), Pt(-2), Pt(5), 2}})}));  // raised 2 pt
    EXPECT_NE(content.operators.find("[<0065>-100<0066>]TJ\n2 Ts\n[<0067>]TJ\n0 Ts\n"),
              std::string::npos)
        << content.operators;
}

TEST(PdfContentStream, ClustersTheFontCannotSpellGetActualText) {
    Fixture f;
    // Glyph 4 stands for "A" twice and once for Greek capital alpha: ToUnicode says A.
    const auto content = f.write(page_with({run("AA\u0391", {{4, Pt(0), Pt(0), Pt(5), 0},
                                                             {4, Pt(5), Pt(0), Pt(5), 1},
                                                             {4, Pt(10), Pt(0), Pt(5), 2}})}));
    EXPECT_NE(content.operators.find(
                  "[<00680068>]TJ\n/Span<</ActualText<FEFF0391>>>BDC\n[<0068>]TJ\nEMC\n"),
              std::string::npos)
        << content.operators;
}

TEST(PdfContentStream, TurnedRunsRotateAboutTheirOrigin) {
    Fixture f;
    auto mark = run("a", {{1, Pt(0), Pt(0), Pt(5), 0}});
    mark.angle = 45;  // rising to the right, as a diagonal DRAFT mark
    const auto content = f.write(page_with({mark}));
    EXPECT_NE(content.operators.find("0.707 0.707 -0.707 0.707 72 700 Tm\n"), std::string::npos)
        << content.operators;
}

TEST(PdfContentStream, RunsInAnotherLanguageAreMarked) {
    Fixture f;
    const auto content = f.write(page_with({run("x", {{1, Pt(0), Pt(0), Pt(5), 0}}, "ja")}));
    EXPECT_EQ(content.operators.rfind("BT\n/Span<</Lang(ja)>>BDC\n", 0), 0u) << content.operators;
    EXPECT_NE(content.operators.find("EMC\nET\n"), std::string::npos);
}

TEST(PdfContentStream, RunsShareOneTextObjectAndOneSpanPerLanguage) {
    Fixture f;
    auto second = run("b", {{2, Pt(0), Pt(0), Pt(5), 0}}, "ja");
    second.x = Pt(80);
    second.y = Pt(120);
    auto third = run("c", {{3, Pt(0), Pt(0), Pt(5), 0}}, "ja");
    third.x = Pt(90.5);
    third.y = Pt(120);
    auto fourth = run("d", {{4, Pt(0), Pt(0), Pt(5), 0}});
    fourth.x = Pt(72);
    fourth.y = Pt(120);
    const auto content = f.write(page_with({run("a", {{1, Pt(0), Pt(0), Pt(5), 0}}, "ja"), second,
                                            third, fourth}));
    // Td moves from the previous run's origin: to (72, 700), then 8 right and 20 down. The runs
    // after it on that baseline start where the pen is: 5.5 pt right of it (-550 at 10 pt), then
    // 23.5 pt back.
    EXPECT_EQ(content.operators,
              "BT\n/Span<</Lang(ja)>>BDC\n/F1 10 Tf\n1 0 0 rg\n72 700 Td\n[<0065>]TJ\n"
              "8 -20 Td\n[<0066>]TJ\n[-550<0067>]TJ\nEMC\n[2350<0068>]TJ\nET\n");
}

TEST(PdfContentStream, TextObjectsCloseBeforeGraphicsAndTurnedRunsUseTm) {
    Fixture f;
    auto mark = run("a", {{1, Pt(0), Pt(0), Pt(5), 0}});
    mark.angle = 45;
    auto after = run("b", {{2, Pt(0), Pt(0), Pt(5), 0}});
    const auto content = f.write(page_with({
        run("a", {{1, Pt(0), Pt(0), Pt(5), 0}}, "ja"),
        render::RectItem{Pt(10), Pt(20), Pt(30), Pt(40), Color{0, 0, 1}, std::nullopt},
        mark,
        after,
    }));
    const std::string& ops = content.operators;
    EXPECT_NE(ops.find("[<0065>]TJ\nEMC\nET\nq\n"), std::string::npos) << ops;
    EXPECT_NE(ops.find("Q\nBT\n0.707 0.707 -0.707 0.707 72 700 Tm\n[<0065>]TJ\n1 0 0 1 72 700 Tm\n[<0066>]TJ\nET\n"),
              std::string::npos)
        << ops;
}

TEST(PdfContentStream, WholeUnitAdjustmentsDoNotDriftAlongALine) {
    Fixture f;
    // Forty glyphs justified 0.0368 pt apart beyond their width: each TJ adjustment is a whole
    // unit (-4 or -3), and where the reader's pen ends is where the last glyph should be.
    std::vector<PlacedGlyph> glyphs;
    std::string text;
    for (std::uint32_t i = 0; i < 40; ++i) {
        glyphs.push_back({1, Pt(i * 5.0368), Pt(0), Pt(5), i});
        text += 'a';
    }
    const auto content = f.write(page_with({run(text, glyphs)}));
    const std::string& ops = content.operators;
    double pen = 0.0;  // in 1/1000 em: each glyph is 500 wide, an adjustment moves back
    int adjustments = 0;
    const auto array = ops.substr(ops.find('['), ops.find("]TJ") - ops.find('['));
    for (std::size_t i = 1; i < array.size();) {
        if (array[i] == '<') {
            const std::size_t end = array.find('>', i);
            pen += 500.0 * static_cast<double>(end - i - 1) / 4.0;
            i = end + 1;
        } else {
            std::size_t used = 0;
            const double value = std::stod(array.substr(i), &used);
            EXPECT_EQ(value, std::round(value)) << array;
            pen -= value;
            ++adjustments;
            i += used;
        }
    }
    EXPECT_GT(adjustments, 30) << array;
    EXPECT_NEAR(pen * 10.0 / 1000.0, 39 * 5.0368 + 5.0, 0.0051) << array;  // half a unit at most
}

TEST(PdfContentStream, FontAndColourAreSetOnlyWhenTheyChange) {
    Fixture f;
    auto second = run("b", {{2, Pt(0), Pt(0), Pt(5), 0}});
    second.y = Pt(120);
    const auto content = f.write(page_with({run("a", {{1, Pt(0), Pt(0), Pt(5), 0}}), second}));
    const std::string& ops = content.operators;
    EXPECT_EQ(ops.find("Tf"), ops.rfind("Tf")) << ops;
    EXPECT_EQ(ops.find(" rg"), ops.rfind(" rg")) << ops;
}

TEST(PdfContentStream, RulesAndBoxesAreFlipped) {
    Fixture f;
    const auto content = f.write(page_with({
        render::RectItem{Pt(10), Pt(20), Pt(30), Pt(40), Color{0, 0, 1}, std::nullopt},
        render::LineItem{Pt(10), Pt(100), Pt(200), Pt(100), Pt(1), Color{0.5, 0.5, 0.5}, true},
    }));
    EXPECT_NE(content.operators.find("0 0 1 rg\n10 740 30 40 re\nf\nQ"), std::string::npos)
        << content.operators;
    EXPECT_NE(content.operators.find("1 J [0 2 ] 0 d\n10 700 m\n200 700 l\nS\n"), std::string::npos)
        << content.operators;
}

TEST(PdfContentStream, ImagesArePlacedAndMissingOnesBecomePlaceholders) {
    Fixture f;
    const auto content = f.write(page_with({
        render::ImageItem{render::ImageId{0}, Pt(50), Pt(100), Pt(200), Pt(100)},
        render::ImageItem{render::ImageId{1}, Pt(50), Pt(300), Pt(80), Pt(60)},
    }));
    EXPECT_NE(content.operators.find("q\n200 0 0 100 50 600 cm\n/Im1 Do\nQ\n"), std::string::npos)
        << content.operators;
    EXPECT_NE(content.operators.find("0.85 g\n50 440 80 60 re f\n"), std::string::npos)
        << content.operators;
    EXPECT_EQ(content.images, std::vector<std::uint32_t>{0});
}

TEST(PdfContentStream, ATurnedPhotoIsTurnedInsideItsBox) {
    Fixture f;
    render::ImageAsset photo;
    photo.orientation = render::Orientation::kTurnedRight;
    f.resources.image_assets = std::span(&photo, 1);
    const auto content =
        f.write(page_with({render::ImageItem{render::ImageId{0}, Pt(50), Pt(100), Pt(100), Pt(200)}}));
    // The box as laid out, then the unit square turned: the stored first row becomes the right
    // column (x = 1), its first pixel the top right corner.
    EXPECT_NE(content.operators.find("q\n100 0 0 200 50 500 cm\n0 -1 1 0 0 1 cm\n/Im1 Do\nQ\n"), std::string::npos)
        << content.operators;
}

}  // namespace
}  // namespace briefbook::pdf
