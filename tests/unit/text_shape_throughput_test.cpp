// A measurement, not a check: how fast a fresh Shaper shapes a few hundred briefing paragraphs,
// and how fast again from its cache. Disabled by default (it reads the clock); run it with
//   build/NAME/tests/briefbook_tests --gtest_also_run_disabled_tests --gtest_filter='*Throughput*'
// Real benchmarks belong in bench/.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "text/shape.hpp"
#include "text_test_support.hpp"

namespace briefbook::text {
namespace {

SpanStyle styled(const char* lang) {
    SpanStyle style;
    style.lang = lang;
    return style;
}

/// Paragraph `i` of a synthetic book: English with names, Japanese, Chinese, in turn; the number
/// makes every paragraph distinct, as in a real book, while words repeat, as they do.
StyledText paragraph(int i) {
    StyledText text;
    const std::string n = std::to_string(i);
    switch (i % 3) {
        case 0:
            text.append("Session " + n +
                            ": the delegation met officials of the Ministry of Health, Labour and "
                            "Welfare, including Director-General ",
                        styled("en"));
            text.append("田中一郎", styled("ja"));
            text.append(
                ", to discuss the office's drug pricing reforms, affordable access and the "
                "fifty-first review of regulatory science in Asia.",
                styled("en"));
            break;
        case 1:
            text.append(
                "第" + n +
                    "回会合では、厚生労働省の担当者が薬価制度改革と医薬品の安定供給について説明し、"
                    "参加者との質疑応答が行われた。",
                styled("ja"));
            break;
        default:
            text.append("第" + n +
                            "次会议上，国家药品监督管理局介绍了药品审评审批制度改革的最新进展，"
                            "并与代表团就临床试验数据互认进行了交流。",
                        styled("zh-Hans"));
            break;
    }
    return text;
}

TEST(TextShapeThroughput, DISABLED_ShapesAFewHundredParagraphs) {
    constexpr int kParagraphs = 600;
    std::vector<StyledText> texts;
    std::size_t bytes = 0;
    for (int i = 0; i < kParagraphs; ++i) {
        texts.push_back(paragraph(i));
        bytes += texts.back().text.size();
    }
    Shaper shaper(testing::shipped_fonts());
    Diagnostics diagnostics;
    std::size_t glyphs = 0;
    const auto time = [&] {
        const auto start = std::chrono::steady_clock::now();
        for (const auto& text : texts)
            for (const auto& run : shaper.shape(text, diagnostics).runs)
                glyphs += run.glyphs.size();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    const double cold = time();
    const ShaperStats after_cold = shaper.stats();
    const double warm = time();
    const ShaperStats after_warm = shaper.stats();
    std::printf("%d paragraphs, %zu bytes, %zu glyphs per pass\n", kParagraphs, bytes, glyphs / 2);
    std::printf(
        "cold: %.1f ms (%.0f paragraphs/s, %.2f MB/s), %llu runs, %llu HarfBuzz calls, %llu hits\n",
        cold * 1e3, kParagraphs / cold, static_cast<double>(bytes) / cold / 1e6,
        static_cast<unsigned long long>(after_cold.runs),
        static_cast<unsigned long long>(after_cold.hb_shape_calls),
        static_cast<unsigned long long>(after_cold.cache_hits));
    std::printf(
        "warm: %.1f ms (%.0f paragraphs/s), %llu more HarfBuzz calls\n", warm * 1e3,
        kParagraphs / warm,
        static_cast<unsigned long long>(after_warm.hb_shape_calls - after_cold.hb_shape_calls));
    // The same work without the cache (it keeps one run), for the cost of HarfBuzz itself.
    ShaperOptions uncached_options;
    uncached_options.max_cache_entries = 1;
    Shaper uncached(testing::shipped_fonts(), uncached_options);
    const auto start = std::chrono::steady_clock::now();
    for (const auto& text : texts) (void)uncached.shape(text, diagnostics);
    const double raw =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("no cache: %.1f ms (%.0f paragraphs/s, %.2f MB/s), %llu HarfBuzz calls\n",
                raw * 1e3, kParagraphs / raw, static_cast<double>(bytes) / raw / 1e6,
                static_cast<unsigned long long>(uncached.stats().hb_shape_calls));
    EXPECT_EQ(after_warm.hb_shape_calls, after_cold.hb_shape_calls);
    EXPECT_EQ(diagnostics.error_count(), 0u);
}

}  // namespace
}  // namespace briefbook::text
