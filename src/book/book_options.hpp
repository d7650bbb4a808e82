#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "briefbook/limits.hpp"

namespace briefbook::book {

/// What varies between books made from one briefing with one layout.
struct BookOptions {
    /// A personalised book: the id of the person it is for (only their sessions), or empty.
    std::string for_person;
    /// Carry DRAFT across every page (also when the briefing's version says "Draft").
    bool draft = false;
    /// Carry the personalised book's recipient faintly on every page.
    bool watermark = false;
    /// The document's creation date, seconds since the epoch (UTC). 0: the briefing's issue date.
    std::int64_t created = 0;
    /// Layout passes until page numbers settle (contents, cross references).
    int max_passes = limits::kMaxLayoutPasses;
    /// Pages a book may have; a longer one is refused [limit.pages].
    std::size_t max_pages = limits::kMaxPages;
};

}  // namespace briefbook::book
