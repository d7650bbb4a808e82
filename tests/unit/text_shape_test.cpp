#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "text/script.hpp"
#include "text/shape.hpp"
#include "text_test_support.hpp"

namespace briefbook::text {
namespace {

using testing::postscript_name;
using testing::shipped_fonts;

SpanStyle styled(std::string lang, double size = 10.0) {
    SpanStyle style;
    style.lang = std::move(lang);
    style.size = Pt(size);
    style.origin = {"shape.xml", {7, 3}};
    return style;
}

StyledText paragraph(std::string_view utf8, const std::string& lang, double size = 10.0) {
    StyledText text;
    text.append(utf8, styled(lang, size));
    return text;
}

std::vector<GlyphId> glyph_ids(const ShapedText& shaped) {
    std::vector<GlyphId> out;
    for (const auto& run : shaped.runs)
        for (const auto& glyph : run.glyphs) out.push_back(glyph.id);
    return out;
}

/// Every glyph's cluster lies in its run, starts a character, and clusters never go backwards.
void expect_clusters_link_to_text(const ShapedText& shaped) {
    std::uint32_t previous = 0;
    std::uint32_t expected_begin = 0;
    for (const auto& run : shaped.runs) {
        EXPECT_EQ(run.begin, expected_begin);
        expected_begin = run.end;
        for (const auto& glyph : run.glyphs) {
            EXPECT_GE(glyph.cluster, run.begin);
            EXPECT_LT(glyph.cluster, run.end);
            EXPECT_NE(static_cast<unsigned char>(shaped.source.text[glyph.cluster]) & 0xC0, 0x80u);
            EXPECT_GE(glyph.cluster, previous);
            previous = glyph.cluster;
            EXPECT_NE(glyph.id, 0u) << "a .notdef box at byte " << glyph.cluster;
        }
    }
    EXPECT_EQ(expected_begin, shaped.source.text.size());
}

TEST(TextShape, LoclGivesJapaneseAndChineseFormsOfTheSameHan) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const ShapedText ja = shaper.shape(paragraph("直骨返", "ja"), diagnostics);
    const ShapedText sc = shaper.shape(paragraph("直骨返", "zh-Hans"), diagnostics);
    ASSERT_EQ(ja.runs.size(), 1u);
    ASSERT_EQ(sc.runs.size(), 1u);
    EXPECT_EQ(ja.runs[0].lang, "ja");
    EXPECT_EQ(postscript_name(ja.runs[0].font), "NotoSerifCJKjp-Regular");
    EXPECT_EQ(postscript_name(sc.runs[0].font), "NotoSerifCJKsc-Regular");
    const auto ja_ids = glyph_ids(ja);
    const auto sc_ids = glyph_ids(sc);
    ASSERT_EQ(ja_ids.size(), 3u);
    ASSERT_EQ(sc_ids.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_NE(ja_ids[i], sc_ids[i]) << "character " << i;
    EXPECT_EQ(diagnostics.all().size(), 0u);
}

TEST(TextShape, OneFaceGivesEachLanguageItsFormsThroughLocl) {
    // A configuration where every language uses the JP face: only the language differs.
    Diagnostics diagnostics;
    std::string roles;
    for (const char* role : {"body", "heading", "label", "mono"})
        roles += std::string("<role name=\"") + role +
                 "\"><chain><font family=\"Noto Serif CJK JP\"/></chain></role>";
    FontConfig config = load_font_config_from_memory(
        "<fonts><family name=\"Noto Serif CJK JP\" package=\"fonts-noto-cjk\"/>" + roles +
            "</fonts>",
        "jp.xml", diagnostics);
    ASSERT_FALSE(diagnostics.has_errors());
    const FontRegistry fonts(std::move(config));
    Shaper shaper(fonts);
    const ShapedText ja = shaper.shape(paragraph("直骨返", "ja"), diagnostics);
    const ShapedText sc = shaper.shape(paragraph("直骨返", "zh-Hans"), diagnostics);
    ASSERT_EQ(ja.runs.size(), 1u);
    ASSERT_EQ(sc.runs.size(), 1u);
    EXPECT_EQ(ja.runs[0].font, sc.runs[0].font);
    const auto ja_ids = glyph_ids(ja);
    const auto sc_ids = glyph_ids(sc);
    ASSERT_EQ(ja_ids.size(), 3u);
    ASSERT_EQ(sc_ids.size(), 3u);
    const FontFace& face = fonts.face(ja.runs[0].font);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_NE(ja_ids[i], sc_ids[i]) << "character " << i;
        EXPECT_EQ(ja_ids[i], face.nominal_glyph(std::u32string(U"直骨返")[i]))
            << "ja is the JP face's default";
    }
}

TEST(TextShape, LigaturesAndKerningApplyToLatin) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const ShapedText office = shaper.shape(paragraph("office", "en"), diagnostics);
    ASSERT_EQ(office.runs.size(), 1u);
    const auto& glyphs = office.runs[0].glyphs;
    ASSERT_EQ(glyphs.size(), 4u) << "o + ffi ligature + c + e";
    EXPECT_EQ(glyphs[1].cluster, 1u);
    EXPECT_EQ(glyphs[2].cluster, 4u);
    const ShapedText av = shaper.shape(paragraph("AV", "en"), diagnostics);
    const FontFace& face = shipped_fonts().face(av.runs[0].font);
    const Pt nominal = face.to_pt(face.advance(av.runs[0].glyphs[0].id), Pt(10.0));
    EXPECT_LT(av.runs[0].glyphs[0].advance.value, nominal.value - 0.1) << "A is kerned before V";
    expect_clusters_link_to_text(office);
}

