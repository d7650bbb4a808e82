// People: the delegation, the hosts and others, each in precedence order, with photo, names in
// both forms, title, organization, role, pronunciation and biography.

#include "book/anchors.hpp"
#include "book/inline_text.hpp"
#include "book/person_names.hpp"
#include "book/profile_facts.hpp"
#include "book/sections.hpp"

namespace briefbook::book {

namespace {

using layout::Label;
using layout::StyleRole;

constexpr std::pair<model::Side, Label> kSides[] = {
    {model::Side::kDelegation, Label::kDelegation}, {model::Side::kHost, Label::kHosts}, {model::Side::kOther, Label::kOthers}};

bool present(const BookContext& context) { return !context.briefing.people.empty(); }

std::string title(const BookContext& context) { return context.label(Label::kPeople); }

void compose_person(const BookContext& context, const model::Person& person, std::vector<flow::FlowItem>& flow) {
    const auto name = display_name(person, context.lang());
    RichText heading;
    heading.append(name.primary, context.name_span(StyleRole::kH3, name.primary_lang));
    std::string outline = name.primary;
    if (!name.native.empty()) {
        heading.append(" ", context.span(StyleRole::kH3));
        heading.append(name.native, context.name_span(StyleRole::kH3, name.native_lang));
        outline += " " + name.native;
    }
    flow.emplace_back(part_heading(context, StyleRole::kH3, heading, entity_anchor(person.id.value), outline, 2));

    std::vector<std::pair<std::string, RichText>> facts;
    RichText job, org, role, pronunciation;
    context.append_localized(job, StyleRole::kBody, person.title);
    if (person.org) append_entity(org, context, person.org->value, StyleRole::kBody);
    context.append_localized(role, StyleRole::kBody, person.role);
    context.append_localized(pronunciation, StyleRole::kBody, person.pronunciation);
    facts.emplace_back(context.label(Label::kTitle), std::move(job));
    facts.emplace_back(context.label(Label::kOrganization), std::move(org));
    facts.emplace_back(context.label(Label::kRole), std::move(role));
    facts.emplace_back(context.label(Label::kPronunciation), std::move(pronunciation));
    append_profile_facts(context, facts, person.photo, context.layout.images.photo, flow);
    append_blocks(flow, person.bio, context);
}

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kPeople, title(context)));
    for (const auto& [side, label] : kSides) {
        const auto people = in_precedence_order(context.briefing.people, side);
        if (people.empty()) continue;
        const std::string group = context.label(label);
        flow.emplace_back(part_heading(context, StyleRole::kH2, context.plain(StyleRole::kH2, group),
                                       "g." + std::string(layout::label_key(label)), group, 1));
        for (const auto* person : people) compose_person(context, *person, flow);
    }
}

std::vector<ContentsEntry> parts(const BookContext& context) {
    std::vector<ContentsEntry> out;
    for (const auto& [side, label] : kSides)
        if (!in_precedence_order(context.briefing.people, side).empty())
            out.push_back({context.label(label), context.lang(), "g." + std::string(layout::label_key(label)), 1});
    return out;
}

}  // namespace

extern const SectionComposer kPeopleComposer{present, title, compose, parts};

}  // namespace briefbook::book
