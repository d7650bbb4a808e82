#include "book/book_context.hpp"

#include "book/person_names.hpp"

namespace briefbook::book {

text::SpanStyle BookContext::span(layout::StyleRole role, std::string_view lang) const {
    return layout::span_style(style(role), lang.empty() ? std::string_view(briefing.lang) : lang);
}

RichText BookContext::plain(layout::StyleRole role, std::string_view text, std::string_view lang) const {
    RichText out;
    out.append(text, span(role, lang));
    return out;
}

void BookContext::append_localized(RichText& out, layout::StyleRole role, const model::Localized& text) const {
    const auto* primary = text.primary(briefing.lang);
    if (!primary) return;
    out.append(primary->text, span(role, primary->lang));
    if (const auto* native = text.native(briefing.lang)) {
        out.append(" ", span(role));
        out.append(native->text, span(role, native->lang));
    }
}

std::string BookContext::page_of(const std::string& anchor) const {
    auto found = pages.find(anchor);
    return found == pages.end() ? std::string() : std::to_string(found->second);
}

std::string BookContext::entity_name(std::string_view id, std::string* lang) const {
    auto primary_of = [&](const model::Localized& text) {
        const auto* variant = text.primary(briefing.lang);
        if (variant && lang) *lang = variant->lang;
        return variant ? variant->text : std::string();
    };
    if (const auto* person = briefing.find_person(id)) {
        const auto shown = display_name(*person, briefing.lang);
        if (lang) *lang = shown.primary_lang;
        return shown.primary;
    }
    if (const auto* org = briefing.find_organization(id)) return primary_of(org->name);
    if (const auto* session = briefing.find_session(id)) return primary_of(session->title);
    return {};
}

bool BookContext::has_entity(std::string_view id) const {
    using layout::SectionKind;
    if (briefing.find_person(id)) return layout.find_section(SectionKind::kPeople) != nullptr;
    if (briefing.find_organization(id)) return layout.find_section(SectionKind::kOrganizations) != nullptr;
    return briefing.find_session(id) && schedule.includes(id) && layout.find_section(SectionKind::kSessions);
}

}  // namespace briefbook::book
