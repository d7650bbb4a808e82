#include "text/font_match.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

namespace {

struct PatternDeleter {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
/// Owns an FcPattern.
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

bool same_name(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

std::string string_of(const FcPattern* pattern, const char* object, int n = 0) {
    FcChar8* value = nullptr;
    if (FcPatternGetString(pattern, object, n, &value) != FcResultMatch || !value) return {};
    return reinterpret_cast<const char*>(value);
}

}  // namespace

/// Owns the FcConfig.
struct FontMatcher::Config {
    FcConfig* handle = nullptr;
    ~Config() {
        if (handle) FcConfigDestroy(handle);
    }
};

FontMatcher::FontMatcher() : config_(std::make_unique<Config>()) {
    config_->handle = FcInitLoadConfigAndFonts();
    if (!config_->handle) throw Error("fontconfig could not load its configuration", "font.config");
}

FontMatcher::~FontMatcher() = default;

FontMatch FontMatcher::match(std::string_view family, int weight, bool italic) const {
    Pattern pattern(FcPatternCreate());
    const std::string family_name(family);
    FcPatternAddString(pattern.get(), FC_FAMILY,
                       reinterpret_cast<const FcChar8*>(family_name.c_str()));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, FcWeightFromOpenType(weight));
    FcPatternAddInteger(pattern.get(), FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcConfigSubstitute(config_->handle, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern found(FcFontMatch(config_->handle, pattern.get(), &result));
    FontMatch match;
    if (!found) return match;
    match.file = string_of(found.get(), FC_FILE);
    int index = 0;
    if (FcPatternGetInteger(found.get(), FC_INDEX, 0, &index) == FcResultMatch)
        match.index = static_cast<unsigned>(index) & 0xFFFFu;  // high bits: variable-font instance
    match.family = string_of(found.get(), FC_FAMILY);
    match.style = string_of(found.get(), FC_STYLE);
    for (int n = 0;; ++n) {
        const std::string name = string_of(found.get(), FC_FAMILY, n);
        if (name.empty()) break;
        if (same_name(name, family)) {
            match.is_family = true;
            match.family = name;
            break;
        }
    }
    return match;
}

}  // namespace briefbook::text
