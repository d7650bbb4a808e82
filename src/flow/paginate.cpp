#include "flow/paginate.hpp"

#include <algorithm>
#include <cassert>

#include "render/translate.hpp"

namespace briefbook::flow {

namespace {

constexpr double kFitTolerance = 0.01;  // points: rounding must not push a line to the next page

/// A line occupies `advance` vertically; its baseline sits half the extra leading below the top
/// (the CSS line-box model), so lines of one style keep one baseline grid.
Pt baseline_in_box(const Line& line) {
    return (line.advance - line.ascent - line.descent) / 2.0 + line.ascent;
}

Pt height_of(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    Pt total;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) total += lines[i].advance;
    return total;
}

Pt row_height(const TableRow& row) {
    Pt content;
    for (const auto& cell : row.cells)
        content = max(content, max(height_of(cell.lines, 0, cell.lines.size()), cell.items_height));
    return row.padding_top + content + row.padding_bottom;
}

Pt rows_height(const std::vector<TableRow>& rows) {
    Pt total;
    for (const auto& row : rows) total += row_height(row);
    return total;
}

Pt paragraph_height(const ParagraphBlock& p) { return height_of(p.lines, 0, p.lines.size()); }

/// The fewest lines a paragraph can leave at the bottom of the page where it starts: all of them
/// when it is kept together or too short to split with its orphans and widows, else its orphans.
std::size_t first_part_lines(const ParagraphBlock& p) {
    const auto n = p.lines.size();
    const auto orphans = static_cast<std::size_t>(std::max(p.orphans, 1));
    const auto widows = static_cast<std::size_t>(std::max(p.widows, 1));
    return p.keep_together || n < orphans + widows ? n : orphans;
}

/// Height that must fit on the current page for an item to start there (before keep-with-next).
Pt head_height(const FlowItem& item) {
    struct Visitor {
        Pt operator()(const ParagraphBlock& p) const { return p.space_before + height_of(p.lines, 0, first_part_lines(p)); }
        Pt operator()(const TableBlock& t) const {
            if (t.keep_together) return t.space_before + rows_height(t.header) + rows_height(t.body);
            return t.space_before + rows_height(t.header) + (t.body.empty() ? Pt() : row_height(t.body.front()));
        }
        Pt operator()(const ImageBlock& i) const { return i.space_before + i.height; }
        Pt operator()(const SpaceBlock&) const { return Pt(); }
        Pt operator()(const PageBreakBlock&) const { return Pt(); }
        Pt operator()(const FixedBlock&) const { return Pt(); }
    };
    return std::visit(Visitor{}, item);
}

bool keeps_with_next(const FlowItem& item) {
    if (const auto* p = std::get_if<ParagraphBlock>(&item)) return p->keep_with_next;
    return false;
}

/// Builds the nested outline from markers met in reading order.
class OutlineBuilder {
public:
    void add(const Marker& marker) {
        if (marker.outline_title.empty()) return;
        const auto level = static_cast<std::size_t>(std::max(marker.outline_level, 0));
        std::vector<render::OutlineEntry>* siblings = &root_;
        for (std::size_t depth = 0; depth < level && !siblings->empty(); ++depth)
            siblings = &siblings->back().children;
        siblings->push_back({marker.outline_title, marker.anchor, {}});
    }
    std::vector<render::OutlineEntry> take() { return std::move(root_); }

private:
    std::vector<render::OutlineEntry> root_;
};

/// Thrown by Paginator::open_page() when the page limit is met: unwinds out of whatever block
/// was being placed.
struct PageLimitReached {};

class Paginator {
public:
    Paginator(const PageFrame& frame, Diagnostics& diagnostics, const SourceLocation& where, std::size_t max_pages)
        : frame_(frame), diagnostics_(diagnostics), where_(where), max_pages_(max_pages) {}

