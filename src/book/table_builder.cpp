#include "book/table_builder.hpp"

#include <algorithm>
#include <numeric>

namespace briefbook::book {

namespace {

struct MeasuredCell {
    const CellContent* content = nullptr;
    std::shared_ptr<const para::PreparedParagraph> paragraph;
    Pt min_width, max_width;
    Pt breakable_min_width;  ///< min_width when the names in it may break
};

std::vector<MeasuredCell> measure_row(const BookContext& context, const RowContent& row) {
    std::vector<MeasuredCell> out;
    for (const auto& cell : row) {
        MeasuredCell measured;
        measured.content = &cell;
        if (!cell.text.empty()) {
            // Cells are narrow and ragged, and mostly names: no word is broken.
            measured.paragraph = context.typesetter.prepared(cell.text, context.style(cell.role), /*hyphenate=*/false);
            measured.min_width = measured.paragraph->min_content_width();
            measured.max_width = measured.paragraph->max_content_width();
            measured.breakable_min_width = measured.paragraph->min_width_breaking_names();
        }
        measured.breakable_min_width = max(measured.breakable_min_width, cell.items_width);
        measured.min_width = max(measured.min_width, cell.items_width);
        measured.max_width = max(measured.max_width, cell.items_width);
        out.push_back(std::move(measured));
    }
    return out;
}

flow::TableRow set_row(const BookContext& context, std::vector<MeasuredCell>& cells, const std::vector<Pt>& widths,
                       const TableOptions& options) {
    flow::TableRow row;
    row.padding_top = options.padding_vertical;
    row.padding_bottom = options.padding_vertical;
    row.rule_below = options.rules;
    Pt x;
    for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
        flow::TableCell cell;
        cell.x = x + options.padding;
        cell.width = widths[c] - options.padding * 2;
        const auto& content = *cells[c].content;
        cell.markers = content.markers;
        cell.items = content.items;
        cell.items_height = content.items_height;
        if (cells[c].paragraph) {
            cell.lines = context.typesetter.lines(*cells[c].paragraph, content.text, context.style(content.role),
                                                  cell.width, content.align);
            if (content.items_height > Pt()) {
                // The text sits below the fixed items.
                cell.items_height = Pt();
                flow::Line spacer;
                spacer.advance = content.items_height;
                cell.lines.insert(cell.lines.begin(), spacer);
            }
        }
        row.cells.push_back(std::move(cell));
        x += widths[c];
    }
    return row;
}

}  // namespace

