#pragma once
// Ways around the document: named destinations from the pages' anchors, link annotations, and the
// outline (bookmarks).

#include <set>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "pdf/pdf_objects.hpp"
#include "render/display_list.hpp"

namespace briefbook::pdf {

/// The page objects of the document, in order, with the height each y is flipped against.
struct PageObjects {
    std::vector<PoDoFo::PdfObject*> objects;
    std::vector<double> heights;
};

/// Writes every Page::anchors entry as a named destination (/XYZ at the anchor, zoom unchanged)
/// in the catalog's /Dests name tree; returns the names. A name used twice keeps its first place
/// and is reported ("pdf.anchor-duplicate").
std::set<std::string> write_destinations(PoDoFo::PdfMemDocument& document,
                                         const render::RenderedDocument& source,
                                         const PageObjects& pages, Diagnostics& diagnostics);

/// Writes each page's links as borderless link annotations: internal ones go to a named
/// destination, external ones are URI actions. A link to a name no anchor defines is left out and
/// reported ("pdf.link-target-unknown").
void write_links(PoDoFo::PdfVecObjects& objects, const render::RenderedDocument& source,
                 const PageObjects& pages, const std::set<std::string>& destinations,
                 Diagnostics& diagnostics);

/// Writes RenderedDocument::outline as the document outline with /Count set at every level (entries
/// start closed, so a long book opens to its top-level sections) and makes the viewer show it
/// (/PageMode /UseOutlines). Does nothing for an empty outline. An entry whose destination is
/// unknown keeps its title, without a target, and is reported ("pdf.outline-target-unknown").
void write_outline(PoDoFo::PdfMemDocument& document,
                   const std::vector<render::OutlineEntry>& outline,
                   const std::set<std::string>& destinations, Diagnostics& diagnostics);

}  // namespace briefbook::pdf
