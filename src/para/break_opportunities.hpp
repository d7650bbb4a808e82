#pragma once
// Where a line may end: UAX #14 opportunities from ICU's line break iterator, run with the
// tailoring of each span's language, less the places our own rules forbid (kinsoku, a number and
// its unit or currency, an em dash or ellipsis pair).

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "para/language_rules.hpp"

namespace briefbook::para {

/// A byte range of the paragraph's text in one language.
struct LanguageSpan {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    LanguageRules rules = LanguageRules::kOther;
};

/// A place where a line may end: just before the byte at `offset` (after any spaces, as UAX #14
/// puts it). Mandatory opportunities follow a line separator.
struct BreakOpportunity {
    std::uint32_t offset = 0;
    bool mandatory = false;
    /// Inside text kept together (a name): taken only where nothing else fits.
    bool last_resort = false;
    friend bool operator==(const BreakOpportunity&, const BreakOpportunity&) = default;
};

/// The ICU locale whose line break tailoring a language uses: "ja@lb=strict" for Japanese (JLREQ
/// strict kinsoku), "zh" for Chinese, the root rules otherwise.
[[nodiscard]] const char* icu_line_break_locale(LanguageRules rules);

/// A byte range of the paragraph's text to keep on one line, such as a name.
struct KeptTogether {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

/// Opportunities inside `text` (never at 0 or at text.size()), in increasing order. `spans` cover
/// the text in order; an opportunity follows the rules of the span holding the character after it.
/// An opportunity strictly inside one of `kept` (increasing, not overlapping) is a last resort.
[[nodiscard]] std::vector<BreakOpportunity> find_break_opportunities(
    std::string_view text, std::span<const LanguageSpan> spans,
    std::span<const KeptTogether> kept = {});

}  // namespace briefbook::para
