#pragma once
// A paragraph style of a layout, resolved: every property has its value (inheritance through
// `base` and the layout's own base already applied). Composition asks for styles by role; the
// text engine gets them as SpanStyles.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "briefbook/diagnostics.hpp"
#include "briefbook/units.hpp"
#include "text/styled_text.hpp"

namespace briefbook::layout {

/// How the lines of a paragraph sit in its measure. Start and end follow the writing direction.
enum class Alignment { kStart, kCenter, kEnd, kJustify };

/// The styles composition uses, each always present in a loaded layout. A layout may define more
/// styles (bases for others to inherit from).
enum class StyleRole {
    kTitle, kSubtitle, kCoverMeta,
    kH1, kH2, kH3,
    kBody, kSmall, kQuote, kLabel, kLink,
    kTableHeader, kTableCell, kCaption,
    kHeader, kFooter,
    kTocEntry, kTocEntry2,
    kWatermark, kDraftMark,
};
inline constexpr std::size_t kStyleRoleCount = static_cast<std::size_t>(StyleRole::kDraftMark) + 1;

/// The name a layout file gives a role: "h1", "table-header", "toc-entry-2".
[[nodiscard]] std::string_view style_role_name(StyleRole role);
/// The role a style name stands for, if it names one.
[[nodiscard]] std::optional<StyleRole> style_role_from_name(std::string_view name);
/// The style a role falls back to when a layout does not define it ("h3" -> "h2", ...;
/// "body" has none).
[[nodiscard]] std::optional<StyleRole> style_role_fallback(StyleRole role);

/// A resolved paragraph style.
struct Style {
    std::string name;
    std::string font_role = "body";  ///< a role of fonts/fonts.xml: body, heading, label, mono
    bool bold = false;
    bool italic = false;
    Pt size{10.0};
    Pt leading{14.5};  ///< baseline-to-baseline distance
    Color color;
    Pt space_before;
    Pt space_after;
    Pt first_line_indent;
    Pt start_indent;  ///< of every line, from the start edge of the measure
    Alignment align = Alignment::kStart;
    bool keep_with_next = false;  ///< never the last thing on a page (headings)
    SourceLocation origin;        ///< where the style is defined, for diagnostics about its use
};

/// What the font system needs from a style: its role, weight and slant.
[[nodiscard]] text::FontRequest font_request(const Style& style);

/// A span of text in `style` and language `lang` (BCP 47, inherited from the briefing; may be
/// empty), as the text engine takes it. Composition sets `link` and `origin` (the briefing
/// element the text comes from) where it knows them.
[[nodiscard]] text::SpanStyle span_style(const Style& style, std::string_view lang);

}  // namespace briefbook::layout
