// Localized::primary and ::native: which language variant of a text the book shows first, and
// which one beside it (spec: "Principles").

#include <unicode/uloc.h>

#include <string>

#include "briefbook/model.hpp"

namespace briefbook::model {

namespace {

/// The language and script a BCP 47 tag stands for, with ICU's likely subtags filled in, so that
/// "zh" and "zh-Hans" agree, and "zh-TW" and "zh-Hant" do, but "zh-Hans" and "zh-Hant" do not.
struct LanguageAndScript {
    std::string language;
    std::string script;
    friend bool operator==(const LanguageAndScript&, const LanguageAndScript&) = default;
};

LanguageAndScript language_and_script(std::string_view tag) {
    const std::string input(tag);
    char locale[ULOC_FULLNAME_CAPACITY] = {};
    char maximized[ULOC_FULLNAME_CAPACITY] = {};
    char language[ULOC_LANG_CAPACITY] = {};
    char script[ULOC_SCRIPT_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(input.c_str(), locale, sizeof locale, nullptr, &status);
    uloc_addLikelySubtags(locale, maximized, sizeof maximized, &status);
    uloc_getLanguage(maximized, language, sizeof language, &status);
    uloc_getScript(maximized, script, sizeof script, &status);
    if (U_FAILURE(status)) return {input, {}};  // not a tag ICU can read: compare as written
    return {language, script};
}

}  // namespace

const LocalizedText* Localized::primary(std::string_view lang) const {
    if (variants.empty()) return nullptr;
    const auto wanted = language_and_script(lang);
    for (const auto& variant : variants) {
        if (language_and_script(variant.lang) == wanted) return &variant;
    }
    return &variants.front();
}

const LocalizedText* Localized::native(std::string_view lang) const {
    const LocalizedText* first = primary(lang);
    if (first == nullptr) return nullptr;
    const auto shown = language_and_script(first->lang);
    for (const auto& variant : variants) {
        if (&variant != first && !(language_and_script(variant.lang) == shown)) return &variant;
    }
    return nullptr;
}

}  // namespace briefbook::model
