#include "para/language_rules.hpp"

#include "text/language.hpp"

namespace briefbook::para {

LanguageRules rules_for_language(std::string_view bcp47) {
    // The CJK traditions are the ones the font configuration uses, so that text set in Japanese
    // glyph forms also follows Japanese line breaking.
    const std::string_view key = text::font_language_key(bcp47);
    if (key == "ja") return LanguageRules::kJapanese;
    if (key == "zh-Hans") return LanguageRules::kChineseSimplified;
    if (key == "zh-Hant") return LanguageRules::kChineseTraditional;
    const bool english = bcp47.size() >= 2 && (bcp47[0] == 'e' || bcp47[0] == 'E') &&
                         (bcp47[1] == 'n' || bcp47[1] == 'N') &&
                         (bcp47.size() == 2 || bcp47[2] == '-');
    return english ? LanguageRules::kEnglish : LanguageRules::kOther;
}

}  // namespace briefbook::para
