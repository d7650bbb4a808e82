#pragma once
// Pagination: fills pages from a flow of measured blocks, deciding only where pages end.
// Keep-with-next, widows and orphans, keep-together, rows never split, table headers repeated,
// section starts on right-hand pages with blank versos.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "briefbook/limits.hpp"
#include "flow/flow_items.hpp"
#include "render/display_list.hpp"

namespace briefbook::flow {

/// A filled page and what its running header and footer need to know.
struct PaginatedPage {
    render::Page page;
    std::string running_title;           ///< the section current on this page
    bool blank = false;                  ///< a blank verso before a recto start: no running text
    bool suppress_running_heads = false; ///< cover pages
    bool opens_section = false;          ///< a section starts on it (its title is the page's head)
};

struct Pagination {
    std::vector<PaginatedPage> pages;
    /// 0-based page index of every anchor (markers' destinations).
    std::map<std::string, std::size_t> anchor_pages;
    std::vector<render::OutlineEntry> outline;
    /// The flow needed more than `max_pages` pages: placing stopped there, the rest is missing.
    bool over_page_limit = false;
};

/// Lays the flow onto pages of `frame`. Content that cannot fit even on an empty page (a row
/// taller than a page) is placed anyway and reported as a warning [layout.overfull]. Stops at
/// `max_pages` pages (Pagination::over_page_limit), so that a hostile briefing costs bounded work.
Pagination paginate(const std::vector<FlowItem>& flow, const PageFrame& frame, Diagnostics& diagnostics,
                    const SourceLocation& where = {}, std::size_t max_pages = limits::kMaxPages);

}  // namespace briefbook::flow