    void place_all(const std::vector<FlowItem>& flow) {
        for (std::size_t i = 0; i < flow.size(); ++i) {
            const Pt keep = keep_chain_height(flow, i);
            std::visit([&](const auto& item) { place(item, keep); }, flow[i]);
        }
    }

    Pagination finish() {
        result_.outline = outline_.take();
        return std::move(result_);
    }

private:
    // ---- page management -----------------------------------------------------------------

    /// Height an item needs on the current page after its own lines, to keep the items it keeps
    /// with: its space after, theirs, and the head of the first item that does not keep on.
    static Pt keep_chain_height(const std::vector<FlowItem>& flow, std::size_t i) {
        if (!keeps_with_next(flow[i])) return Pt();
        Pt total = std::get<ParagraphBlock>(flow[i]).space_after;
        std::size_t j = i + 1;
        for (; j < flow.size() && keeps_with_next(flow[j]); ++j) {
            const auto& p = std::get<ParagraphBlock>(flow[j]);
            total += p.space_before + paragraph_height(p) + p.space_after;
        }
        if (j < flow.size()) total += head_height(flow[j]);
        return total;
    }

    [[nodiscard]] Pt remaining() const { return frame_.frame_height() - y_; }
    [[nodiscard]] bool fits(Pt height) const { return height.value <= remaining().value + kFitTolerance; }
    [[nodiscard]] bool at_top() const { return !page_open_ || y_.value <= kFitTolerance; }
    render::Page& page() { return result_.pages.back().page; }

    void open_page() {
        if (result_.pages.size() >= max_pages_) throw PageLimitReached{};
        PaginatedPage next;
        next.page.width = frame_.page_width;
        next.page.height = frame_.page_height;
        next.running_title = running_title_;
        result_.pages.push_back(std::move(next));
        page_open_ = true;
        page_used_ = false;
        y_ = Pt();
    }

    /// Makes sure there is a page to draw on, honouring a pending break.
    void ensure_page() {
        if (page_open_ && !break_pending_) return;
        if (break_pending_ && recto_pending_ && frame_.duplex && result_.pages.size() % 2 == 1) {
            open_page();  // the verso before a right-hand start stays blank
            result_.pages.back().blank = true;
        }
        break_pending_ = recto_pending_ = false;
        open_page();
    }

    void new_page() {
        break_pending_ = true;
        ensure_page();
    }

    /// Starts a new page unless the current one is still empty.
    void break_unless_at_top() {
        if (!at_top()) new_page();
        else ensure_page();
    }

    void record_markers(const std::vector<Marker>& markers, Pt x, Pt y) {
        for (const auto& marker : markers) {
            if (!marker.anchor.empty()) {
                page().anchors.push_back({marker.anchor, x, y});
                result_.anchor_pages.emplace(marker.anchor, result_.pages.size() - 1);
            }
            if (marker.running_title) {
                running_title_ = *marker.running_title;
                // A section that starts on this page names the page.
                result_.pages.back().running_title = running_title_;
                result_.pages.back().opens_section = true;
            }
            outline_.add(marker);
        }
    }

    [[nodiscard]] Pt frame_x() const { return frame_.frame_left(result_.pages.size() - 1); }
    [[nodiscard]] Pt frame_y() const { return frame_.top + y_; }

    void draw_line(const Line& line, Pt indent) {
        const Pt x = frame_x() + indent;
        const Pt baseline = frame_y() + baseline_in_box(line);
        for (auto item : line.items) {
            render::translate(item, x, baseline);
            page().items.push_back(std::move(item));
        }
        for (auto link : line.links) {
            render::translate(link, x, baseline);
            page().links.push_back(std::move(link));
        }
        y_ += line.advance;
        page_used_ = true;
    }

    void report_overfull(const char* what) {
        diagnostics_.warning(where_, "layout.overfull",
                             std::string(what) + " is taller than a page and runs past the bottom margin on page " +
                                 std::to_string(result_.pages.size()));
    }

