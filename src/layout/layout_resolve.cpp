#include "layout/layout_resolve.hpp"

#include <algorithm>
#include <charconv>
#include <functional>

namespace briefbook::layout {

namespace {

// Defaults for a layout that says nothing: a plain single-sided A4 document.
constexpr Pt kDefaultMargin = Pt::from_mm(20);
constexpr Pt kDefaultHeaderDistance = Pt::from_mm(12);
constexpr Pt kMinimumTextBlock = Pt::from_inch(1);
constexpr double kDefaultLeading = 1.2;
constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);

/// A length for a message, in millimetres (to_chars: the same text whatever the process locale).
std::string mm(Pt length) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, length.value * 25.4 / 72.0,
                                   std::chars_format::fixed, 1).ptr;
    return std::string(buffer, end) + "mm";
}

/// Resolves styles through their `base` attributes, each once, reporting unknown bases and
/// circles.
class StyleResolver {
public:
    StyleResolver(const std::vector<StyleSpec>& specs, Diagnostics& diagnostics)
        : specs_(specs), diagnostics_(diagnostics), effective_(specs.size()), visiting_(specs.size(), false) {}

    [[nodiscard]] std::size_t find(std::string_view name) const {
        for (std::size_t i = 0; i < specs_.size(); ++i) {
            if (specs_[i].name == name) return i;
        }
        return kNotFound;
    }

    /// The style's properties with those of its bases under them.
    const StyleSpec& effective(std::size_t index) {
        if (effective_[index]) return *effective_[index];
        const auto& spec = specs_[index];
        StyleSpec result;
        if (spec.base) {
            const auto base = find(spec.base->value);
            if (base == kNotFound) {
                diagnostics_.error(spec.base->where, "layout.style-unknown-base",
                                   "style '" + spec.name + "' is based on '" + spec.base->value +
                                       "', which is not defined");
            } else if (visiting_[base]) {
                diagnostics_.error(spec.base->where, "layout.style-cycle",
                                   "style '" + spec.name + "' is based on '" + spec.base->value +
                                       "', which is based on it again");
            } else {
                visiting_[index] = true;
                result = effective(base);
                visiting_[index] = false;
            }
        }
        merge_over(result, spec);
        result.name = spec.name;
        result.base.reset();
        effective_[index] = std::move(result);
        return *effective_[index];
    }

private:
    const std::vector<StyleSpec>& specs_;
    Diagnostics& diagnostics_;
    std::vector<std::optional<StyleSpec>> effective_;
    std::vector<bool> visiting_;
};

Style finish_style(const StyleSpec& spec, bool justify) {
    Style style;
    style.name = spec.name;
    style.origin = spec.where;
    style.font_role = spec.font_role.value_or("body");
    style.bold = spec.bold.value_or(false);
    style.italic = spec.italic.value_or(false);
    style.size = spec.size.value_or(Pt(10.0));
    if (spec.leading && spec.leading->factor) {
        style.leading = style.size * *spec.leading->factor;
    } else if (spec.leading) {
        style.leading = spec.leading->length;
    } else {
        style.leading = style.size * kDefaultLeading;
    }
    style.color = spec.color.value_or(Color{});
    style.space_before = spec.space_before.value_or(Pt());
    style.space_after = spec.space_after.value_or(Pt());
    style.first_line_indent = spec.first_line_indent.value_or(Pt());
    style.start_indent = spec.start_indent.value_or(Pt());
    style.align = spec.align.value_or(Alignment::kStart);
    if (!justify && style.align == Alignment::kJustify) style.align = Alignment::kStart;
    style.keep_with_next = spec.keep_with_next.value_or(false);
    return style;
}

std::vector<Style> resolve_styles(const LayoutSpec& spec, bool justify, Diagnostics& diagnostics) {
    StyleResolver resolver(spec.styles, diagnostics);
    std::vector<std::optional<Style>> roles(kStyleRoleCount);
    std::string missing;  // "'h3' (it uses 'h2'), ..."
    // A role the layout does not define takes the style of its fallback role, renamed.
    const std::function<Style(StyleRole)> role_style = [&](StyleRole role) -> Style {
        auto& slot = roles[static_cast<std::size_t>(role)];
        if (slot) return *slot;
        const auto name = std::string(style_role_name(role));
        if (const auto index = resolver.find(name); index != kNotFound) {
            slot = finish_style(resolver.effective(index), justify);
            return *slot;
        }
        Style style;
        if (const auto fallback = style_role_fallback(role)) {
            style = role_style(*fallback);
            missing += (missing.empty() ? "'" : ", '") + name + "' (it uses '" + style.name + "')";
        } else {
            if (!spec.incomplete) {
                diagnostics.error(spec.where, "layout.style-missing",
                                  "the layout defines no style '" + name + "', which every other style falls back to");
            }
            style = finish_style(StyleSpec{}, justify);
            style.origin = spec.where;
        }
        style.name = name;
        slot = style;
        return style;
    };

    std::vector<Style> styles;
    for (std::size_t i = 0; i < kStyleRoleCount; ++i) styles.push_back(role_style(static_cast<StyleRole>(i)));
    for (std::size_t i = 0; i < spec.styles.size(); ++i) {
        if (style_role_from_name(spec.styles[i].name)) continue;
        styles.push_back(finish_style(resolver.effective(i), justify));
    }
    if (!missing.empty() && !spec.incomplete) {
        diagnostics.warning(spec.where, "layout.style-missing", "the layout defines no style " + missing);
    }
    return styles;
}

