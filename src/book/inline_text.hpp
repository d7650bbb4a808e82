#pragma once
// The briefing's rich text (BLOCKS and inline markup, already flattened by the model) as
// paragraphs of the book.

#include <vector>

#include "book/book_context.hpp"
#include "flow/flow_items.hpp"

namespace briefbook::book {

/// Appends inline content in a style: bold and italic add to the style, xml:lang picks fonts and
/// glyph forms, `<a href>` links out, `<ref to>` prints the name of what it names and the page
/// it is on, linked to it.
void append_inlines(RichText& out, const std::vector<model::InlinePiece>& pieces, layout::StyleRole role,
                    std::string_view block_lang, const BookContext& context);

/// The paragraphs of a BLOCKS element, set at the full measure (lists indented with their
/// markers hanging, quotes in the quote style), appended to `flow`.
void append_blocks(std::vector<flow::FlowItem>& flow, const model::Blocks& blocks, const BookContext& context,
                   layout::StyleRole role = layout::StyleRole::kBody);

}  // namespace briefbook::book
