// The contents: every section (and its listed parts) with dotted leaders to its page number,
// each entry a live link.

#include "book/anchors.hpp"
#include "book/sections.hpp"

namespace briefbook::book {

namespace {

using layout::StyleRole;

bool present(const BookContext&) { return true; }

std::string title(const BookContext& context) { return context.label(layout::Label::kContents); }

/// One entry: the title broken to leave room for the number column; on its last line a dotted
/// leader runs to the number, which ends at the measure.
flow::ParagraphBlock entry_block(const BookContext& context, const ContentsEntry& entry) {
    const StyleRole role = entry.level == 0 ? StyleRole::kTocEntry : StyleRole::kTocEntry2;
    const auto& style = context.style(role);
    const LinkTarget target{entry.anchor, {}};
    const Pt indent = style.start_indent;
    const Pt number_column = context.typesetter.natural_width(context.plain(role, "0000"), style);
    const Pt gap = style.size * 0.6;

    RichText title;
    title.append_link(entry.title, context.span(role, entry.title_lang), target);
    flow::ParagraphBlock block;
    block.indent = indent;
    block.space_before = style.space_before;
    block.space_after = style.space_after;
    block.keep_together = true;
    const Pt title_width = context.measure() - indent - number_column - gap;
    block.lines = context.typesetter.lines(*context.typesetter.prepared(title, style), title, style, title_width,
                                           layout::Alignment::kStart);
    if (block.lines.empty()) return block;

    const std::string page = context.page_of(entry.anchor);
    RichText number;
    number.append_link(page.empty() ? " " : page, context.span(role), target);
    auto number_lines = context.typesetter.lines(*context.typesetter.prepared(number, style), number, style,
                                                 number_column, layout::Alignment::kEnd);
    auto& last = block.lines.back();
    const Pt number_x = context.measure() - indent - number_column;
    Pt text_end;
    for (const auto& item : last.items)
        if (const auto* run = std::get_if<render::GlyphRunItem>(&item))
            for (const auto& glyph : run->glyphs) text_end = max(text_end, run->x + glyph.x + glyph.advance);
    Pt number_start = number_x + number_column;
    if (!number_lines.empty()) {
        for (auto item : number_lines.front().items) {
            if (auto* run = std::get_if<render::GlyphRunItem>(&item)) {
                run->x += number_x;
                if (!run->glyphs.empty()) number_start = min(number_start, run->x + run->glyphs.front().x);
            }
            last.items.push_back(std::move(item));
        }
        for (auto link : number_lines.front().links) {
            link.x += number_x;
            last.links.push_back(std::move(link));
        }
    }
    const Pt leader_from = text_end + gap * 0.5;
    const Pt leader_to = number_start - gap * 0.5;
    if (leader_to > leader_from)
        last.items.push_back(render::LineItem{leader_from, Pt(), leader_to, Pt(), Pt(0.8), style.color, true});
    return block;
}

}  // namespace

void compose_contents(const BookContext& context, const std::vector<ContentsEntry>& entries,
                      std::vector<flow::FlowItem>& flow) {
    flow.emplace_back(section_heading(context, layout::SectionKind::kContents, title(context)));
    for (const auto& entry : entries) flow.emplace_back(entry_block(context, entry));
}

extern const SectionComposer kContentsComposer{present, title, nullptr, nullptr};

}  // namespace briefbook::book
