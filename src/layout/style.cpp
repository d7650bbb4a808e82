#include "layout/style.hpp"

#include <cassert>

namespace briefbook::layout {

namespace {

struct RoleInfo {
    StyleRole role;
    std::string_view name;
    std::optional<StyleRole> fallback;
};

// In enum order. The fallback of each role is the style a designer would base it on, so that a
// layout that leaves one out still gets something of the right kind.
constexpr std::array<RoleInfo, kStyleRoleCount> kRoles = {{
    {StyleRole::kTitle, "title", StyleRole::kH1},
    {StyleRole::kSubtitle, "subtitle", StyleRole::kTitle},
    {StyleRole::kCoverMeta, "cover-meta", StyleRole::kBody},
    {StyleRole::kH1, "h1", StyleRole::kBody},
    {StyleRole::kH2, "h2", StyleRole::kH1},
    {StyleRole::kH3, "h3", StyleRole::kH2},
    {StyleRole::kBody, "body", std::nullopt},
    {StyleRole::kSmall, "small", StyleRole::kBody},
    {StyleRole::kQuote, "quote", StyleRole::kBody},
    {StyleRole::kLabel, "label", StyleRole::kSmall},
    {StyleRole::kLink, "link", StyleRole::kBody},
    {StyleRole::kTableHeader, "table-header", StyleRole::kTableCell},
    {StyleRole::kTableCell, "table-cell", StyleRole::kBody},
    {StyleRole::kCaption, "caption", StyleRole::kSmall},
    {StyleRole::kHeader, "header", StyleRole::kSmall},
    {StyleRole::kFooter, "footer", StyleRole::kHeader},
    {StyleRole::kTocEntry, "toc-entry", StyleRole::kBody},
    {StyleRole::kTocEntry2, "toc-entry-2", StyleRole::kTocEntry},
    {StyleRole::kWatermark, "watermark", StyleRole::kTitle},
    {StyleRole::kDraftMark, "draft-mark", StyleRole::kWatermark},
}};

const RoleInfo& info(StyleRole role) {
    const auto& entry = kRoles[static_cast<std::size_t>(role)];
    assert(entry.role == role);
    return entry;
}

}  // namespace

std::string_view style_role_name(StyleRole role) { return info(role).name; }

std::optional<StyleRole> style_role_from_name(std::string_view name) {
    for (const auto& entry : kRoles) {
        if (entry.name == name) return entry.role;
    }
    return std::nullopt;
}

std::optional<StyleRole> style_role_fallback(StyleRole role) { return info(role).fallback; }

text::FontRequest font_request(const Style& style) {
    return {style.font_role, style.bold, style.italic};
}

text::SpanStyle span_style(const Style& style, std::string_view lang) {
    text::SpanStyle span;
    span.font = font_request(style);
    span.size = style.size;
    span.color = style.color;
    span.lang = std::string(lang);
    return span;
}

}  // namespace briefbook::layout
