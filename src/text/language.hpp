#pragma once
// Language tags as the text engine needs them: which CJK writing tradition a BCP 47 tag names.

#include <string_view>

namespace briefbook::text {

/// The font configuration's key for a BCP 47 tag: "ja", "ko", "zh-Hans" or "zh-Hant" for the CJK
/// languages (with their usual regions and scripts: "zh-TW" is "zh-Hant", "zh" is "zh-Hans"), and
/// "" for every other language. Case-insensitive.
[[nodiscard]] std::string_view font_language_key(std::string_view bcp47);

/// True when the tag names a language written with Han characters or Hangul (the keys above).
[[nodiscard]] inline bool is_cjk_language(std::string_view bcp47) {
    return !font_language_key(bcp47).empty();
}

}  // namespace briefbook::text
