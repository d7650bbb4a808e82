#include "book/typesetter.hpp"

#include "para/line_to_glyph_runs.hpp"

namespace briefbook::book {

namespace {

para::Alignment to_para(layout::Alignment align) {
    switch (align) {
        case layout::Alignment::kStart: return para::Alignment::kStart;
        case layout::Alignment::kCenter: return para::Alignment::kCenter;
        case layout::Alignment::kEnd: return para::Alignment::kEnd;
        case layout::Alignment::kJustify: return para::Alignment::kJustify;
    }
    return para::Alignment::kStart;
}

/// Link areas of a line: one rectangle per run of glyphs whose span links somewhere, adjacent
/// runs to the same target merged.
std::vector<render::LinkArea> link_areas(const para::PreparedParagraph& paragraph, const para::Line& line,
                                         const RichText& text) {
    std::vector<render::LinkArea> areas;
    std::int32_t last_link = -1;
    const auto& shaped = paragraph.shaped();
    for (const auto& run : line.runs) {
        const auto style_index = shaped.runs[run.run].style;
        const std::int32_t link = shaped.source.styles[style_index].link;
        if (link < 0 || static_cast<std::size_t>(link) >= text.links.size()) {
            last_link = -1;
            continue;
        }
        const auto& target = text.links[static_cast<std::size_t>(link)];
        if (link == last_link && !areas.empty()) {
            areas.back().width = run.x + run.width - areas.back().x;
            continue;
        }
        areas.push_back({run.x, -line.ascent, run.width, line.ascent + line.descent, target.destination, target.uri});
        last_link = link;
    }
    return areas;
}

}  // namespace

para::ParagraphStyle Typesetter::paragraph_style(const layout::Style& style, bool hyphenate) const {
    para::ParagraphStyle out;
    out.line_height = style.leading;
    out.inter_script_space = options_.inter_script_space;
    out.hyphenate = options_.hyphenate && hyphenate;
    return out;
}

std::shared_ptr<const para::PreparedParagraph> Typesetter::prepared(const RichText& text, const layout::Style& style,
                                                                   bool hyphenate) {
    const para::ParagraphStyle paragraph = paragraph_style(style, hyphenate);
    if (auto found = cache_.find(text.text, paragraph)) return found;
    auto made = std::make_shared<const para::PreparedParagraph>(
        para::PreparedParagraph::prepare(text.text, shaper_, paragraph, hyphenator_, diagnostics_));
    cache_.add(text.text, paragraph, made);
    return made;
}

std::vector<flow::Line> Typesetter::lines(const para::PreparedParagraph& paragraph, const RichText& text,
                                          const layout::Style& style, Pt width,
                                          std::optional<layout::Alignment> align) {
    auto alignment = align.value_or(style.align);
    if (alignment == layout::Alignment::kJustify && !options_.justify) alignment = layout::Alignment::kStart;
    para::BreakOptions options;
    options.alignment = to_para(alignment);
    const auto broken = paragraph.break_lines(width, options);
    paragraph.report(broken, diagnostics_);
    std::vector<flow::Line> out;
    out.reserve(broken.lines.size());
    for (const auto& line : broken.lines) {
        flow::Line placed;
        placed.ascent = line.ascent;
        placed.descent = line.descent;
        placed.advance = line.ascent + line.descent;
        for (auto& run : para::line_to_glyph_runs(paragraph, line, Pt(), Pt())) placed.items.emplace_back(std::move(run));
        placed.links = link_areas(paragraph, line, text);
        out.push_back(std::move(placed));
    }
    return out;
}

flow::ParagraphBlock Typesetter::paragraph(const RichText& text, const layout::Style& style, Pt width,
                                           std::optional<layout::Alignment> align) {
    flow::ParagraphBlock block;
    block.indent = style.start_indent;
    block.space_before = style.space_before;
    block.space_after = style.space_after;
    block.keep_with_next = style.keep_with_next;
    if (!text.empty()) block.lines = lines(*prepared(text, style), text, style, width - style.start_indent, align);
    return block;
}

Pt Typesetter::natural_width(const RichText& text, const layout::Style& style) {
    if (text.empty()) return Pt();
    return prepared(text, style)->max_content_width();
}

}  // namespace briefbook::book
