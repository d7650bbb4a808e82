#pragma once
// What every page but the cover carries once the book is paginated: the running header and
// footer (title, section, classification, edition, "Page X of Y" with the real page count), the
// DRAFT mark of a draft edition and the watermark of a personalised book.

#include <vector>

#include "book/book_context.hpp"
#include "flow/paginate.hpp"

namespace briefbook::book {

/// True when the book is a draft: --draft, or a version that says so ("Draft 2").
bool is_draft(const BookContext& context);

/// Adds running heads and marks to the pages, in place.
void add_running_heads(const BookContext& context, std::vector<flow::PaginatedPage>& pages);

}  // namespace briefbook::book
