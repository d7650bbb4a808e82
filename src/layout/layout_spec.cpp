#include "layout/layout_spec.hpp"

#include <algorithm>

namespace briefbook::layout {

namespace {

template <class T>
void take(std::optional<T>& under, const std::optional<T>& over) {
    if (over) under = over;
}

void merge_running(std::optional<RunningSpec>& under, const std::optional<RunningSpec>& over) {
    if (!over) return;
    if (!under) {
        under = over;
        return;
    }
    take(under->verso, over->verso);
    take(under->recto, over->recto);
    take(under->edge_distance, over->edge_distance);
    take(under->rule, over->rule);
    take(under->on_blank_pages, over->on_blank_pages);
}

}  // namespace

void merge_over(StyleSpec& under, const StyleSpec& over) {
    under.where = over.where;
    take(under.base, over.base);
    take(under.font_role, over.font_role);
    take(under.bold, over.bold);
    take(under.italic, over.italic);
    take(under.size, over.size);
    take(under.leading, over.leading);
    take(under.color, over.color);
    take(under.space_before, over.space_before);
    take(under.space_after, over.space_after);
    take(under.first_line_indent, over.first_line_indent);
    take(under.start_indent, over.start_indent);
    take(under.align, over.align);
    take(under.keep_with_next, over.keep_with_next);
}

void merge_over(LayoutSpec& under, const LayoutSpec& over) {
    under.where = over.where;
    under.incomplete = under.incomplete || over.incomplete;
    // The base has been followed already; what remains is the derived layout's own identity.
    under.base = over.base;
    take(under.description, over.description);
    take(under.page_size, over.page_size);
    take(under.landscape, over.landscape);
    take(under.duplex, over.duplex);
    take(under.margin_inner, over.margin_inner);
    take(under.margin_outer, over.margin_outer);
    take(under.margin_top, over.margin_top);
    take(under.margin_bottom, over.margin_bottom);
    take(under.recto_start, over.recto_start);
    take(under.sections, over.sections);
    merge_running(under.header, over.header);
    merge_running(under.footer, over.footer);
    take(under.inter_script_space, over.inter_script_space);
    take(under.cjk_default, over.cjk_default);
    take(under.justify, over.justify);
    take(under.hyphenate, over.hyphenate);
    take(under.every_reference_a_link, over.every_reference_a_link);
    take(under.photo_width, over.photo_width);
    take(under.photo_height, over.photo_height);
    take(under.logo_width, over.logo_width);
    take(under.logo_height, over.logo_height);
    take(under.cover_logo_width, over.cover_logo_width);
    take(under.cover_logo_height, over.cover_logo_height);
    for (const auto& style : over.styles) {
        const auto same = std::find_if(under.styles.begin(), under.styles.end(),
                                       [&](const StyleSpec& s) { return s.name == style.name; });
        if (same == under.styles.end()) {
            under.styles.push_back(style);
        } else {
            merge_over(*same, style);
        }
    }
}

}  // namespace briefbook::layout
