#pragma once
// Names of the book's destinations: what links, the contents and the outline point at.

#include <string>
#include <string_view>

#include "briefbook/model.hpp"
#include "layout/layout.hpp"

namespace briefbook::book {

/// The destination of a person, organization or session (ids are unique across kinds).
inline std::string entity_anchor(std::string_view id) { return "e." + std::string(id); }
/// The start of a top-level section.
inline std::string section_anchor(layout::SectionKind kind) {
    return "s." + std::string(layout::section_name(kind));
}
/// A day of the itinerary.
std::string day_anchor(const model::LocalDate& date);

}  // namespace briefbook::book
