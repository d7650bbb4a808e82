#pragma once
// Where user-perceived characters (extended grapheme clusters, UAX #29) start: the places text may
// be cut without separating a base letter from its accents, an ideograph from its variation
// selector (葛󠄀), the halves of a flag or the parts of an emoji sequence.

#include <cstddef>
#include <string_view>
#include <vector>

namespace briefbook::text {

/// Byte offsets in `utf8` where each grapheme cluster after the first starts, in increasing order
/// (never 0, never utf8.size()). From ICU's character break iterator.
[[nodiscard]] std::vector<std::size_t> grapheme_starts(std::string_view utf8);

}  // namespace briefbook::text
