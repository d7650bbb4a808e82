// hb-subset through text::subset_font, and the CFF charset reader that turns subset glyphs into the
// CIDs a content stream must use.

#include "text/font_subset.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "briefbook/diagnostics.hpp"
#include "pdf/cff_charset.hpp"
#include "pdf_test_document.hpp"

namespace briefbook::pdf {
namespace {

using testing::kCjkSans;
using testing::kSerif;

/// The 'CFF ' table of one face of a font collection, read straight from the file (the tests do
/// not see HarfBuzz).
std::string cff_table_of(const std::string& collection, unsigned face) {
    const std::string bytes = testing::read_file(collection);
    auto u32 = [&](std::size_t at) {
        return (std::uint32_t{static_cast<unsigned char>(bytes[at])} << 24) |
               (std::uint32_t{static_cast<unsigned char>(bytes[at + 1])} << 16) |
               (std::uint32_t{static_cast<unsigned char>(bytes[at + 2])} << 8) |
               static_cast<unsigned char>(bytes[at + 3]);
    };
    const std::size_t directory = u32(12 + 4 * face);  // 'ttcf', version, count, offsets
    const std::size_t tables =
        (std::uint32_t{static_cast<unsigned char>(bytes[directory + 4])} << 8) |
        static_cast<unsigned char>(bytes[directory + 5]);
    for (std::size_t i = 0; i < tables; ++i) {
        const std::size_t record = directory + 12 + 16 * i;
        if (bytes.compare(record, 4, "CFF ") == 0)
            return bytes.substr(u32(record + 8), u32(record + 12));
    }
    return {};
}

std::vector<text::GlyphId> nominal_glyphs(const text::FontFace& face, std::u32string_view text) {
    std::vector<text::GlyphId> glyphs;
    for (char32_t c : text) glyphs.push_back(face.nominal_glyph(c));
    return glyphs;
}

TEST(PdfFontSubset, CffSubsetKeepsExactlyTheGlyphsAskedFor) {
    const auto face = text::FontFace::load(kCjkSans, testing::kCjkJapanese);
    // 直 and 返 have variation-sequence alternates in the cmap; they must not come along.
    const auto glyphs = nominal_glyphs(*face, U"直骨返Af");
    const text::FontSubset subset = text::subset_font(*face, glyphs);
    EXPECT_EQ(subset.format, text::OutlineFormat::kCff);
    EXPECT_EQ(subset.glyph_map.size(), glyphs.size() + 1);  // and .notdef
    const auto charset = read_cff_charset(subset.program);
    ASSERT_TRUE(charset);
    EXPECT_TRUE(charset->cid_keyed);
    EXPECT_EQ(charset->cid_of_glyph.size(), glyphs.size() + 1);
    EXPECT_LT(subset.program.size(), 6000u);
}

TEST(PdfFontSubset, CffSubsetsKeepTheOriginalCids) {
    // Every CJK collection the font configuration uses, regular and bold, Japanese and Chinese.
    for (const std::string file : {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                   "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                                   "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
                                   "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"}) {
        for (unsigned index : {testing::kCjkJapanese, testing::kCjkChinese}) {
            SCOPED_TRACE(file + " #" + std::to_string(index));
            const auto face = text::FontFace::load(file, index);
            const auto glyphs = nominal_glyphs(*face, U"直骨返中文かなA");
            const text::FontSubset subset = text::subset_font(*face, glyphs);
            const auto subset_charset = read_cff_charset(subset.program);
            const auto original_charset = read_cff_charset(cff_table_of(file, index));
            ASSERT_TRUE(subset_charset && original_charset);
            EXPECT_TRUE(subset_charset->cid_keyed);
            EXPECT_EQ(original_charset->cid_of_glyph.size(), face->glyph_count());
            for (text::GlyphId glyph : glyphs) {
                const text::GlyphId renumbered = subset.new_glyph(glyph);
                EXPECT_NE(renumbered, glyph)
                    << "hb-subset renumbers glyphs, which is why CIDs matter";
                EXPECT_EQ(subset_charset->cid_of_glyph.at(renumbered),
                          original_charset->cid_of_glyph.at(glyph));
            }
        }
    }
}

TEST(PdfFontSubset, JapaneseAndChineseFormsAreDifferentGlyphsOfOneCff) {
    const auto japanese = text::FontFace::load(kCjkSans, testing::kCjkJapanese);
    const auto chinese = text::FontFace::load(japanese->file(), testing::kCjkChinese);
    for (char32_t c : std::u32string(U"直骨返")) {
        EXPECT_NE(japanese->nominal_glyph(c), chinese->nominal_glyph(c));
        EXPECT_NE(japanese->nominal_glyph(c), 0u);
    }
    // One subset holds both forms.
    const std::vector<text::GlyphId> both = {japanese->nominal_glyph(U'直'),
                                             chinese->nominal_glyph(U'直')};
    const text::FontSubset subset = text::subset_font(*japanese, both);
    EXPECT_NE(subset.new_glyph(both[0]), subset.new_glyph(both[1]));
}

TEST(PdfFontSubset, TrueTypeSubsetIsAWholeSmallFont) {
    const auto face = text::FontFace::load(kSerif, 0);
    const auto glyphs = nominal_glyphs(*face, U"Briefing");
    const text::FontSubset subset = text::subset_font(*face, glyphs);
    EXPECT_EQ(subset.format, text::OutlineFormat::kTrueType);
    EXPECT_EQ(subset.program.compare(0, 4, std::string("\0\1\0\0", 4)),
              0);  // an sfnt with glyf outlines
    EXPECT_EQ(subset.program.find("GSUB"), std::string::npos);
    EXPECT_EQ(subset.program.find("GPOS"), std::string::npos);
    EXPECT_EQ(subset.program.find("fpgm"), std::string::npos);  // no hinting
    EXPECT_LT(subset.program.size(), 4000u);
    EXPECT_EQ(subset.new_glyph(0), 0u);
}

TEST(PdfFontSubset, ASubsetOfBlankGlyphsIsStillAFont) {
    // A run of spaces draws nothing; its subset has no outlines at all.
    const auto face = text::FontFace::load(kSerif, 0);
    const auto glyphs = nominal_glyphs(*face, U"  ");
    const text::FontSubset subset = text::subset_font(*face, glyphs);
    EXPECT_EQ(subset.format, text::OutlineFormat::kTrueType);
    EXPECT_EQ(subset.glyph_map.size(), 2u);
}

TEST(PdfFontSubset, AGlyphOutsideTheFaceIsAnError) {
    const auto face = text::FontFace::load(kSerif, 0);
    const std::vector<text::GlyphId> glyphs = {face->glyph_count() + 5};
    EXPECT_THROW((void)text::subset_font(*face, glyphs), Error);
}

TEST(PdfCffCharset, RejectsWhatIsNotCff) {
    EXPECT_FALSE(read_cff_charset(""));
    EXPECT_FALSE(read_cff_charset("not a font at all"));
    const auto face = text::FontFace::load(kCjkSans, 0);
    const auto glyphs = nominal_glyphs(*face, U"直");
    const text::FontSubset subset = text::subset_font(*face, glyphs);
    EXPECT_FALSE(
        read_cff_charset(std::string_view(subset.program).substr(0, subset.program.size() / 2)));
}

}  // namespace
}  // namespace briefbook::pdf
