// Fuzz target: the XML-to-model loader (decode, parse, build the model, validate) on any bytes.
// Whatever the input, loading ends with a model and diagnostics: no crash, no hang, no
// sanitizer report, and every diagnostic is well formed.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "briefbook/load.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace briefbook;
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    const auto briefing = load_briefing_from_memory(xml, "fuzz.xml", fuzz::image_dir(), diagnostics);
    for (const auto& diagnostic : diagnostics.all()) {
        // A diagnostic names its problem with a code and a message; a position, when known, is
        // 1-based.
        if (diagnostic.code.empty() || diagnostic.message.empty()) std::abort();
        if (diagnostic.where.position.line == 0 && diagnostic.where.position.column != 0) std::abort();
    }
    // The model's own text form walks everything that was read.
    (void)model::dump(briefing);
    return 0;
}
