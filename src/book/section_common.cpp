#include "book/anchors.hpp"
#include "book/sections.hpp"
#include "book/table_builder.hpp"

namespace briefbook::book {

using layout::StyleRole;

flow::ParagraphBlock section_heading(const BookContext& context, layout::SectionKind kind, const std::string& title) {
    auto block = context.typesetter.paragraph(context.plain(StyleRole::kH1, title), context.style(StyleRole::kH1),
                                              context.measure());
    block.keep_with_next = true;
    block.markers.push_back({section_anchor(kind), title, 0, title});
    return block;
}

flow::ParagraphBlock part_heading(const BookContext& context, StyleRole role, const RichText& text,
                                  const std::string& anchor, const std::string& outline_title, int outline_level) {
    auto block = context.typesetter.paragraph(text, context.style(role), context.measure());
    block.keep_with_next = true;
    block.markers.push_back({anchor, outline_title, outline_level, std::nullopt});
    return block;
}

flow::TableBlock facts_table(const BookContext& context, const std::vector<std::pair<std::string, RichText>>& facts) {
    std::vector<RowContent> rows;
    for (const auto& [label, value] : facts) {
        if (value.empty()) continue;
        RowContent row(2);
        row[0].text = context.plain(StyleRole::kLabel, label);
        row[0].role = StyleRole::kLabel;
        row[1].text = value;
        rows.push_back(std::move(row));
    }
    TableOptions options;
    options.padding = Pt(5);
    // Widened by the padding on both sides and moved left by one: the labels line up with the
    // text above and the values end at the measure.
    options.width = context.measure() + options.padding * 2;
    options.rules = false;
    options.padding_vertical = Pt(1);
    options.shrink_to_fit = {true, false};
    options.min_fraction = {0.16, 0.5};
    auto table = build_table(context, {}, rows, options);
    table.indent = -options.padding;
    table.keep_together = true;
    table.space_before = context.style(StyleRole::kBody).space_before;
    table.space_after = context.style(StyleRole::kBody).space_after;
    return table;
}

void append_entity(RichText& out, const BookContext& context, std::string_view id, StyleRole role) {
    std::string lang;
    const std::string name = context.entity_name(id, &lang);
    auto style = context.span(role, lang);
    style.keep_together = context.keeps_name_together(id, lang);
    if (!context.has_entity(id)) {
        out.append(name.empty() ? std::string(id) : name, style);
        return;
    }
    style.color = context.style(StyleRole::kLink).color;
    out.append_link(name, style, {entity_anchor(id), {}});
}

}  // namespace briefbook::book