TEST(TextShape, OnlyTheClustersAFontLacksAreReshapedWithTheNextFont) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const ShapedText shaped = shaper.shape(paragraph("ab ♞ cd", "en"), diagnostics);
    ASSERT_EQ(shaped.runs.size(), 3u);
    EXPECT_EQ(postscript_name(shaped.runs[0].font), "NotoSerif-Regular");
    EXPECT_EQ(postscript_name(shaped.runs[1].font), "NotoSansSymbols2-Regular");
    EXPECT_EQ(postscript_name(shaped.runs[2].font), "NotoSerif-Regular");
    EXPECT_EQ(shaped.runs[1].begin, 3u);
    EXPECT_EQ(shaped.runs[1].end, 6u);
    // One call for the run, one for the knight (fonts without it are skipped by their cmaps).
    EXPECT_EQ(shaper.stats().hb_shape_calls, 2u);
    EXPECT_EQ(shaper.stats().fallback_ranges, 1u);
    expect_clusters_link_to_text(shaped);
    EXPECT_EQ(diagnostics.all().size(), 0u);
}

TEST(TextShape, AMissingCharacterIsReportedOnceAndDrawnAsAReplacementMark) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const std::string missing = "\xF3\xB0\x80\x81";  // U+F0001, private use: no font has it
    const ShapedText first =
        shaper.shape(paragraph("a" + missing + "b" + missing, "en"), diagnostics);
    const ShapedText second = shaper.shape(paragraph("other " + missing, "en", 12.0), diagnostics);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "shape.xml:7:3: warning: no configured font has U+F0001 '" + missing + "' (in 'a" +
                  missing + "b" + missing +
                  "'); a replacement mark is drawn instead [text.missing-glyph]");
    for (const ShapedText* shaped : {&first, &second}) {
        expect_clusters_link_to_text(*shaped);
        bool found = false;
        for (const auto& run : shaped->runs) {
            const FontFace& face = shipped_fonts().face(run.font);
            for (const auto& glyph : run.glyphs) {
                if (shaped->source.text.compare(glyph.cluster, missing.size(), missing) != 0)
                    continue;
                EXPECT_EQ(glyph.id, face.nominal_glyph(U'\uFFFD'));
                found = true;
            }
        }
        EXPECT_TRUE(found);
    }
}

TEST(TextShape, EachDistinctRunIsShapedOncePerShaperWhateverItsSize) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const ShapedText small =
        shaper.shape(paragraph("The ministers met in Tokyo.", "en", 10.0), diagnostics);
    const auto calls = shaper.stats().hb_shape_calls;
    const ShapedText large =
        shaper.shape(paragraph("The ministers met in Tokyo.", "en", 20.0), diagnostics);
    EXPECT_EQ(shaper.stats().hb_shape_calls, calls);
    EXPECT_EQ(shaper.stats().cache_hits, 1u);
    ASSERT_EQ(small.runs[0].glyphs.size(), large.runs[0].glyphs.size());
    for (std::size_t i = 0; i < small.runs[0].glyphs.size(); ++i)
        EXPECT_DOUBLE_EQ(large.runs[0].glyphs[i].advance.value,
                         2 * small.runs[0].glyphs[i].advance.value);
    EXPECT_EQ(large.runs[0].size, Pt(20.0));
    // Other features are another entry.
    const FeatureSetting no_ligatures[] = {{"liga", 0}};
    (void)shaper.shape(paragraph("The ministers met in Tokyo.", "en"), no_ligatures, diagnostics);
    EXPECT_GT(shaper.stats().hb_shape_calls, calls);
}

