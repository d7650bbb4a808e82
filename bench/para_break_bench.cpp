// Paragraphs per second for line breaking (issue 4), on the corpus of tests/data/para: English,
// Japanese, Simplified Chinese and mixed paragraphs. Shaping is done once, outside the timings;
// "BreakBook" breaks 1500 paragraphs, about the text of a 300-page briefing book.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "briefbook/diagnostics.hpp"
#include "para/prepared_paragraph.hpp"
#include "text/font_config.hpp"
#include "text/font_registry.hpp"
#include "text/shape.hpp"

namespace {

using briefbook::Diagnostics;
using briefbook::Pt;
namespace para = briefbook::para;
namespace text = briefbook::text;

constexpr std::size_t kBookParagraphs = 1500;

struct Fixture {
    text::FontRegistry fonts;
    text::Shaper shaper;
    para::Hyphenator hyphenator = para::Hyphenator::english();
    std::vector<text::ShapedText> shaped;
    std::vector<para::PreparedParagraph> prepared;

    static text::FontConfig config() {
        Diagnostics diagnostics;
        return text::load_font_config(std::string(BRIEFBOOK_BENCH_SOURCE_DIR) + "/fonts/fonts.xml",
                                      diagnostics);
    }
    Fixture() : fonts(config()), shaper(fonts) {
        Diagnostics diagnostics;
        for (const text::StyledText& source : briefbook::bench::paragraph_corpus()) {
            shaped.push_back(shaper.shape(source, diagnostics));
            prepared.push_back(
                para::PreparedParagraph::prepare(source, shaper, {}, hyphenator, diagnostics));
        }
    }
};

Fixture& fixture() {
    static Fixture instance;
    return instance;
}

/// Every corpus paragraph broken justified at a body width of 30 ems (total-fit).
void BreakCorpus(benchmark::State& state) {
    Fixture& f = fixture();
    const para::BreakOptions options{.breaker = para::Breaker::kTotalFit};
    for (auto _ : state)
        for (const para::PreparedParagraph& paragraph : f.prepared)
            benchmark::DoNotOptimize(
                paragraph.break_lines(Pt(static_cast<double>(state.range(0))), options));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.prepared.size()));
    state.SetLabel("paragraphs");
}
BENCHMARK(BreakCorpus)->Arg(100)->Arg(300)->Arg(450)->Unit(benchmark::kMicrosecond);

/// The same with the first-fit breaker, for comparison.
void BreakCorpusFirstFit(benchmark::State& state) {
    Fixture& f = fixture();
    const para::BreakOptions options{.breaker = para::Breaker::kFirstFit};
    for (auto _ : state)
        for (const para::PreparedParagraph& paragraph : f.prepared)
            benchmark::DoNotOptimize(paragraph.break_lines(Pt(300), options));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.prepared.size()));
    state.SetLabel("paragraphs");
}
BENCHMARK(BreakCorpusFirstFit)->Unit(benchmark::kMicrosecond);

/// Preparing shaped paragraphs: clusters, ICU opportunities, kinsoku, hyphenation, items.
void PrepareCorpus(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state)
        for (const text::ShapedText& shaped : f.shaped)
            benchmark::DoNotOptimize(
                para::PreparedParagraph::prepare(shaped, f.fonts, {}, f.hyphenator));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.shaped.size()));
    state.SetLabel("paragraphs");
}
BENCHMARK(PrepareCorpus)->Unit(benchmark::kMillisecond);

/// A 300-page book's text: 1500 paragraphs of the corpus, each broken once at 30 ems.
void BreakBook(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state)
        for (std::size_t i = 0; i < kBookParagraphs; ++i)
            benchmark::DoNotOptimize(f.prepared[i % f.prepared.size()].break_lines(Pt(300)));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBookParagraphs));
    state.SetLabel("paragraphs");
}
BENCHMARK(BreakBook)->Unit(benchmark::kMillisecond);

/// The same book, prepared (from shaped text) and broken.
void PrepareAndBreakBook(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state)
        for (std::size_t i = 0; i < kBookParagraphs; ++i)
            benchmark::DoNotOptimize(para::PreparedParagraph::prepare(f.shaped[i % f.shaped.size()],
                                                                      f.fonts, {}, f.hyphenator)
                                         .break_lines(Pt(300)));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBookParagraphs));
    state.SetLabel("paragraphs");
}
BENCHMARK(PrepareAndBreakBook)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
