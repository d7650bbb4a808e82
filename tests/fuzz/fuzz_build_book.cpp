// Fuzz target: the whole pipeline, XML to PDF (load, compose, paginate, write) with the a4 layout,
// the one that has every section. Images resolve in tests/data/images, so an input can name the
// broken and hostile images kept there. A briefing with errors stops after loading, as in the CLI.
// Two bits of a hash of the input choose a personalised, watermarked book and an encrypted one,
// so that each input always builds the same way.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)briefbook::fuzz::engine();  // fonts loaded before the first input is timed
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace briefbook;
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    const auto briefing = load_briefing_from_memory(xml, "fuzz.xml", fuzz::image_dir(), diagnostics);
    if (diagnostics.has_errors()) return 0;

    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (const char c : xml) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    BuildOptions options;
    options.layout = "a4";
    options.created = 1700000000;
    if ((hash & 1) != 0 && !briefing.people.empty()) {
        options.for_person = briefing.people.front().id.value;
        options.watermark = true;
    }
    if ((hash & 2) != 0) options.password = "fuzz";
    const auto book = fuzz::engine().build(briefing, options, diagnostics);
    // No errors, so a book; a book has pages and is a PDF.
    if (!book || book->pages == 0 || book->pdf.rfind("%PDF-", 0) != 0) std::abort();
    return 0;
}
