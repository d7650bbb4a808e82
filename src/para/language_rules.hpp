#pragma once
// Which typesetting conventions a run of text follows, from its BCP 47 language: the ICU line
// break tailoring, the kinsoku set, how full-width punctuation sits in its em box, and whether
// English hyphenation applies.

#include <cstdint>
#include <string_view>

namespace briefbook::para {

/// The convention families the paragraph composer knows.
enum class LanguageRules : std::uint8_t {
    kOther,     ///< no CJK conventions; CLREQ's common kinsoku still guards CJK punctuation
    kEnglish,   ///< like kOther, plus hyphenation with the English patterns
    kJapanese,  ///< JLREQ: strict line breaking, punctuation ink on the near side
    kChineseSimplified,   ///< CLREQ, mainland: punctuation at the left of its em box
    kChineseTraditional,  ///< CLREQ, Taiwan and Hong Kong: punctuation centred in its em box
};

/// The rules for a BCP 47 tag ("ja", "zh-Hans", "zh-TW", "en-GB"). Han text without a Chinese
/// region or script counts as Simplified Chinese, like the fonts configuration does.
[[nodiscard]] LanguageRules rules_for_language(std::string_view bcp47);

/// True for the two Chinese families.
[[nodiscard]] constexpr bool is_chinese(LanguageRules rules) {
    return rules == LanguageRules::kChineseSimplified ||
           rules == LanguageRules::kChineseTraditional;
}

}  // namespace briefbook::para
