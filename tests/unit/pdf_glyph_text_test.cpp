// What each glyph stands for: clusters, ToUnicode readings, and where ActualText is needed.

#include "pdf/glyph_text.hpp"

#include <gtest/gtest.h>

namespace briefbook::pdf {
namespace {

using render::GlyphRunItem;
using render::PlacedGlyph;

/// A run of `font` whose glyphs are (glyph id, cluster byte offset) pairs.
GlyphRunItem run(std::uint32_t font, std::string text,
                 std::vector<std::pair<text::GlyphId, std::uint32_t>> glyphs) {
    GlyphRunItem item;
    item.font = text::FontId{font};
    item.size = Pt(10);
    item.text = std::move(text);
    for (const auto& [id, cluster] : glyphs)
        item.glyphs.push_back(PlacedGlyph{id, Pt(0), Pt(0), Pt(5), cluster});
    return item;
}

render::RenderedDocument document_of(std::vector<GlyphRunItem> runs) {
    render::RenderedDocument document;
    document.pages.emplace_back();
    for (auto& r : runs) document.pages.back().items.push_back(std::move(r));
    return document;
}

TEST(PdfGlyphText, ClustersTakeTheTextUpToTheNextCluster) {
    const GlyphRunItem item =
        run(0, "office", {{10, 0}, {11, 1}, {12, 2}, {13, 5}});  // o, f, ffi-ish "fic", e
    const auto clusters = split_clusters(item);
    ASSERT_EQ(clusters.size(), 4u);
    EXPECT_EQ(clusters[2].text_begin, 2u);
    EXPECT_EQ(clusters[2].text_end, 5u);
    EXPECT_EQ(clusters[3].text_end, 6u);
}

TEST(PdfGlyphText, SeveralGlyphsOfOneClusterStayTogether) {
    const GlyphRunItem item =
        run(0, "e\u0301x", {{20, 0}, {21, 0}, {22, 3}});  // e + combining acute
    const auto clusters = split_clusters(item);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_EQ(clusters[0].glyph_count, 2u);
    EXPECT_EQ(clusters[0].text_end, 3u);
}

TEST(PdfGlyphText, ALigatureGlyphStandsForAllItsLetters) {
    const GlyphTextMap map(document_of({run(0, "fine", {{5, 0}, {6, 2}, {7, 3}})}));
    ASSERT_NE(map.unicode(text::FontId{0}, 5), nullptr);
    EXPECT_EQ(*map.unicode(text::FontId{0}, 5), U"fi");
    EXPECT_EQ(map.glyphs(text::FontId{0}), (std::vector<text::GlyphId>{5, 6, 7}));
}

TEST(PdfGlyphText, RealIdeographsWinOverLookAlikesSharingTheirGlyph) {
    // Glyph 9748 is 人 (U+4EBA) and the Kangxi radical U+2F08; the radical is more frequent here.
    const GlyphTextMap map(document_of({
        run(1, "\u2F08", {{9748, 0}}),
        run(1, "\u2F08", {{9748, 0}}),
        run(1, "\u4EBA", {{9748, 0}}),
    }));
    EXPECT_EQ(*map.unicode(text::FontId{1}, 9748), U"\u4EBA");
    const GlyphRunItem radical = run(1, "\u2F08", {{9748, 0}});
    const GlyphRunItem person = run(1, "\u4EBA", {{9748, 0}});
    EXPECT_TRUE(map.needs_actual_text(radical, split_clusters(radical)[0]));
    EXPECT_FALSE(map.needs_actual_text(person, split_clusters(person)[0]));
}

TEST(PdfGlyphText, TheMoreFrequentReadingWinsAndTheOtherGetsActualText) {
    const GlyphTextMap map(document_of({
        run(0, "A", {{3, 0}}), run(0, "A", {{3, 0}}),
        run(0, "\u0391", {{3, 0}}),  // Greek capital alpha drawn with the same glyph
    }));
    EXPECT_EQ(*map.unicode(text::FontId{0}, 3), U"A");
    const GlyphRunItem alpha = run(0, "\u0391", {{3, 0}});
    EXPECT_TRUE(map.needs_actual_text(alpha, split_clusters(alpha)[0]));
}

TEST(PdfGlyphText, ClustersOfSeveralGlyphsReadPositionallyOrNeedActualText) {
    const GlyphTextMap map(document_of({
        run(0, "e\u0301", {{20, 0}, {21, 0}}),             // two glyphs, two characters: one each
        run(0, "\u0915\u094D\u0937", {{30, 0}, {31, 0}}),  // two glyphs for three characters
    }));
    EXPECT_EQ(*map.unicode(text::FontId{0}, 20), U"e");
    EXPECT_EQ(*map.unicode(text::FontId{0}, 21), U"\u0301");
    EXPECT_EQ(map.unicode(text::FontId{0}, 30), nullptr);
    const GlyphRunItem accented = run(0, "e\u0301", {{20, 0}, {21, 0}});
    EXPECT_FALSE(map.needs_actual_text(accented, split_clusters(accented)[0]));
    const GlyphRunItem conjunct = run(0, "\u0915\u094D\u0937", {{30, 0}, {31, 0}});
    EXPECT_TRUE(map.needs_actual_text(conjunct, split_clusters(conjunct)[0]));
}

TEST(PdfGlyphText, FacesAreListedInIdOrder) {
    const GlyphTextMap map(document_of({run(2, "a", {{1, 0}}), run(0, "b", {{2, 0}})}));
    const auto fonts = map.fonts();
    ASSERT_EQ(fonts.size(), 2u);
    EXPECT_EQ(fonts[0].value, 0u);
    EXPECT_EQ(fonts[1].value, 2u);
    EXPECT_TRUE(map.glyphs(text::FontId{1}).empty());
}

}  // namespace
}  // namespace briefbook::pdf
