#include "book/profile_facts.hpp"

#include <algorithm>

#include "book/sections.hpp"
#include "book/table_builder.hpp"

namespace briefbook::book {

using layout::StyleRole;

namespace {

/// The image scaled into its box, aspect kept; a grey placeholder box when it cannot be used.
CellContent image_cell(const BookContext& context, const model::ImageRef& ref, const layout::ImageBox& box) {
    CellContent cell;
    if (auto image = context.images.use(ref, context.briefing, context.diagnostics())) {
        const auto& asset = image->second;
        const double scale = std::min(box.max_width.value / asset.upright_width(),
                                      box.max_height.value / asset.upright_height());
        cell.items_width = Pt(asset.upright_width() * scale);
        cell.items_height = Pt(asset.upright_height() * scale);
        cell.items.push_back(render::ImageItem{image->first, Pt(), Pt(), cell.items_width, cell.items_height});
    } else {
        cell.items_width = box.max_width;
        cell.items_height = box.max_height;
        cell.items.push_back(render::RectItem{Pt(), Pt(), box.max_width, box.max_height, Color{0.9, 0.9, 0.9},
                                              Color{0.7, 0.7, 0.7}, Pt(0.5)});
    }
    return cell;
}

}  // namespace

void append_profile_facts(const BookContext& context, const std::vector<std::pair<std::string, RichText>>& facts,
                          const std::optional<model::ImageRef>& image, const layout::ImageBox& box,
                          std::vector<flow::FlowItem>& flow) {
    if (!image) {
        // Nothing known and no picture: no table at all (an empty one would be a block of no
        // height that a heading before it is kept with, and the heading could end a page).
        const bool known = std::any_of(facts.begin(), facts.end(), [](const auto& fact) { return !fact.second.empty(); });
        if (known) flow.emplace_back(facts_table(context, facts));
        return;
    }
    // One paragraph of "Label: value" lines beside the image.
    CellContent text;
    for (const auto& [label, value] : facts) {
        if (value.empty()) continue;
        if (!text.text.empty()) text.text.append("\u2028", context.span(StyleRole::kBody));
        text.text.append(label + ": ", context.span(StyleRole::kLabel));
        text.text.append(value);
    }
    text.role = StyleRole::kBody;
    TableOptions options;
    options.padding = Pt(5);
    options.width = context.measure() + options.padding * 2;
    options.rules = false;
    options.shrink_to_fit = {true, false};
    auto table = build_table(context, {}, {RowContent{image_cell(context, *image, box), std::move(text)}}, options);
    table.indent = -options.padding;
    table.space_before = context.style(StyleRole::kBody).space_before;
    table.space_after = context.style(StyleRole::kBody).space_after;
    flow.emplace_back(std::move(table));
}

}  // namespace briefbook::book
