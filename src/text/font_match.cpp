#include "text/font_match.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

namespace {

struct PatternDeleter {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
/// Owns an FcPattern.
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

std::string string_of(const FcPattern* pattern, const char* object, int n = 0) {
    FcChar8* value = nullptr;
    if (FcPatternGetString(pattern, object, n, &value) != FcResultMatch || !value) return {};
    return reinterpret_cast<const char*>(value);
}

/// A family name as fontconfig compares them: without blanks, ASCII case folded.
std::string family_key(std::string_view name) {
    std::string key;
    for (const char c : name)
        if (c != ' ') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

/// Whether two family names are the same one to fontconfig.
bool same_name(std::string_view a, std::string_view b) { return family_key(a) == family_key(b); }

}  // namespace

/// Owns the FcConfig and the fonts of the configured families.
struct FontMatcher::Config {
    FcConfig* handle = nullptr;
    FcFontSet* candidates = nullptr;  ///< in the configuration's order, as FcFontMatch sees them
    ~Config() {
        if (candidates) FcFontSetDestroy(candidates);
        if (handle) FcConfigDestroy(handle);
    }
};

namespace {

/// The fonts of the system and application sets that have one of `families` among their family
/// names, in fontconfig's order, so that ties are broken as FcFontMatch breaks them.
FcFontSet* fonts_of_families(FcConfig* config, std::span<const std::string> families) {
    std::set<std::string> wanted;
    for (const auto& family : families) wanted.insert(family_key(family));
    FcFontSet* out = FcFontSetCreate();
    if (!out) return nullptr;
    for (const FcSetName set : {FcSetSystem, FcSetApplication}) {
        const FcFontSet* fonts = FcConfigGetFonts(config, set);
        if (!fonts) continue;
        for (int i = 0; i < fonts->nfont; ++i) {
            FcPattern* font = fonts->fonts[i];
            for (int n = 0;; ++n) {
                const std::string name = string_of(font, FC_FAMILY, n);
                if (name.empty()) break;
                if (!wanted.contains(family_key(name))) continue;
                FcPatternReference(font);
                if (!FcFontSetAdd(out, font)) {
                    FcPatternDestroy(font);
                    FcFontSetDestroy(out);
                    return nullptr;
                }
                break;
            }
        }
    }
    return out;
}

/// What fontconfig chose, and whether it is of the family asked for.
FontMatch match_of(const FcPattern* found, std::string_view family) {
    FontMatch match;
    match.file = string_of(found, FC_FILE);
    int index = 0;
    if (FcPatternGetInteger(found, FC_INDEX, 0, &index) == FcResultMatch)
        match.index = static_cast<unsigned>(index) & 0xFFFFu;  // high bits: variable-font instance
    match.family = string_of(found, FC_FAMILY);
    match.style = string_of(found, FC_STYLE);
    for (int n = 0;; ++n) {
        const std::string name = string_of(found, FC_FAMILY, n);
        if (name.empty()) break;
        if (same_name(name, family)) {
            match.is_family = true;
            match.family = name;
            break;
        }
    }
    return match;
}

}  // namespace

FontMatcher::FontMatcher(std::span<const std::string> families)
    : config_(std::make_unique<Config>()) {
    config_->handle = FcInitLoadConfigAndFonts();
    if (!config_->handle) throw Error("fontconfig could not load its configuration", "font.config");
    if (!families.empty()) config_->candidates = fonts_of_families(config_->handle, families);
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
    // The configured families' own fonts first: FcFontMatch's winner, when it is of the family,
    // is among them and beats them all there too. Otherwise every font, for the substitute.
    FontMatch match;
    if (config_->candidates) {
        FcFontSet* sets[] = {config_->candidates};
        FcResult result = FcResultNoMatch;
        const Pattern found(FcFontSetMatch(config_->handle, sets, 1, pattern.get(), &result));
        if (found) match = match_of(found.get(), family);
        if (match.is_family) return match;
    }
    FcResult result = FcResultNoMatch;
    const Pattern found(FcFontMatch(config_->handle, pattern.get(), &result));
    if (!found) return FontMatch{};
    return match_of(found.get(), family);
}

}  // namespace briefbook::text
