#pragma once
// The document information dictionary and the catalog's reader settings.

#include <cstdint>
#include <string>

#include "pdf/pdf_objects.hpp"
#include "render/display_list.hpp"

namespace briefbook::pdf {

/// Fills the Info dictionary from DocumentInfo: Title, Author, Subject, Keywords, Creator (empty
/// ones left out), Producer "briefbook <version>", and CreationDate/ModDate from
/// DocumentInfo::created (never the clock; both left out when it is 0). Sets the catalog's /Lang
/// and asks viewers to show the title rather than the file name.
void write_document_info(PoDoFo::PdfMemDocument& document, const render::DocumentInfo& info);

/// A PDF date string for seconds since the epoch, in UTC: "D:20231129093000Z".
[[nodiscard]] std::string pdf_date(std::int64_t seconds_since_epoch);

}  // namespace briefbook::pdf
