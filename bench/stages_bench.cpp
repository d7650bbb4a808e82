// Micro-benchmarks of the hot stages of a build (issue 8), each on real data: the sample trip
// (samples/phirda-japan-2023) and the checked-in 40-delegate briefing
// (tests/data/generated/delegation-40.xml), and the paragraph corpus of tests/data/para.
//
//   Startup       the font registry (fontconfig, faces), the hyphenation patterns, the Engine
//   ItemizeShape  itemize + HarfBuzz with a new Shaper (cold cache) and again (warm cache)
//   Compose       compose_book: every layout pass, shaping and line breaking included
//   Paginate      pagination of a flow of prepared paragraphs
//   Subset        hb-subset of every face a book draws with, its glyphs only
//   WritePdf      the whole PDF writer (subsets, content streams, navigation, serialization)
//   EngineBuild   Engine::build of a loaded briefing (what `briefbook build` does after parsing)
//
// Build: cmake --preset bench && cmake --build --preset bench -j2
// Run:   build/bench/bench/briefbook_bench_stages [--benchmark_filter=REGEX]

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "book/compose_book.hpp"
#include "book/typesetter.hpp"
#include "bench_corpus.hpp"
#include "briefbook/diagnostics.hpp"
#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "flow/paginate.hpp"
#include "layout/labels.hpp"
#include "layout/layout_file.hpp"
#include "para/hyphenator.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font_registry.hpp"
#include "text/font_subset.hpp"
#include "text/shape.hpp"

namespace {

using briefbook::Diagnostics;
using briefbook::Pt;
namespace book = briefbook::book;
namespace flow = briefbook::flow;
namespace layout = briefbook::layout;
namespace para = briefbook::para;
namespace pdf = briefbook::pdf;
namespace render = briefbook::render;
namespace text = briefbook::text;

const std::string kSource = BRIEFBOOK_BENCH_SOURCE_DIR;
const std::string kSample = kSource + "/samples/phirda-japan-2023/briefing.xml";
const std::string kDelegation = kSource + "/tests/data/generated/delegation-40.xml";

/// The briefing of benchmark argument 0 (the sample) or 1 (the 40-delegate briefing).
const std::string& input(std::int64_t which) { return which == 0 ? kSample : kDelegation; }

std::unique_ptr<text::FontRegistry> load_fonts() {
    Diagnostics diagnostics;
    auto fonts = text::load_font_registry(kSource + "/fonts/fonts.xml", diagnostics);
    if (!fonts) throw std::runtime_error("fonts/fonts.xml has errors");
    return fonts;
}

/// What a build needs that is loaded once per process, and the composed books (made once).
struct Fixture {
    std::unique_ptr<text::FontRegistry> fonts = load_fonts();
    para::Hyphenator hyphenator = para::Hyphenator::english();
    std::vector<text::StyledText> paragraphs = briefbook::bench::paragraph_corpus();
    std::map<std::int64_t, render::RenderedDocument> documents;

    /// The book of input `which`, composed with the a4 layout as Engine::build does.
    const render::RenderedDocument& document(std::int64_t which) {
        auto& slot = documents[which];
        if (slot.pages.empty()) slot = compose(which);
        return slot;
    }

    render::RenderedDocument compose(std::int64_t which) {
        Diagnostics diagnostics;
        const auto briefing = briefbook::load_briefing(input(which), diagnostics);
        const auto book_layout = layout::load_layout("a4", kSource, diagnostics);
        const auto labels = layout::load_labels(briefing.lang, kSource, diagnostics);
        text::ShaperOptions options;
        options.itemize.default_cjk_lang = layout::cjk_default_language(book_layout.text, briefing.lang);
        text::Shaper shaper(*fonts, options);
        return book::compose_book(briefing, book_layout, labels, shaper, hyphenator, {}, diagnostics);
    }
};

Fixture& fixture() {
    static Fixture instance;
    return instance;
}

// ---- Startup -------------------------------------------------------------------------------------

/// fonts.xml read and every configured family resolved through fontconfig, faces opened.
void StartupFontRegistry(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(load_fonts());
}
BENCHMARK(StartupFontRegistry)->Unit(benchmark::kMillisecond);

/// The English hyphenation patterns.
void StartupHyphenator(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(para::Hyphenator::english());
}
BENCHMARK(StartupHyphenator)->Unit(benchmark::kMillisecond);

/// Everything an Engine loads once per process.
void StartupEngine(benchmark::State& state) {
    for (auto _ : state) {
        briefbook::Engine engine(kSource);
        benchmark::DoNotOptimize(&engine);
    }
}
BENCHMARK(StartupEngine)->Unit(benchmark::kMillisecond);

// ---- Itemize and shape ---------------------------------------------------------------------------

/// The corpus itemized and shaped with a new Shaper each time: every run goes to HarfBuzz.
void ItemizeShapeCold(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        text::Shaper shaper(*f.fonts);
        Diagnostics diagnostics;
        for (const auto& paragraph : f.paragraphs) benchmark::DoNotOptimize(shaper.shape(paragraph, diagnostics));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.paragraphs.size()));
}
BENCHMARK(ItemizeShapeCold)->Unit(benchmark::kMillisecond);

