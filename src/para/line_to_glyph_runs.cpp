#include "para/line_to_glyph_runs.hpp"

namespace briefbook::para {

std::vector<render::GlyphRunItem> line_to_glyph_runs(const PreparedParagraph& paragraph,
                                                     const Line& line, Pt x, Pt baseline_y) {
    const text::ShapedText& shaped = paragraph.shaped();
    std::vector<render::GlyphRunItem> out;
    out.reserve(line.runs.size());
    for (const LineRun& run : line.runs) {
        const text::GlyphRun& source = shaped.runs[run.run];
        render::GlyphRunItem item;
        item.font = source.font;
        item.size = source.size;
        if (source.style < shaped.source.styles.size())
            item.color = shaped.source.styles[source.style].color;
        item.x = x + run.x;
        item.y = baseline_y;
        item.text = shaped.source.text.substr(run.begin, run.end - run.begin);
        if (run.ends_with_hyphen) item.text += "\u00AD";
        item.lang = source.lang;
        item.glyphs = run.glyphs;
        for (render::PlacedGlyph& glyph : item.glyphs) glyph.cluster -= run.begin;
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace briefbook::para