TEST(TextShape, FeaturesApplyToTheirRangeOnly) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const StyledText text = paragraph("東京、大阪", "ja");
    const ShapedText plain = shaper.shape(text, diagnostics);
    // `halt` on the comma (bytes 6..9) sets it in half an em; the Han around it stay full width.
    const FeatureSetting halt[] = {{"halt", 1, 6, 9}};
    const ShapedText halted = shaper.shape(text, halt, diagnostics);
    ASSERT_EQ(plain.runs.size(), 1u);
    ASSERT_EQ(halted.runs.size(), 1u);
    ASSERT_EQ(halted.runs[0].glyphs.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        const double expected = i == 2 ? 5.0 : 10.0;
        EXPECT_DOUBLE_EQ(halted.runs[0].glyphs[i].advance.value, expected) << "glyph " << i;
        EXPECT_DOUBLE_EQ(plain.runs[0].glyphs[i].advance.value, 10.0) << "glyph " << i;
    }
}

TEST(TextShape, KanaIsSetSolidUnlessCjkKerningIsAskedFor) {
    const StyledText text = paragraph("そうです。", "ja");
    Diagnostics diagnostics;
    Shaper solid(shipped_fonts());
    ShaperOptions options;
    options.cjk_kerning = true;
    Shaper kerned(shipped_fonts(), options);
    const ShapedText a = solid.shape(text, diagnostics);
    const ShapedText b = kerned.shape(text, diagnostics);
    Pt solid_width, kerned_width;
    for (const auto& g : a.runs[0].glyphs) solid_width += g.advance;
    for (const auto& g : b.runs[0].glyphs) kerned_width += g.advance;
    EXPECT_DOUBLE_EQ(solid_width.value, 50.0);
    EXPECT_LT(kerned_width.value, 50.0) << "Noto Serif CJK kerns す before 。";
}

TEST(TextShape, LatinInJapaneseTextUsesTheDefaultChain) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    const ShapedText shaped = shaper.shape(paragraph("JR東日本", "ja"), diagnostics);
    ASSERT_EQ(shaped.runs.size(), 2u);
    EXPECT_EQ(postscript_name(shaped.runs[0].font), "NotoSerif-Regular");
    EXPECT_EQ(shaped.runs[0].lang, "ja");
    EXPECT_EQ(postscript_name(shaped.runs[1].font), "NotoSerifCJKjp-Regular");
}

TEST(TextShape, HanWithoutLanguageIsWarnedOncePerElementAcrossParagraphs) {
    Shaper shaper(shipped_fonts());
    Diagnostics diagnostics;
    (void)shaper.shape(paragraph("Mr 王", "en"), diagnostics);
    (void)shaper.shape(paragraph("Mr 王", "en"), diagnostics);  // layout's second pass
    EXPECT_EQ(diagnostics.all().size(), 1u);
    EXPECT_TRUE(diagnostics.contains("text.han-without-lang"));
}

TEST(TextShape, SeveralThreadsShareOneShaper) {
    Shaper shaper(shipped_fonts());
    const StyledText texts[] = {paragraph("東京で会見", "ja"), paragraph("北京会见", "zh-Hans"),
                                paragraph("Press office", "en")};
    Diagnostics reference_diagnostics;
    std::vector<std::vector<GlyphId>> reference;
    for (const auto& text : texts)
        reference.push_back(glyph_ids(Shaper(shipped_fonts()).shape(text, reference_diagnostics)));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            Diagnostics diagnostics;
            for (int i = 0; i < 200; ++i) {
                const std::size_t k = (t + static_cast<std::size_t>(i)) % 3;
                if (glyph_ids(shaper.shape(texts[k], diagnostics)) != reference[k]) ++mismatches[t];
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(std::count(mismatches.begin(), mismatches.end(), 0), 4);
}

}  // namespace
}  // namespace briefbook::text