/// The same with one Shaper throughout: what a second layout pass costs in shaping (itemizing,
/// cache look-ups, scaling the cached glyphs).
void ItemizeShapeWarm(benchmark::State& state) {
    Fixture& f = fixture();
    text::Shaper shaper(*f.fonts);
    Diagnostics diagnostics;
    for (const auto& paragraph : f.paragraphs) benchmark::DoNotOptimize(shaper.shape(paragraph, diagnostics));
    for (auto _ : state)
        for (const auto& paragraph : f.paragraphs) benchmark::DoNotOptimize(shaper.shape(paragraph, diagnostics));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.paragraphs.size()));
}
BENCHMARK(ItemizeShapeWarm)->Unit(benchmark::kMillisecond);

/// Shaping plus everything line breaking prepares (clusters, break opportunities, kinsoku,
/// hyphenation, items), with a warm shape cache: the per-pass cost of a paragraph.
void PrepareParagraphs(benchmark::State& state) {
    Fixture& f = fixture();
    text::Shaper shaper(*f.fonts);
    Diagnostics diagnostics;
    for (auto _ : state)
        for (const auto& paragraph : f.paragraphs)
            benchmark::DoNotOptimize(para::PreparedParagraph::prepare(paragraph, shaper, {}, f.hyphenator, diagnostics));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.paragraphs.size()));
}
BENCHMARK(PrepareParagraphs)->Unit(benchmark::kMillisecond);

// ---- Composition and pagination ------------------------------------------------------------------

/// compose_book with a new Shaper: every layout pass until the page numbers settle.
void Compose(benchmark::State& state) {
    Fixture& f = fixture();
    std::size_t pages = 0;
    for (auto _ : state) {
        auto document = f.compose(state.range(0));
        pages = document.pages.size();
        benchmark::DoNotOptimize(document);
    }
    state.counters["pages"] = static_cast<double>(pages);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pages));
}
BENCHMARK(Compose)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// Pagination alone: the corpus as body paragraphs (set once), filled onto A4 pages.
void Paginate(benchmark::State& state) {
    Fixture& f = fixture();
    text::Shaper shaper(*f.fonts);
    Diagnostics diagnostics;
    const layout::TextOptions options;
    book::Typesetter typesetter(shaper, f.hyphenator, options, diagnostics);
    layout::Style style;
    style.leading = Pt(14);
    style.space_after = Pt(6);
    std::vector<flow::FlowItem> items;
    for (int copy = 0; copy < 30; ++copy)
        for (const auto& paragraph : f.paragraphs) {
            book::RichText rich;
            rich.text = paragraph;
            items.emplace_back(typesetter.paragraph(rich, style, Pt(453)));
        }
    const flow::PageFrame frame{Pt(595.276), Pt(841.89), Pt(72), Pt(72), Pt(70), Pt(70), true};
    std::size_t pages = 0;
    for (auto _ : state) {
        Diagnostics pass;
        auto pagination = flow::paginate(items, frame, pass);
        pages = pagination.pages.size();
        benchmark::DoNotOptimize(pagination);
    }
    state.counters["pages"] = static_cast<double>(pages);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pages));
}
BENCHMARK(Paginate)->Unit(benchmark::kMillisecond);

// ---- PDF -----------------------------------------------------------------------------------------

/// hb-subset of every face the book draws with, to exactly the glyphs it draws.
void Subset(benchmark::State& state) {
    Fixture& f = fixture();
    std::map<std::uint32_t, std::vector<text::GlyphId>> used;
    for (const auto& page : f.document(state.range(0)).pages)
        for (const auto& item : page.items)
            if (const auto* run = std::get_if<render::GlyphRunItem>(&item))
                for (const auto& glyph : run->glyphs) used[run->font.value].push_back(glyph.id);
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        for (const auto& [id, glyphs] : used) bytes += text::subset_font(f.fonts->face(text::FontId{id}), glyphs).program.size();
    }
    state.counters["faces"] = static_cast<double>(used.size());
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(Subset)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// The whole writer on a composed book, compressed as `briefbook build` writes it.
void WritePdf(benchmark::State& state) {
    Fixture& f = fixture();
    const auto& document = f.document(state.range(0));
    std::size_t bytes = 0;
    for (auto _ : state) {
        Diagnostics diagnostics;
        bytes = pdf::write_pdf(document, *f.fonts, {}, diagnostics).size();
    }
    state.counters["pages"] = static_cast<double>(document.pages.size());
    state.counters["bytes"] = static_cast<double>(bytes);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(document.pages.size()));
}
BENCHMARK(WritePdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// ---- The whole build -----------------------------------------------------------------------------

/// Engine::build of a loaded briefing: layout, labels, composition, the PDF. One Engine for all
/// iterations, so the shape cache is warm after the first (as for the second book of a batch).
void EngineBuild(benchmark::State& state) {
    static briefbook::Engine engine(kSource);
    Diagnostics load_diagnostics;
    const auto briefing = briefbook::load_briefing(input(state.range(0)), load_diagnostics);
    std::size_t pages = 0;
    for (auto _ : state) {
        Diagnostics diagnostics;
        const auto built = engine.build(briefing, {}, diagnostics);
        pages = built ? built->pages : 0;
        benchmark::DoNotOptimize(built);
    }
    state.counters["pages"] = static_cast<double>(pages);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pages));
}
BENCHMARK(EngineBuild)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
