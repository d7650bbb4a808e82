// Trip at a glance: day by day, each session's local time and home time, title and venue.

#include "book/anchors.hpp"
#include "book/sections.hpp"
#include "book/session_times.hpp"
#include "book/table_builder.hpp"

namespace briefbook::book {

namespace {

using layout::Label;
using layout::StyleRole;

bool present(const BookContext& context) { return !context.schedule.sessions.empty(); }

std::string title(const BookContext& context) { return context.label(Label::kTripAtAGlance); }

RowContent header_row(const BookContext& context, bool with_home) {
    std::vector<std::string> heads = {context.label(Label::kLocalTime)};
    if (with_home) {
        heads.push_back(context.label(Label::kHomeTime) +
                        context.parenthetical(context.dates.zone_city(context.briefing.meta.home_timezone)));
        heads[0] += context.parenthetical(context.dates.zone_city(context.briefing.meta.timezone));
    }
    heads.push_back(context.label(Label::kSession));
    heads.push_back(context.label(Label::kVenue));
    RowContent row;
    for (const auto& head : heads) {
        CellContent cell;
        cell.text = context.plain(StyleRole::kTableHeader, head);
        cell.role = StyleRole::kTableHeader;
        row.push_back(std::move(cell));
    }
    return row;
}

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kItinerary, title(context)));
    const bool with_home = !context.briefing.meta.home_timezone.empty() &&
                           context.briefing.meta.home_timezone != context.briefing.meta.timezone;
    for (const auto& day : context.schedule.days()) {
        const std::string day_title = context.dates.long_date(day);
        flow.emplace_back(part_heading(context, StyleRole::kH2, context.plain(StyleRole::kH2, day_title),
                                       day_anchor(day), day_title, 1));
        std::vector<RowContent> rows;
        for (const auto& entry : context.schedule.sessions) {
            if (!(entry.session->start.date == day)) continue;
            RowContent row;
            row.emplace_back().text = context.plain(StyleRole::kTableCell, local_time_text(context, entry));
            if (with_home) row.emplace_back().text = context.plain(StyleRole::kTableCell, home_time_text(context, entry));
            auto& session_cell = row.emplace_back();
            append_entity(session_cell.text, context, entry.session->id.value, StyleRole::kTableCell);
            auto& venue_cell = row.emplace_back();
            context.append_name(venue_cell.text, StyleRole::kTableCell, entry.session->venue);
            rows.push_back(std::move(row));
        }
        TableOptions options;
        options.width = context.measure();
        options.shrink_to_fit = with_home ? std::vector<bool>{true, true, false, false} : std::vector<bool>{true, false, false};
        auto table = build_table(context, header_row(context, with_home), rows, options);
        table.space_after = context.style(StyleRole::kBody).space_after;
        flow.emplace_back(std::move(table));
    }
}

}  // namespace

extern const SectionComposer kItineraryComposer{present, title, compose, nullptr};

}  // namespace briefbook::book
