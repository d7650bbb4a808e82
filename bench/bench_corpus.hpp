#pragma once
// The paragraph corpus of tests/data/para (English, Japanese, Simplified Chinese, mixed), as the
// benchmarks feed it: one language per file section, [lang|...] spans flattened into it.

#include <vector>

#include "text/styled_text.hpp"

namespace briefbook::bench {

/// Every paragraph of the four corpus files, in file order.
[[nodiscard]] std::vector<text::StyledText> paragraph_corpus();

}  // namespace briefbook::bench
