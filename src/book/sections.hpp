#pragma once
// The sections of a book, one composer each (section_*.cpp). A composer says whether the briefing
// has anything for it, and appends its blocks to the flow.

#include <string>
#include <vector>

#include "book/book_context.hpp"
#include "flow/flow_items.hpp"

namespace briefbook::book {

/// An entry of the contents: a section or a part of one.
struct ContentsEntry {
    std::string title;
    std::string title_lang;
    std::string anchor;
    int level = 0;
};

/// What every section composer provides.
struct SectionComposer {
    /// Whether the briefing has anything for this section (it is left out otherwise).
    bool (*present)(const BookContext& context);
    /// The section's heading (and contents entry).
    std::string (*title)(const BookContext& context);
    /// Appends the section, its heading included, to `flow`.
    void (*compose)(const BookContext& context, std::vector<flow::FlowItem>& flow);
    /// The section's parts that the contents lists (sessions), or nothing.
    std::vector<ContentsEntry> (*parts)(const BookContext& context);
};

/// The composer of each section kind. The contents composer needs the entries: see compose_contents.
const SectionComposer& section_composer(layout::SectionKind kind);

/// The contents page: every entry with dotted leaders to its page number, each a live link.
void compose_contents(const BookContext& context, const std::vector<ContentsEntry>& entries,
                      std::vector<flow::FlowItem>& flow);

// ---- helpers the section composers share ----------------------------------------------------

/// A section's heading (h1): a destination, an outline entry, and the running header's title.
flow::ParagraphBlock section_heading(const BookContext& context, layout::SectionKind kind, const std::string& title);

/// A heading of a part of a section, with a destination and an outline entry at `level`.
flow::ParagraphBlock part_heading(const BookContext& context, layout::StyleRole role, const RichText& text,
                                  const std::string& anchor, const std::string& outline_title, int outline_level);

/// A label-value table without header (the facts of a session, a person, an organization).
flow::TableBlock facts_table(const BookContext& context, const std::vector<std::pair<std::string, RichText>>& facts);

/// A link to a person, organization or session when the book has it, else plain text.
void append_entity(RichText& out, const BookContext& context, std::string_view id, layout::StyleRole role);

}  // namespace briefbook::book
