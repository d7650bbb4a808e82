#include "book/inline_text.hpp"

#include "book/anchors.hpp"
#include "render/translate.hpp"

namespace briefbook::book {

namespace {

using layout::StyleRole;

/// Reference text: the name, then where it is ("see page 12") once the page is known.
void append_reference(RichText& out, const model::InlinePiece& piece, text::SpanStyle style,
                      const BookContext& context) {
    std::string name_lang;
    const std::string name = context.entity_name(piece.ref_to, &name_lang);
    if (name.empty()) {
        out.append(piece.ref_to, style);  // validation has already reported the dangling id
        return;
    }
    if (!name_lang.empty()) style.lang = name_lang;
    style.keep_together = context.keeps_name_together(piece.ref_to, style.lang);
    if (!context.has_entity(piece.ref_to)) {
        out.append(name, style);
        return;
    }
    const std::string anchor = entity_anchor(piece.ref_to);
    style.color = context.style(StyleRole::kLink).color;
    out.append_link(name, style, {anchor, {}});
    const std::string page = context.page_of(anchor);
    if (!page.empty()) {
        text::SpanStyle note = context.span(StyleRole::kBody);
        note.size = style.size;
        note.font = style.font;
        note.color = style.color;
        out.append_link(context.parenthetical(context.labels.format(layout::Label::kSeePage, {{"page", page}})), note,
                        {anchor, {}});
    }
}

}  // namespace

void append_inlines(RichText& out, const std::vector<model::InlinePiece>& pieces, StyleRole role,
                    std::string_view block_lang, const BookContext& context) {
    for (const auto& piece : pieces) {
        text::SpanStyle style = context.span(role, piece.lang.empty() ? block_lang : std::string_view(piece.lang));
        style.font.bold = style.font.bold || piece.bold;
        style.font.italic = style.font.italic || piece.italic;
        style.origin = context.briefing.at(piece.position);
        switch (piece.kind) {
            case model::InlinePiece::Kind::kText:
                if (piece.href.empty()) {
                    out.append(piece.text, style);
                } else {
                    style.color = context.style(StyleRole::kLink).color;
                    out.append_link(piece.text, style, {{}, piece.href});
                }
                break;
            case model::InlinePiece::Kind::kRef: append_reference(out, piece, style, context); break;
            case model::InlinePiece::Kind::kLineBreak: out.append("\u2028", style); break;
        }
    }
}

void append_blocks(std::vector<flow::FlowItem>& flow, const model::Blocks& blocks, const BookContext& context,
                   StyleRole role) {
    const Pt measure = context.measure();
    for (std::size_t index = 0; index < blocks.blocks.size(); ++index) {
        const auto& block = blocks.blocks[index];
        const bool list_ends = index + 1 == blocks.blocks.size() ||
                               blocks.blocks[index + 1].kind != model::Block::Kind::kListItem;
        const StyleRole block_role = block.kind == model::Block::Kind::kQuote ? StyleRole::kQuote : role;
        const auto& style = context.style(block_role);
        RichText text;
        append_inlines(text, block.content, block_role, block.lang, context);
        if (text.empty()) continue;
        if (block.kind != model::Block::Kind::kListItem) {
            flow.emplace_back(context.typesetter.paragraph(text, style, measure));
            continue;
        }
        // A list item: the text indented by one step a level, its marker hanging in the indent.
        const Pt step = style.size * 1.6;
        const Pt indent = step * (block.depth + 1);
        auto item = context.typesetter.paragraph(text, style, measure - indent);
        item.indent += indent;
        item.space_before = Pt(style.space_before.value * 0.3);
        // Items of a list sit close together; the list as a whole keeps the paragraph spacing.
        item.space_after = list_ends ? style.space_after : Pt(style.space_after.value * 0.3);
        if (!block.continuation && !item.lines.empty()) {
            const std::string marker = block.ordered ? std::to_string(block.number) + "." : "\u2022";
            auto marker_lines = context.typesetter.lines(*context.typesetter.prepared(context.plain(block_role, marker, block.lang), style),
                                                         {}, style, step, layout::Alignment::kStart);
            if (!marker_lines.empty()) {
                for (auto decoration : marker_lines.front().items) {
                    render::translate(decoration, -step, Pt());
                    item.decorations.push_back(std::move(decoration));
                }
            }
        }
        flow.emplace_back(std::move(item));
    }
}

}  // namespace briefbook::book
