#include "layout/layout_dump.hpp"

#include <charconv>
#include <cmath>

namespace briefbook::layout {

namespace {

/// A number with at most two decimals, trailing zeros dropped ("595.28", "10.5", "0").
std::string number(double value) {
    const double rounded = std::round(value * 100.0) / 100.0;
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0.0 ? 0.0 : rounded,
                             std::chars_format::fixed, 2).ptr;
    std::string text(buffer, end);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

std::string pt(Pt length) { return number(length.value); }

std::string yes_no(bool value) { return value ? "yes" : "no"; }

std::string color(const Color& c) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "#";
    for (const double component : {c.r, c.g, c.b}) {
        const auto byte = static_cast<unsigned>(std::lround(component * 255.0));
        out += kHex[byte / 16];
        out += kHex[byte % 16];
    }
    return out;
}

std::string_view alignment(Alignment align) {
    switch (align) {
        case Alignment::kStart: return "start";
        case Alignment::kCenter: return "center";
        case Alignment::kEnd: return "end";
        case Alignment::kJustify: return "justify";
    }
    return "start";
}

std::string slots(const RunningSlots& s) {
    return "start=\"" + template_source(s.start) + "\" center=\"" + template_source(s.center) + "\" end=\"" +
           template_source(s.end) + "\"";
}

std::string running(std::string_view what, const RunningText& r) {
    std::string out(what);
    out += " edge-distance=" + pt(r.edge_distance) + " rule=" + yes_no(r.rule) +
           " on-blank-pages=" + yes_no(r.on_blank_pages) + "\n";
    out += std::string(what) + " verso " + slots(r.verso) + "\n";
    out += std::string(what) + " recto " + slots(r.recto) + "\n";
    return out;
}

}  // namespace

std::string dump_layout(const Layout& layout) {
    std::string out;
    out += "layout " + layout.name + "\n";
    out += "description " + layout.description + "\n";
    const auto& page = layout.page;
    out += "page width=" + pt(page.width) + " height=" + pt(page.height) + " duplex=" + yes_no(page.duplex) + "\n";
    out += "margins inner=" + pt(page.margins.inner) + " outer=" + pt(page.margins.outer) +
           " top=" + pt(page.margins.top) + " bottom=" + pt(page.margins.bottom) + "\n";
    for (const auto& section : layout.sections) {
        out += "section " + std::string(section_name(section.kind)) + " recto-start=" + yes_no(section.recto_start) + "\n";
    }
    out += running("header", layout.header);
    out += running("footer", layout.footer);
    out += "text inter-script-space=" + number(layout.text.inter_script_space) + "em cjk-default=" +
           (layout.text.cjk_default.empty() ? "auto" : layout.text.cjk_default) +
           " justify=" + yes_no(layout.text.justify) + " hyphenate=" + yes_no(layout.text.hyphenate) + "\n";
    out += "links every-reference=" + yes_no(layout.every_reference_a_link) + "\n";
    const auto& images = layout.images;
    out += "images photo=" + pt(images.photo.max_width) + "x" + pt(images.photo.max_height) +
           " logo=" + pt(images.logo.max_width) + "x" + pt(images.logo.max_height) +
           " cover-logo=" + pt(images.cover_logo.max_width) + "x" + pt(images.cover_logo.max_height) + "\n";
    for (const auto& style : layout.styles) {
        out += "style " + style.name + " font=" + style.font_role + " bold=" + yes_no(style.bold) +
               " italic=" + yes_no(style.italic) + " size=" + pt(style.size) + " leading=" + pt(style.leading) +
               " color=" + color(style.color) + " space-before=" + pt(style.space_before) +
               " space-after=" + pt(style.space_after) + " first-line-indent=" + pt(style.first_line_indent) +
               " start-indent=" + pt(style.start_indent) + " align=" + std::string(alignment(style.align)) +
               " keep-with-next=" + yes_no(style.keep_with_next) + "\n";
    }
    return out;
}

}  // namespace briefbook::layout
