// Contacts: who to call, as a table.

#include "book/sections.hpp"
#include "book/table_builder.hpp"

namespace briefbook::book {

namespace {

using layout::Label;
using layout::StyleRole;

bool present(const BookContext& context) { return !context.briefing.contacts.empty(); }

std::string title(const BookContext& context) { return context.label(Label::kContacts); }

void compose(const BookContext& context, std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kContacts, title(context)));
    RowContent header(4);
    const Label heads[] = {Label::kName, Label::kRole, Label::kPhone, Label::kEmail};
    for (std::size_t c = 0; c < header.size(); ++c) {
        header[c].text = context.plain(StyleRole::kTableHeader, context.label(heads[c]));
        header[c].role = StyleRole::kTableHeader;
    }
    std::vector<RowContent> rows;
    for (const auto& contact : context.briefing.contacts) {
        RowContent row(4);
        row[0].text.append(contact.name, context.name_span(StyleRole::kTableCell, contact.lang));
        row[1].text = context.plain(StyleRole::kTableCell, contact.role, contact.lang);
        if (!contact.phone.empty()) {
            auto style = context.span(StyleRole::kTableCell);
            style.color = context.style(StyleRole::kLink).color;
            std::string tel = "tel:";
            for (char c : contact.phone)
                if (c == '+' || (c >= '0' && c <= '9')) tel += c;
            row[2].text.append_link(contact.phone, style, {{}, tel});
        }
        if (!contact.email.empty()) {
            auto style = context.span(StyleRole::kTableCell);
            style.color = context.style(StyleRole::kLink).color;
            row[3].text.append_link(contact.email, style, {{}, "mailto:" + contact.email});
        }
        rows.push_back(std::move(row));
    }
    TableOptions options;
    options.width = context.measure();
    auto table = build_table(context, header, rows, options);
    table.space_before = context.style(StyleRole::kBody).space_before;
    flow.emplace_back(std::move(table));
}

}  // namespace

extern const SectionComposer kContactsComposer{present, title, compose, nullptr};

}  // namespace briefbook::book
