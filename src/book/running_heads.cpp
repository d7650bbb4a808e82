#include "book/running_heads.hpp"

#include <cmath>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "book/person_names.hpp"
#include "layout/running_text.hpp"
#include "render/translate.hpp"
#include "text/graphemes.hpp"

namespace briefbook::book {

namespace {

using layout::StyleRole;

std::string primary_text(const BookContext& context, const model::Localized& text) {
    const auto* variant = text.primary(context.lang());
    return variant ? variant->text : std::string();
}

/// A one-line text set in a style, its items relative to its baseline start, and its width.
struct SetLine {
    std::vector<render::DisplayItem> items;
    std::vector<render::LinkArea> links;
    Pt width;
};

SetLine set_line(const BookContext& context, const std::string& text, StyleRole role) {
    SetLine out;
    if (text.empty()) return out;
    const auto& style = context.style(role);
    const auto rich = context.plain(role, text);
    const auto paragraph = context.typesetter.prepared(rich, style);
    out.width = paragraph->max_content_width();
    auto lines = context.typesetter.lines(*paragraph, rich, style, out.width + Pt(1), layout::Alignment::kStart);
    if (!lines.empty()) out.items = std::move(lines.front().items);
    return out;
}

void place(render::Page& page, SetLine line, Pt x, Pt baseline) {
    for (auto& item : line.items) {
        render::translate(item, x, baseline);
        page.items.push_back(std::move(item));
    }
}

/// The line of a running head at most `room` wide: whole when it fits, else cut after as many
/// characters as leave room for an ellipsis (the longest such cut, found by bisection; cuts fall
/// between grapheme clusters, so no accent or variation selector is left behind). Nothing when
/// not even the ellipsis fits.
SetLine fitted_line(const BookContext& context, const std::string& text, StyleRole role, Pt room) {
    SetLine whole = set_line(context, text, role);
    if (whole.width <= room) return whole;
    const std::vector<std::size_t> starts = text::grapheme_starts(text);
    auto cut = [&](std::size_t kept) {  // the first `kept` + 1 characters, then the ellipsis
        std::string prefix = text.substr(0, starts[kept]);
        while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
        return set_line(context, prefix + "\u2026", role);
    };
    SetLine best;
    std::size_t low = 0, high = starts.size();  // cut(k) for k < low fits; for k >= high not known
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        SetLine line = cut(middle);
        if (line.width <= room) {
            best = std::move(line);
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return best;
}

/// Start, centre and end slots of one running text on one page. Slots never run into each other
/// or off the text width: the centre slot (where the layouts put the classification marking) is
/// kept whole unless it is wider than the whole width; the start and end slots are shortened with
/// an ellipsis to leave one em beside it. Without a centre slot the end slot (a page number, a
/// section) is kept and the start slot yields.
void place_slots(const BookContext& context, render::Page& page, const layout::RunningSlots& slots,
                 const layout::RunningFields& fields, StyleRole role, Pt left, Pt width, Pt baseline) {
    auto expand = [&](const layout::TextTemplate& t) { return layout::expand_running(t, fields, context.labels); };
    const Pt gap = context.style(role).size;
    auto center = fitted_line(context, expand(slots.center), role, width);
    const bool has_center = !center.items.empty();
    const Pt center_x = left + (width - center.width) / 2.0;
    const Pt beside_center = center_x - left - gap;  // room on either side of it
    auto end = fitted_line(context, expand(slots.end), role, has_center ? beside_center : width);
    const Pt start_room = has_center ? beside_center : end.items.empty() ? width : width - end.width - gap;
    place(page, fitted_line(context, expand(slots.start), role, start_room), left, baseline);
    if (has_center) place(page, std::move(center), center_x, baseline);
    const Pt end_x = left + width - end.width;
    place(page, std::move(end), end_x, baseline);
}

/// A mark across the page's centre at 45 degrees (under the text: drawn first).
void add_diagonal_mark(const BookContext& context, render::Page& page, const std::string& text, StyleRole role,
                       Pt shift_down) {
    auto line = set_line(context, text, role);
    if (line.items.empty()) return;
    constexpr double kAngle = 45.0;
    const double radians = kAngle * 3.14159265358979323846 / 180.0;
    // In page coordinates y grows downwards, so a counter-clockwise baseline rises to the right.
    const Pt cx = page.width / 2.0, cy = page.height / 2.0 + shift_down;
    const Pt x0 = cx - line.width / 2.0 * std::cos(radians);
    const Pt y0 = cy + line.width / 2.0 * std::sin(radians);
    std::vector<render::DisplayItem> marks;
    for (auto& item : line.items) {
        if (auto* run = std::get_if<render::GlyphRunItem>(&item)) {
            // Each run's origin along the rotated baseline (a Latin name and a CJK name are two runs).
            const Pt along = run->x;
            run->angle = kAngle;
            run->x = x0 + along * std::cos(radians);
            run->y = y0 + run->y - along * std::sin(radians);
            marks.push_back(std::move(item));
        }
    }
    page.items.insert(page.items.begin(), marks.begin(), marks.end());
}

UErrorCode& status_ignored() {
    static thread_local UErrorCode status = U_ZERO_ERROR;
    status = U_ZERO_ERROR;
    return status;
}

std::string lowercase_ascii(std::string text) {
    for (auto& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

}  // namespace

bool is_draft(const BookContext& context) {
    if (context.options.draft) return true;
    for (const auto& version : context.briefing.meta.version.variants)
        if (lowercase_ascii(version.text).find("draft") != std::string::npos) return true;
    return false;
}

void add_running_heads(const BookContext& context, std::vector<flow::PaginatedPage>& pages) {
    const auto& layout = context.layout;
    const auto& meta = context.briefing.meta;
    layout::RunningFields fields;
    fields.title = primary_text(context, meta.title);
    fields.classification = primary_text(context, meta.classification);
    fields.version = primary_text(context, meta.version);
    if (meta.date) fields.date = context.dates.date(*meta.date);
    fields.pages = std::to_string(pages.size());
    const bool draft = is_draft(context);
    // DRAFT in capitals where the script has them (the label is "Draft", "草稿", "草案").
    std::string draft_mark;
    icu::UnicodeString::fromUTF8(context.label(layout::Label::kDraft))
        .toUpper(icu::Locale::forLanguageTag(context.lang().c_str(), status_ignored()))
        .toUTF8String(draft_mark);
    std::string watermark;
    if (context.options.watermark && context.schedule.recipient)
        watermark = display_name(*context.schedule.recipient, context.lang()).primary;

    for (std::size_t i = 0; i < pages.size(); ++i) {
        auto& paginated = pages[i];
        auto& page = paginated.page;
        if (!watermark.empty()) add_diagonal_mark(context, page, watermark, StyleRole::kWatermark, page.height / 6.0);
        if (draft) add_diagonal_mark(context, page, draft_mark, StyleRole::kDraftMark, Pt());
        if (paginated.suppress_running_heads) continue;
        fields.section = paginated.running_title;
        fields.page = std::to_string(i + 1);
        const Pt left = layout.page.text_left(i);
        const Pt width = layout.page.text_width();
        const bool duplex = layout.page.duplex;
        // No running header above a section's own title (the book typographer's rule for
        // chapter openings); the footer with the page number stays.
        if ((!paginated.blank || layout.header.on_blank_pages) && !paginated.opens_section) {
            const Pt baseline = layout.header.edge_distance;
            place_slots(context, page, layout.header.slots(i, duplex), fields, StyleRole::kHeader, left, width, baseline);
            if (layout.header.rule) {
                const Pt y = baseline + context.style(StyleRole::kHeader).size * 0.5;
                page.items.push_back(render::LineItem{left, y, left + width, y, Pt(0.4), Color{0.6, 0.6, 0.6}, false});
            }
        }
        if (!paginated.blank || layout.footer.on_blank_pages) {
            const Pt baseline = layout.page.height - layout.footer.edge_distance;
            place_slots(context, page, layout.footer.slots(i, duplex), fields, StyleRole::kFooter, left, width, baseline);
            if (layout.footer.rule) {
                const Pt y = baseline - context.style(StyleRole::kFooter).size * 1.2;
                page.items.push_back(render::LineItem{left, y, left + width, y, Pt(0.4), Color{0.6, 0.6, 0.6}, false});
            }
        }
    }
}

}  // namespace briefbook::book