std::vector<Pt> column_widths(const std::vector<Pt>& min_widths, const std::vector<Pt>& max_widths, Pt available,
                              const std::vector<bool>& shrink_to_fit, const std::vector<Pt>& breakable_min_widths) {
    const std::size_t n = min_widths.size();
    std::vector<Pt> widths(n);
    const Pt sum_min = std::accumulate(min_widths.begin(), min_widths.end(), Pt());
    const Pt sum_max = std::accumulate(max_widths.begin(), max_widths.end(), Pt());
    if (n == 0) return widths;
    if (sum_min >= available) {
        // Whole names do not fit: let them break where the rules allow before any text breaks
        // where they do not. Each column gets its floor, and the rest goes to the columns in
        // proportion to what their names lack. Too narrow even for the floors: scale them down
        // (cells break anywhere).
        const auto& floors = breakable_min_widths.size() == n ? breakable_min_widths : min_widths;
        const Pt sum_floor = std::accumulate(floors.begin(), floors.end(), Pt());
        if (sum_floor < available) {
            const double share = (available - sum_floor) / (sum_min - sum_floor);
            for (std::size_t i = 0; i < n; ++i) widths[i] = floors[i] + (min_widths[i] - floors[i]) * share;
            return widths;
        }
        for (std::size_t i = 0; i < n; ++i) widths[i] = floors[i] * (available / sum_floor);
        return widths;
    }
    if (sum_max <= available) {
        // Room to spare: every column gets what it wants, and the flexible ones share the rest.
        std::vector<std::size_t> flexible;
        for (std::size_t i = 0; i < n; ++i)
            if (i >= shrink_to_fit.size() || !shrink_to_fit[i]) flexible.push_back(i);
        if (flexible.empty())
            for (std::size_t i = 0; i < n; ++i) flexible.push_back(i);
        Pt flexible_max;
        for (auto i : flexible) flexible_max += max_widths[i];
        const Pt spare = available - sum_max;
        for (std::size_t i = 0; i < n; ++i) widths[i] = max_widths[i];
        for (auto i : flexible)
            widths[i] += flexible_max > Pt() ? spare * (max_widths[i] / flexible_max)
                                             : spare / static_cast<double>(flexible.size());
        return widths;
    }
    // Between: columns that want no more than a fair share of what is left get all they want
    // (a name, a role), repeatedly; the others share the rest in proportion to their widest
    // content, none below its minimum (as LaTeX's tabulary does). Equal shares of their content
    // make a row's long cells wrap to about the same number of lines, so no one of them makes
    // the row tall. CSS 2.1's automatic layout shares in proportion to (max - min) instead, which
    // starves a column whose minimum is high: a venue whose Japanese name is kept whole left the
    // itinerary's session title four lines beside the venue's two.
    std::vector<bool> settled(n, false);
    Pt remaining = available;
    std::size_t open = n;
    auto open_minimum = [&] {
        Pt total;
        for (std::size_t i = 0; i < n; ++i)
            if (!settled[i]) total += min_widths[i];
        return total;
    };
    for (bool changed = true; changed && open > 0;) {
        changed = false;
        const Pt fair = remaining / static_cast<double>(open);
        for (std::size_t i = 0; i < n; ++i) {
            if (settled[i] || max_widths[i] > fair) continue;
            // Never at the cost of another column's minimum.
            if (remaining - max_widths[i] < open_minimum() - min_widths[i]) continue;
            widths[i] = max_widths[i];
            remaining -= max_widths[i];
            settled[i] = true;
            --open;
            changed = true;
        }
    }
    // Water-filling: a column whose share would fall below its minimum gets the minimum, and the
    // others share what is left in proportion again, until no share falls below a minimum.
    std::vector<bool> at_minimum(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        Pt floor_total, proportional_max;
        for (std::size_t i = 0; i < n; ++i) {
            if (settled[i]) continue;
            if (at_minimum[i]) floor_total += min_widths[i];
            else proportional_max += max_widths[i];
        }
        const double k = proportional_max > Pt() ? (remaining - floor_total) / proportional_max : 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (settled[i] || at_minimum[i]) continue;
            widths[i] = max_widths[i] * k;
            if (widths[i] < min_widths[i]) {
                at_minimum[i] = true;
                changed = true;
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!settled[i] && at_minimum[i]) widths[i] = min_widths[i];
    return widths;
}

flow::TableBlock build_table(const BookContext& context, const RowContent& header, const std::vector<RowContent>& body,
                             const TableOptions& options, const std::vector<RowFlags>& flags) {
    // 1. Shape every cell once and measure it.
    auto measured_header = measure_row(context, header);
    std::vector<std::vector<MeasuredCell>> measured_body;
    measured_body.reserve(body.size());
    for (const auto& row : body) measured_body.push_back(measure_row(context, row));

    // 2. Column widths from the content of every row, cell padding included.
    std::size_t columns = header.size();
    for (const auto& row : body) columns = std::max(columns, row.size());
    std::vector<Pt> min_widths(columns), max_widths(columns), breakable_min_widths(columns);
    auto account = [&](const std::vector<MeasuredCell>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            min_widths[c] = max(min_widths[c], row[c].min_width + options.padding * 2);
            max_widths[c] = max(max_widths[c], row[c].max_width + options.padding * 2);
            breakable_min_widths[c] = max(breakable_min_widths[c], row[c].breakable_min_width + options.padding * 2);
        }
    };
    account(measured_header);
    for (const auto& row : measured_body) account(row);
    for (std::size_t c = 0; c < columns && c < options.min_fraction.size(); ++c) {
        min_widths[c] = max(min_widths[c], options.width * options.min_fraction[c]);
        breakable_min_widths[c] = max(breakable_min_widths[c], options.width * options.min_fraction[c]);
    }
    for (std::size_t c = 0; c < columns; ++c) max_widths[c] = max(max_widths[c], min_widths[c]);
    const auto widths =
        column_widths(min_widths, max_widths, options.width, options.shrink_to_fit, breakable_min_widths);

    // 3. Break every cell at its column's width.
    flow::TableBlock table;
    table.width = options.width;
    if (!header.empty()) {
        auto row = set_row(context, measured_header, widths, options);
        row.background = options.header_background;
        table.header.push_back(std::move(row));
    }
    for (std::size_t r = 0; r < measured_body.size(); ++r) {
        auto row = set_row(context, measured_body[r], widths, options);
        if (r < flags.size()) {
            row.keep_with_next = flags[r].keep_with_next;
            if (flags[r].shaded) row.background = options.header_background;
        }
        table.body.push_back(std::move(row));
    }
    return table;
}

}  // namespace briefbook::book
