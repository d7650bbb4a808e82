#pragma once
// Running headers and footers: three slots (start, centre, end) of templated text for left- and
// right-hand pages, filled in per page from the book's fields.

#include <cstddef>
#include <string>
#include <string_view>

#include "briefbook/units.hpp"
#include "layout/labels.hpp"
#include "layout/text_template.hpp"

namespace briefbook::layout {

/// What one page's header or footer shows; an empty template leaves its slot empty.
struct RunningSlots {
    TextTemplate start;   ///< at the start (left) edge of the text block
    TextTemplate center;  ///< centred on the text block
    TextTemplate end;     ///< at the end (right) edge of the text block
};

/// A running header or footer.
struct RunningText {
    RunningSlots verso;  ///< left-hand pages of a duplex book
    RunningSlots recto;  ///< right-hand pages, and every page of a single-sided book
    Pt edge_distance;    ///< from the page's top (header) or bottom (footer) edge to the baseline
    bool rule = false;   ///< a hairline between it and the text block
    /// Whether blank pages (the verso left before a section that starts on a recto) carry it.
    bool on_blank_pages = false;

    /// The slots of page `page_index` (0-based; page 0 is a right-hand page).
    [[nodiscard]] const RunningSlots& slots(std::size_t page_index, bool duplex) const {
        return duplex && page_index % 2 == 1 ? verso : recto;
    }
};

/// The values of the fields running text may use, for one page.
struct RunningFields {
    std::string title;           ///< {title}: the book's title in its language
    std::string section;         ///< {section}: the section current on the page
    std::string classification;  ///< {classification}: the briefing's marking
    std::string version;         ///< {version}
    std::string date;            ///< {date}: the issue date, formatted
    std::string page;            ///< {page}: this page's number
    std::string pages;           ///< {pages}: the number of pages
};

/// True for the names of RunningFields: title, section, classification, version, date, page,
/// pages.
[[nodiscard]] bool is_running_field(std::string_view name);

/// One slot's text for a page. A {label:KEY} part is that label, its own fields ({page},
/// {pages}) filled from `fields` too.
[[nodiscard]] std::string expand_running(const TextTemplate& text, const RunningFields& fields,
                                         const Labels& labels);

}  // namespace briefbook::layout
