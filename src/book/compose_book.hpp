#pragma once
// The book: a validated briefing and a layout become pages of positioned glyphs, images and
// links (the display list), ready for the PDF writer.

#include "book/book_options.hpp"
#include "briefbook/diagnostics.hpp"
#include "briefbook/model.hpp"
#include "layout/labels.hpp"
#include "layout/layout.hpp"
#include "para/hyphenator.hpp"
#include "render/display_list.hpp"
#include "text/shape.hpp"

namespace briefbook::book {

/// Composes and paginates the book, repeating the layout until every page number it prints
/// (contents, cross references, "page X of Y") is where the destination really is, at most
/// `options.max_passes` times ([layout.unstable-pages] if they never settle). A book that needs more
/// than `options.max_pages` pages is an error [limit.pages], and the document returned is empty.
render::RenderedDocument compose_book(const model::Briefing& briefing, const layout::Layout& layout,
                                      const layout::Labels& labels, text::Shaper& shaper,
                                      const para::Hyphenator& hyphenator, const BookOptions& options,
                                      Diagnostics& diagnostics);

}  // namespace briefbook::book