    // ---- items -------------------------------------------------------------------------------

    void place(const ParagraphBlock& p, Pt keep) {
        ensure_page();
        const Pt total = paragraph_height(p);
        const Pt before = at_top() ? Pt() : p.space_before;
        if (!at_top()) {
            const bool whole_needed = p.keep_together || p.keep_with_next;
            const Pt needed = before + (whole_needed ? total : head_height(p) - p.space_before) + keep;
            const bool could_fit_fresh = (whole_needed ? total : Pt()) + keep <= frame_.frame_height();
            if (!fits(needed) && could_fit_fresh) new_page();
        }
        if (!at_top()) y_ += p.space_before;
        bool first_on_page = true;
        std::size_t i = 0;
        while (i < p.lines.size()) {
            // How many lines fit here?
            std::size_t fit = i;
            Pt used;
            while (fit < p.lines.size() && fits(used + p.lines[fit].advance)) used += p.lines[fit++].advance;
            std::size_t end = fit;
            if (end < p.lines.size()) end = split_point(p, i, end);
            if (end == i) {
                if (at_top()) {  // not even one line fits an empty page
                    report_overfull("a line");
                    end = i + 1;
                } else {
                    new_page();
                    continue;
                }
            }
            if (first_on_page && i == 0) {
                record_markers(p.markers, frame_x() + p.indent, frame_y());
                for (auto decoration : p.decorations) {
                    render::translate(decoration, frame_x() + p.indent, frame_y() + baseline_in_box(p.lines[0]));
                    page().items.push_back(std::move(decoration));
                }
            }
            first_on_page = false;
            for (; i < end; ++i) draw_line(p.lines[i], p.indent);
            if (i < p.lines.size()) new_page();
        }
        if (p.lines.empty()) record_markers(p.markers, frame_x() + p.indent, frame_y());
        y_ += p.space_after;
    }

    /// Where to end this page's part of a paragraph that does not fit: honours orphans (lines
    /// left at the bottom) and widows (lines carried over). Returns `begin` to move it all.
    [[nodiscard]] std::size_t split_point(const ParagraphBlock& p, std::size_t begin, std::size_t fit) const {
        if (p.keep_together && begin == 0 && !at_top()) return begin;
        const auto n = p.lines.size();
        const auto orphans = static_cast<std::size_t>(std::max(p.orphans, 1));
        const auto widows = static_cast<std::size_t>(std::max(p.widows, 1));
        std::size_t end = fit;
        if (n - end < widows) end = n > widows ? n - widows : begin;
        if (end - begin < orphans && begin == 0) end = begin;
        if (end <= begin && at_top()) end = std::min(fit, n);  // an empty page must take something
        return end;
    }

    void draw_row(const TableBlock& table, const TableRow& row) {
        const Pt height = row_height(row);
        const Pt left = frame_x() + table.indent;
        const Pt top = frame_y();
        if (row.background) page().items.push_back(render::RectItem{left, top, table.width, height, row.background, {}, Pt()});
        for (const auto& cell : row.cells) {
            if (cell.background)
                page().items.push_back(render::RectItem{left + cell.x, top, cell.width, height, cell.background, {}, Pt()});
            record_markers(cell.markers, left + cell.x, top);
        }
        for (const auto& cell : row.cells) {
            for (auto item : cell.items) {
                render::translate(item, left + cell.x, top + row.padding_top);
                page().items.push_back(std::move(item));
            }
            Pt y = top + row.padding_top;
            for (const auto& line : cell.lines) {
                const Pt baseline = y + baseline_in_box(line);
                for (auto item : line.items) {
                    render::translate(item, left + cell.x, baseline);
                    page().items.push_back(std::move(item));
                }
                for (auto link : line.links) {
                    render::translate(link, left + cell.x, baseline);
                    page().links.push_back(std::move(link));
                }
                y += line.advance;
            }
        }
        y_ += height;
        page_used_ = true;
        if (row.rule_below) {
            const Pt y = frame_y();
            page().items.push_back(render::LineItem{left, y, left + table.width, y, Pt(0.4), table.rule_color, false});
        }
    }