PageGeometry resolve_page(const LayoutSpec& spec, Diagnostics& diagnostics) {
    PageGeometry page;
    const PageSizeSpec size = spec.page_size ? spec.page_size->value : PageSizeSpec{Pt::from_mm(210), Pt::from_mm(297)};
    const bool landscape = spec.landscape.value_or(false);
    page.width = landscape ? max(size.width, size.height) : min(size.width, size.height);
    page.height = landscape ? min(size.width, size.height) : max(size.width, size.height);
    const auto margin = [](const std::optional<Located<Pt>>& value) { return value ? value->value : kDefaultMargin; };
    page.margins = {margin(spec.margin_inner), margin(spec.margin_outer), margin(spec.margin_top),
                    margin(spec.margin_bottom)};
    page.duplex = spec.duplex.value_or(false);

    // Each direction must leave room for text; after the error, default margins stand in.
    const auto check = [&](Pt& first, Pt& second, Pt extent, const std::optional<Located<Pt>>& first_given,
                           const std::optional<Located<Pt>>& second_given, std::string_view names,
                           std::string_view dimension) {
        const Pt room = extent - first - second;
        if (room >= kMinimumTextBlock) return;
        const auto& given = first_given ? first_given : second_given;
        diagnostics.error(given ? given->where : spec.page_size ? spec.page_size->where : spec.where,
                          "layout.page-too-small",
                          "the " + std::string(names) + " margins (" + mm(first) + ", " + mm(second) + ") leave " +
                              mm(room) + " of a " + mm(extent) + " " + std::string(dimension) +
                              " page for text (at least 25.4mm)");
        first = second = kDefaultMargin;
    };
    check(page.margins.inner, page.margins.outer, page.width, spec.margin_inner, spec.margin_outer, "inner and outer",
          "wide");
    check(page.margins.top, page.margins.bottom, page.height, spec.margin_top, spec.margin_bottom, "top and bottom",
          "high");
    return page;
}

RunningText resolve_running(const std::optional<RunningSpec>& spec, Pt margin, std::string_view what,
                            Diagnostics& diagnostics) {
    RunningText running;
    if (!spec) {
        running.edge_distance = min(kDefaultHeaderDistance, margin / 2);
        return running;
    }
    running.verso = spec->verso.value_or(RunningSlots{});
    running.recto = spec->recto.value_or(RunningSlots{});
    running.edge_distance = spec->edge_distance ? spec->edge_distance->value : min(kDefaultHeaderDistance, margin / 2);
    running.rule = spec->rule.value_or(false);
    running.on_blank_pages = spec->on_blank_pages.value_or(false);
    // The baseline must lie in the margin, or the running text would print over the text block.
    if (spec->edge_distance && running.edge_distance >= margin) {
        diagnostics.error(spec->edge_distance->where, "layout.running-position",
                          "the " + std::string(what) + " baseline, " + mm(running.edge_distance) +
                              " from the page edge, falls inside the text block (the margin is " + mm(margin) + ")");
        running.edge_distance = margin / 2;
    }
    return running;
}

std::vector<Section> resolve_sections(const LayoutSpec& spec, bool duplex) {
    // Recto starts only mean something when pages face each other.
    const bool recto_default = duplex && spec.recto_start.value_or(false);
    std::vector<Section> sections;
    if (!spec.sections) {
        for (int kind = 0; kind <= static_cast<int>(SectionKind::kContacts); ++kind) {
            sections.push_back({static_cast<SectionKind>(kind), recto_default});
        }
        return sections;
    }
    for (const auto& section : *spec.sections) {
        sections.push_back({section.kind, duplex && section.recto_start.value_or(recto_default)});
    }
    return sections;
}

}  // namespace

Layout resolve_layout(const LayoutSpec& spec, Diagnostics& diagnostics) {
    Layout layout;
    layout.description = spec.description.value_or("");
    layout.page = resolve_page(spec, diagnostics);
    layout.text.inter_script_space = spec.inter_script_space.value_or(0.25);
    layout.text.cjk_default = spec.cjk_default.value_or("");
    layout.text.justify = spec.justify.value_or(true);
    layout.text.hyphenate = spec.hyphenate.value_or(true);
    layout.styles = resolve_styles(spec, layout.text.justify, diagnostics);
    layout.sections = resolve_sections(spec, layout.page.duplex);
    layout.header = resolve_running(spec.header, layout.page.margins.top, "header", diagnostics);
    layout.footer = resolve_running(spec.footer, layout.page.margins.bottom, "footer", diagnostics);
    layout.every_reference_a_link = spec.every_reference_a_link.value_or(false);
    layout.images.photo = {spec.photo_width.value_or(Pt::from_mm(30)), spec.photo_height.value_or(Pt::from_mm(40))};
    layout.images.logo = {spec.logo_width.value_or(Pt::from_mm(40)), spec.logo_height.value_or(Pt::from_mm(20))};
    layout.images.cover_logo = {spec.cover_logo_width.value_or(Pt::from_mm(60)),
                                spec.cover_logo_height.value_or(Pt::from_mm(30))};
    return layout;
}

}  // namespace briefbook::layout
