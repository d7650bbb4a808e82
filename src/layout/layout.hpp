#pragma once
// A layout, loaded and resolved: everything composition and pagination need to know about the
// book's design, as plain values. What layouts/NAME.xml describes (docs/layouts.md).

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "briefbook/units.hpp"
#include "layout/running_text.hpp"
#include "layout/style.hpp"

namespace briefbook::layout {

/// The top-level sections of a book. A layout lists the ones it has, in their order.
enum class SectionKind {
    kCover, kContents, kOverview, kItinerary, kSessions, kPeople, kOrganizations, kContacts,
};

/// The name of a section in layout files: "cover", "itinerary".
[[nodiscard]] std::string_view section_name(SectionKind kind);
/// The section a name stands for, if any.
[[nodiscard]] std::optional<SectionKind> section_from_name(std::string_view name);

/// One section of the book, in the layout's order.
struct Section {
    SectionKind kind = SectionKind::kCover;
    bool recto_start = false;  ///< starts on a right-hand page (duplex books), leaving a blank verso
};

/// Page margins. Inner is the binding side: left on right-hand pages; in a duplex book the
/// margins mirror on left-hand pages. A single-sided book has inner on the left of every page.
struct Margins {
    Pt inner, outer, top, bottom;
};

/// The page and its text block.
struct PageGeometry {
    Pt width, height;
    Margins margins;
    bool duplex = false;  ///< printed on both sides: margins mirror, sections may start on rectos

    [[nodiscard]] Pt text_width() const { return width - margins.inner - margins.outer; }
    [[nodiscard]] Pt text_height() const { return height - margins.top - margins.bottom; }
    /// Left edge of the text block on page `page_index` (0-based: page 0 is a right-hand page).
    [[nodiscard]] Pt text_left(std::size_t page_index) const {
        return duplex && page_index % 2 == 1 ? margins.outer : margins.inner;
    }
};

/// How text is set.
struct TextOptions {
    /// Space between adjacent Han/Kana and Latin characters, as a fraction of the font size.
    double inter_script_space = 0.25;
    /// The language for Han text no element gives a language: "zh-Hans", "zh-Hant", "ja", "ko",
    /// or empty for "the book's language when it is one of those, else zh-Hans"
    /// (cjk_default_language()).
    std::string cjk_default;
    bool justify = true;    ///< off: styles that say justify are set ragged (start-aligned)
    bool hyphenate = true;  ///< hyphenate Latin words at line ends
};

/// The CJK language for Han text that states none, in a book in `book_lang`.
[[nodiscard]] std::string cjk_default_language(const TextOptions& options, std::string_view book_lang);

/// The largest box an image is scaled into (aspect kept).
struct ImageBox {
    Pt max_width, max_height;
};

struct ImageLimits {
    ImageBox photo;       ///< people's photos
    ImageBox logo;        ///< organizations' logos
    ImageBox cover_logo;  ///< the briefing's own logo on the cover
};

/// A loaded layout. After load_layout() without errors it is complete: every StyleRole has a
/// style, the margins leave a text block, every template uses known fields.
struct Layout {
    std::string name;                 ///< "a4", or the file's stem for a layout given by path
    std::string description;          ///< one line, from <description>
    std::filesystem::path source;     ///< the file it was loaded from
    PageGeometry page;
    /// Every style: the StyleRoles first, in enum order, then the layout's other styles.
    std::vector<Style> styles;
    std::vector<Section> sections;    ///< in book order; a section not listed is left out
    RunningText header;
    RunningText footer;
    TextOptions text;
    /// Every mention of a person, organization or session that has its own entry in the book
    /// (attendee lists, hosts, tables) links to it, not only the contents, the itinerary and
    /// `<ref>`: for books read on screen.
    bool every_reference_a_link = false;
    ImageLimits images;

    /// The style of a role (always present in a loaded layout).
    [[nodiscard]] const Style& style(StyleRole role) const;
    /// The style with this name, or nullptr.
    [[nodiscard]] const Style* find_style(std::string_view style_name) const;
    /// The section entry for a kind, or nullptr when the layout leaves it out.
    [[nodiscard]] const Section* find_section(SectionKind kind) const;
};

}  // namespace briefbook::layout
