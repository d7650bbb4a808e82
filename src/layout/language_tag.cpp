#include "layout/language_tag.hpp"

#include <algorithm>

#include <unicode/locid.h>

namespace briefbook::layout {

std::vector<std::string> language_candidates(std::string_view bcp47) {
    if (bcp47.empty()) return {};
    UErrorCode status = U_ZERO_ERROR;
    const auto locale = icu::Locale::forLanguageTag(
        icu::StringPiece(bcp47.data(), static_cast<std::int32_t>(bcp47.size())), status);
    if (U_FAILURE(status) || locale.isBogus() || *locale.getLanguage() == '\0') return {};

    std::vector<std::string> candidates;
    const auto add = [&](std::string tag) {
        if (!tag.empty() && std::find(candidates.begin(), candidates.end(), tag) == candidates.end()) {
            candidates.push_back(std::move(tag));
        }
    };
    add(locale.toLanguageTag<std::string>(status));

    icu::Locale likely(locale);
    likely.addLikelySubtags(status);
    if (U_FAILURE(status)) return candidates;
    const std::string language = likely.getLanguage();
    const std::string script = likely.getScript();
    const std::string region = likely.getCountry();
    if (!script.empty() && !region.empty()) add(language + '-' + script + '-' + region);
    if (!script.empty()) add(language + '-' + script);
    add(language);
    return candidates;
}

}  // namespace briefbook::layout
