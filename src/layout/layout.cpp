#include "layout/layout.hpp"

#include <array>
#include <cassert>

#include "layout/language_tag.hpp"

namespace briefbook::layout {

namespace {

// In enum order.
constexpr std::array<std::string_view, 8> kSectionNames = {
    "cover", "contents", "overview", "itinerary", "sessions", "people", "organizations", "contacts",
};

constexpr std::string_view kDefaultCjk = "zh-Hans";
constexpr std::array<std::string_view, 4> kCjkLanguages = {"zh-Hans", "zh-Hant", "ja", "ko"};

}  // namespace

std::string_view section_name(SectionKind kind) {
    return kSectionNames[static_cast<std::size_t>(kind)];
}

std::optional<SectionKind> section_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kSectionNames.size(); ++i) {
        if (kSectionNames[i] == name) return static_cast<SectionKind>(i);
    }
    return std::nullopt;
}

std::string cjk_default_language(const TextOptions& options, std::string_view book_lang) {
    if (!options.cjk_default.empty()) return options.cjk_default;
    for (const auto& candidate : language_candidates(book_lang)) {
        for (const auto cjk : kCjkLanguages) {
            if (candidate == cjk) return candidate;
        }
    }
    return std::string(kDefaultCjk);
}

const Style& Layout::style(StyleRole role) const {
    const auto index = static_cast<std::size_t>(role);
    assert(index < styles.size() && styles[index].name == style_role_name(role));
    return styles[index];
}

const Style* Layout::find_style(std::string_view style_name) const {
    for (const auto& style : styles) {
        if (style.name == style_name) return &style;
    }
    return nullptr;
}

const Section* Layout::find_section(SectionKind kind) const {
    for (const auto& section : sections) {
        if (section.kind == kind) return &section;
    }
    return nullptr;
}

}  // namespace briefbook::layout
