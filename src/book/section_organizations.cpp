// Organizations: names in both forms, short name, location, website, logo and profile.

#include "book/anchors.hpp"
#include "book/inline_text.hpp"
#include "book/profile_facts.hpp"
#include "book/sections.hpp"

namespace briefbook::book {

namespace {

using layout::Label;
using layout::StyleRole;

bool present(const BookContext& context) { return !context.briefing.organizations.empty(); }

std::string title(const BookContext& context) { return context.label(Label::kOrganizations); }

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kOrganizations, title(context)));
    for (const auto& org : context.briefing.organizations) {
        RichText heading;
        context.append_name(heading, StyleRole::kH2, org.name);
        const auto* primary = org.name.primary(context.lang());
        std::string outline = primary ? primary->text : org.id.value;
        if (const auto* native = org.name.native(context.lang())) outline += " " + native->text;
        flow.emplace_back(part_heading(context, StyleRole::kH2, heading, entity_anchor(org.id.value), outline, 1));

        std::vector<std::pair<std::string, RichText>> facts;
        RichText short_name, location, website;
        context.append_localized(short_name, StyleRole::kBody, org.short_name);
        context.append_localized(location, StyleRole::kBody, org.location);
        if (!org.website.empty()) {
            auto style = context.span(StyleRole::kBody);
            style.color = context.style(StyleRole::kLink).color;
            website.append_link(org.website, style, {{}, org.website});
        }
        facts.emplace_back(context.label(Label::kShortName), std::move(short_name));
        facts.emplace_back(context.label(Label::kLocation), std::move(location));
        facts.emplace_back(context.label(Label::kWebsite), std::move(website));
        append_profile_facts(context, facts, org.logo, context.layout.images.logo, flow);
        append_blocks(flow, org.profile, context);
    }
}

}  // namespace

extern const SectionComposer kOrganizationsComposer{present, title, compose, nullptr};

}  // namespace briefbook::book
