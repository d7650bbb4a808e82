#pragma once
// Matching a book's language (BCP 47, as written in the briefing) to data keyed by language:
// label files and date patterns exist for "en", "ja", "zh-Hans", "zh-Hant"; a book may say
// "zh-CN", "zh", "ja-JP" or "en-US".

#include <string>
#include <string_view>
#include <vector>

namespace briefbook::layout {

/// The tags under which to look for data for `bcp47`, most specific first, each canonically
/// cased: "zh-TW" gives zh-TW, zh-Hant-TW, zh-Hant, zh; "ja" gives ja, ja-Jpan-JP, ja-Jpan.
/// The script and region come from CLDR's likely subtags (ICU), never from the process locale.
/// Empty when `bcp47` is not a well-formed tag.
[[nodiscard]] std::vector<std::string> language_candidates(std::string_view bcp47);

}  // namespace briefbook::layout
