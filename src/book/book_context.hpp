#pragma once
// Everything the section composers share for one layout pass of one book. Plain references to
// what the orchestrator owns; helpers for the small things every section does (a span in a
// style, a localized text with its native form, a page number of the previous pass).

#include <map>
#include <string>

#include "book/book_options.hpp"
#include "book/image_registry.hpp"
#include "book/rich_text.hpp"
#include "book/schedule.hpp"
#include "book/typesetter.hpp"
#include "briefbook/model.hpp"
#include "layout/date_format.hpp"
#include "layout/labels.hpp"
#include "layout/layout.hpp"

namespace briefbook::book {

/// 1-based page numbers of the destinations, as the previous layout pass placed them.
using PageMap = std::map<std::string, std::size_t>;

struct BookContext {
    const model::Briefing& briefing;
    const layout::Layout& layout;
    const layout::Labels& labels;
    const layout::DateFormatter& dates;
    const Schedule& schedule;
    const BookOptions& options;
    const PageMap& pages;
    Typesetter& typesetter;
    ImageRegistry& images;

    [[nodiscard]] const std::string& lang() const { return briefing.lang; }
    [[nodiscard]] const layout::Style& style(layout::StyleRole role) const { return layout.style(role); }
    [[nodiscard]] Pt measure() const { return layout.page.text_width(); }
    [[nodiscard]] Diagnostics& diagnostics() const { return typesetter.diagnostics(); }

    /// A span in a style; an empty `lang` means the book's language.
    [[nodiscard]] text::SpanStyle span(layout::StyleRole role, std::string_view lang = {}) const;
    /// A paragraph of one plain text.
    [[nodiscard]] RichText plain(layout::StyleRole role, std::string_view text, std::string_view lang = {}) const;
    /// A span for a name, which lines break inside only where it does not fit on one.
    [[nodiscard]] text::SpanStyle name_span(layout::StyleRole role, std::string_view lang = {}) const;
    /// Appends a localized text: the variant in the book's language, and another one beside it
    /// when there is one ("Takeda Pharmaceutical Company 武田薬品工業株式会社").
    void append_localized(RichText& out, layout::StyleRole role, const model::Localized& text) const;
    /// The same for a name (an organization's, a venue's): a form in Chinese or Japanese, where a
    /// line could break after any character, is kept on one line (an English one wraps at spaces).
    void append_name(RichText& out, layout::StyleRole role, const model::Localized& name) const;
    /// The page number of a destination from the previous pass, or "" before it is known.
    [[nodiscard]] std::string page_of(const std::string& anchor) const;
    /// A generated label.
    [[nodiscard]] std::string label(layout::Label key) const { return labels.text(key); }
    /// A note in parentheses after what it explains, as the book's language sets one: " (Tokyo)"
    /// in English; "（東京）" in Chinese and Japanese, full-width and without a space (JLREQ, CLREQ).
    [[nodiscard]] std::string parenthetical(std::string_view note) const;
    /// The name of a person, organization or session as references print it, or "" when the
    /// id names nothing in this book.
    [[nodiscard]] std::string entity_name(std::string_view id, std::string* lang = nullptr) const;
    /// True when that name, in `lang`, is kept on one line: a person's, or one in Chinese or
    /// Japanese.
    [[nodiscard]] bool keeps_name_together(std::string_view id, std::string_view lang) const;
    /// True when the book has a destination for this id (a session left out of a personalised
    /// book has none).
    [[nodiscard]] bool has_entity(std::string_view id) const;

  private:
    void append_variants(RichText& out, layout::StyleRole role, const model::Localized& text,
                         bool keep_cjk_together) const;
};

}  // namespace briefbook::book
