// One part per session: when and where, who, and what for.

#include <algorithm>

#include "book/anchors.hpp"
#include "book/inline_text.hpp"
#include "book/person_names.hpp"
#include "book/sections.hpp"
#include "book/session_times.hpp"
#include "book/table_builder.hpp"

namespace briefbook::book {

namespace {

using layout::Label;
using layout::StyleRole;

bool present(const BookContext& context) { return !context.schedule.sessions.empty(); }

std::string title(const BookContext& context) { return context.label(Label::kSessions); }

std::string primary_text(const BookContext& context, const model::Localized& text) {
    const auto* variant = text.primary(context.lang());
    return variant ? variant->text : std::string();
}

Label kind_label(model::SessionKind kind) {
    switch (kind) {
        case model::SessionKind::kMeeting: return Label::kKindMeeting;
        case model::SessionKind::kVisit: return Label::kKindVisit;
        case model::SessionKind::kMeal: return Label::kKindMeal;
        case model::SessionKind::kCeremony: return Label::kKindCeremony;
        case model::SessionKind::kTravel: return Label::kKindTravel;
        case model::SessionKind::kFree: return Label::kKindFree;
    }
    return Label::kKindMeeting;
}

void append_facts(const BookContext& context, const ScheduledSession& entry, std::vector<flow::FlowItem>& flow) {
    const auto& session = *entry.session;
    std::vector<std::pair<std::string, RichText>> facts;
    facts.emplace_back(context.label(Label::kDate),
                       context.plain(StyleRole::kBody, context.dates.long_date(session.start.date)));
    facts.emplace_back(context.label(Label::kLocalTime) + context.parenthetical(context.dates.zone_city(session.timezone)),
                       context.plain(StyleRole::kBody, local_time_text(context, entry)));
    if (const auto home = home_time_text(context, entry); !home.empty())
        facts.emplace_back(context.label(Label::kHomeTime) +
                               context.parenthetical(context.dates.zone_city(context.briefing.meta.home_timezone)),
                           context.plain(StyleRole::kBody, home));
    RichText venue, address, host;
    context.append_name(venue, StyleRole::kBody, session.venue);
    context.append_localized(address, StyleRole::kBody, session.address);
    if (session.host) append_entity(host, context, session.host->value, StyleRole::kBody);
    facts.emplace_back(context.label(Label::kVenue), std::move(venue));
    facts.emplace_back(context.label(Label::kAddress), std::move(address));
    facts.emplace_back(context.label(Label::kHost), std::move(host));
    flow.emplace_back(facts_table(context, facts));
}

/// The attendees of one side, in precedence order (attendee order breaks ties).
std::vector<const model::Attendee*> side_of(const BookContext& context, const model::Session& session, model::Side side) {
    std::vector<const model::Attendee*> out;
    for (const auto& attendee : session.attendees) {
        const auto* person = context.briefing.find_person(attendee.ref.value);
        if (person && person->side == side) out.push_back(&attendee);
    }
    std::stable_sort(out.begin(), out.end(), [&](const model::Attendee* a, const model::Attendee* b) {
        const auto* pa = context.briefing.find_person(a->ref.value);
        const auto* pb = context.briefing.find_person(b->ref.value);
        return pa->precedence.value_or(1 << 30) < pb->precedence.value_or(1 << 30);
    });
    return out;
}

void append_participants(const BookContext& context, const model::Session& session, std::vector<flow::FlowItem>& flow) {
    if (session.attendees.empty()) return;
    flow.emplace_back(context.typesetter.paragraph(context.plain(StyleRole::kH3, context.label(Label::kParticipants)),
                                                   context.style(StyleRole::kH3), context.measure()));
    RowContent header(3);
    const Label heads[] = {Label::kName, Label::kTitle, Label::kRole};
    for (std::size_t c = 0; c < 3; ++c) {
        header[c].text = context.plain(StyleRole::kTableHeader, context.label(heads[c]));
        header[c].role = StyleRole::kTableHeader;
    }
    std::vector<RowContent> rows;
    std::vector<RowFlags> flags;
    const std::pair<model::Side, Label> groups[] = {
        {model::Side::kDelegation, Label::kDelegation}, {model::Side::kHost, Label::kHosts}, {model::Side::kOther, Label::kOthers}};
    for (const auto& [side, label] : groups) {
        const auto attendees = side_of(context, session, side);
        if (attendees.empty()) continue;
        RowContent group(3);
        group[0].text = context.plain(StyleRole::kLabel, context.label(label));
        group[0].role = StyleRole::kLabel;
        rows.push_back(std::move(group));
        flags.push_back({true, true});
        for (const auto* attendee : attendees) {
            const auto& person = *context.briefing.find_person(attendee->ref.value);
            RowContent row(3);
            const auto name = display_name(person, context.lang());
            append_entity(row[0].text, context, person.id.value, StyleRole::kTableCell);
            if (!name.native.empty()) {
                row[0].text.append(" ", context.span(StyleRole::kTableCell));
                row[0].text.append(name.native, context.name_span(StyleRole::kTableCell, name.native_lang));
            }
            context.append_localized(row[1].text, StyleRole::kTableCell, person.title);
            if (person.org) {
                if (!row[1].text.empty()) row[1].text.append(", ", context.span(StyleRole::kTableCell));
                append_entity(row[1].text, context, person.org->value, StyleRole::kTableCell);
            }
            if (!attendee->role.empty()) row[2].text = context.plain(StyleRole::kTableCell, attendee->role);
            else context.append_localized(row[2].text, StyleRole::kTableCell, person.role);
            rows.push_back(std::move(row));
            flags.push_back({});
        }
    }
    TableOptions options;
    options.width = context.measure();
    auto table = build_table(context, header, rows, options, flags);
    table.space_after = context.style(StyleRole::kBody).space_after;
    flow.emplace_back(std::move(table));
}

void append_agenda(const BookContext& context, const model::Session& session, std::vector<flow::FlowItem>& flow) {
    if (session.agenda.empty()) return;
    flow.emplace_back(context.typesetter.paragraph(context.plain(StyleRole::kH3, context.label(Label::kAgenda)),
                                                   context.style(StyleRole::kH3), context.measure()));
    std::vector<RowContent> rows;
    for (const auto& item : session.agenda) {
        RowContent row(2);
        row[0].text = context.plain(StyleRole::kTableCell, item.time);
        append_inlines(row[1].text, item.content, StyleRole::kTableCell, {}, context);
        rows.push_back(std::move(row));
    }
    TableOptions options;
    options.width = context.measure();
    options.shrink_to_fit = {true, false};
    auto table = build_table(context, {}, rows, options);
    table.space_after = context.style(StyleRole::kBody).space_after;
    flow.emplace_back(std::move(table));
}

void append_part(const BookContext& context, Label label, const model::Blocks& blocks, std::vector<flow::FlowItem>& flow) {
    if (blocks.empty()) return;
    flow.emplace_back(context.typesetter.paragraph(context.plain(StyleRole::kH3, context.label(label)),
                                                   context.style(StyleRole::kH3), context.measure()));
    append_blocks(flow, blocks, context);
}

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kSessions, title(context)));
    for (const auto& entry : context.schedule.sessions) {
        const auto& session = *entry.session;
        RichText heading;
        context.append_localized(heading, StyleRole::kH2, session.title);
        flow.emplace_back(part_heading(context, StyleRole::kH2, heading, entity_anchor(session.id.value),
                                       primary_text(context, session.title), 1));
        auto kind = context.typesetter.paragraph(context.plain(StyleRole::kSmall, context.label(kind_label(session.kind))),
                                                 context.style(StyleRole::kSmall), context.measure());
        kind.keep_with_next = true;  // the heading, the kind and the facts stay together
        flow.emplace_back(std::move(kind));
        append_facts(context, entry, flow);
        append_participants(context, session, flow);
        append_part(context, Label::kObjectives, session.objectives, flow);
        append_agenda(context, session, flow);
        append_part(context, Label::kTalkingPoints, session.talking_points, flow);
        append_part(context, Label::kLogistics, session.logistics, flow);
        append_part(context, Label::kNotes, session.notes, flow);
    }
}

std::vector<ContentsEntry> parts(const BookContext& context) {
    std::vector<ContentsEntry> out;
    for (const auto& entry : context.schedule.sessions) {
        const auto* variant = entry.session->title.primary(context.lang());
        out.push_back({variant ? variant->text : entry.session->id.value, variant ? variant->lang : std::string(),
                       entity_anchor(entry.session->id.value), 1});
    }
    return out;
}

}  // namespace

extern const SectionComposer kSessionsComposer{present, title, compose, parts};

}  // namespace briefbook::book