    void place(const TableBlock& t, Pt keep) {
        ensure_page();
        const Pt header = rows_height(t.header);
        if (!at_top()) {
            const Pt whole = header + rows_height(t.body);
            const bool together = t.keep_together && whole <= frame_.frame_height();
            const Pt needed = t.space_before + (together ? whole : header + (t.body.empty() ? Pt() : row_height(t.body.front()))) + keep;
            if (!fits(needed)) new_page();
            else y_ += t.space_before;
        }
        record_markers(t.markers, frame_x() + t.indent, frame_y());
        for (const auto& row : t.header) draw_row(t, row);
        for (std::size_t r = 0; r < t.body.size(); ++r) {
            const auto& row = t.body[r];
            Pt needed = row_height(row);
            if (row.keep_with_next && r + 1 < t.body.size()) needed += row_height(t.body[r + 1]);
            if (!fits(needed) && y_ > header + Pt(kFitTolerance)) {
                new_page();
                for (const auto& h : t.header) draw_row(t, h);
            }
            if (!fits(row_height(row))) report_overfull("a table row");
            draw_row(t, row);
        }
        y_ += t.space_after;
    }

    void place(const ImageBlock& image, Pt keep) {
        ensure_page();
        if (!at_top() && !fits(image.space_before + image.height + keep)) new_page();
        if (!at_top()) y_ += image.space_before;
        if (!fits(image.height)) report_overfull("an image");
        record_markers(image.markers, frame_x() + image.indent, frame_y());
        page().items.push_back(render::ImageItem{image.image, frame_x() + image.indent, frame_y(), image.width, image.height});
        y_ += image.height + image.space_after;
        page_used_ = true;
    }

    void place(const SpaceBlock& space, Pt) {
        if (at_top()) return;
        y_ += space.height;
    }

    void place(const PageBreakBlock& page_break, Pt) {
        if (!page_open_ || !page_used_) {
            // Nothing on the current page yet: a break would only leave it empty; but a recto
            // start still has to move off a left-hand page.
            if (page_break.to_recto && page_open_ && frame_.duplex && result_.pages.size() % 2 == 0) {
                result_.pages.back().blank = true;
                open_page();
            }
            return;
        }
        break_pending_ = true;
        recto_pending_ = page_break.to_recto;
    }

    void place(const FixedBlock& fixed, Pt) {
        ensure_page();
        result_.pages.back().suppress_running_heads = result_.pages.back().suppress_running_heads ||
                                                      fixed.suppress_running_heads;
        record_markers(fixed.markers, Pt(), Pt());
        for (const auto& item : fixed.items) page().items.push_back(item);
        for (const auto& link : fixed.links) page().links.push_back(link);
        page_used_ = true;
    }

    const PageFrame& frame_;
    Diagnostics& diagnostics_;
    SourceLocation where_;
    std::size_t max_pages_;
    Pagination result_;
    OutlineBuilder outline_;
    std::string running_title_;
    Pt y_;  // from the top of the text frame
    bool page_open_ = false;
    bool page_used_ = false;  // something drawn on the current page
    bool break_pending_ = false;
    bool recto_pending_ = false;
};

}  // namespace

Pagination paginate(const std::vector<FlowItem>& flow, const PageFrame& frame, Diagnostics& diagnostics,
                    const SourceLocation& where, std::size_t max_pages) {
    Paginator paginator(frame, diagnostics, where, max_pages);
    try {
        paginator.place_all(flow);
    } catch (const PageLimitReached&) {
        auto partial = paginator.finish();
        partial.over_page_limit = true;
        return partial;
    }
    return paginator.finish();
}

}  // namespace briefbook::flow
