#include "book/book_context.hpp"

#include "book/person_names.hpp"
#include "text/language.hpp"

namespace briefbook::book {

text::SpanStyle BookContext::span(layout::StyleRole role, std::string_view lang) const {
    return layout::span_style(style(role), lang.empty() ? std::string_view(briefing.lang) : lang);
}

RichText BookContext::plain(layout::StyleRole role, std::string_view text, std::string_view lang) const {
    RichText out;
    out.append(text, span(role, lang));
    return out;
}

text::SpanStyle BookContext::name_span(layout::StyleRole role, std::string_view lang) const {
    text::SpanStyle out = span(role, lang);
    out.keep_together = true;
    return out;
}

void BookContext::append_localized(RichText& out, layout::StyleRole role, const model::Localized& text) const {
    append_variants(out, role, text, false);
}

void BookContext::append_name(RichText& out, layout::StyleRole role, const model::Localized& name) const {
    append_variants(out, role, name, true);
}

void BookContext::append_variants(RichText& out, layout::StyleRole role, const model::Localized& text,
                                  bool keep_cjk_together) const {
    const auto variant_span = [&](const std::string& lang) {
        text::SpanStyle style = span(role, lang);
        style.keep_together = keep_cjk_together && text::is_cjk_language(style.lang);
        return style;
    };
    const auto* primary = text.primary(briefing.lang);
    if (!primary) return;
    out.append(primary->text, variant_span(primary->lang));
    if (const auto* native = text.native(briefing.lang)) {
        out.append(" ", span(role));
        out.append(native->text, variant_span(native->lang));
    }
}

std::string BookContext::parenthetical(std::string_view note) const {
    if (text::is_cjk_language(briefing.lang)) return "\uFF08" + std::string(note) + "\uFF09";
    return " (" + std::string(note) + ")";
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

bool BookContext::keeps_name_together(std::string_view id, std::string_view lang) const {
    if (briefing.find_person(id)) return true;
    return briefing.find_organization(id) && text::is_cjk_language(lang.empty() ? std::string_view(briefing.lang) : lang);
}

bool BookContext::has_entity(std::string_view id) const {
    using layout::SectionKind;
    if (briefing.find_person(id)) return layout.find_section(SectionKind::kPeople) != nullptr;
    if (briefing.find_organization(id)) return layout.find_section(SectionKind::kOrganizations) != nullptr;
    return briefing.find_session(id) && schedule.includes(id) && layout.find_section(SectionKind::kSessions);
}

}  // namespace briefbook::book
