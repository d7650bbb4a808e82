#include "para/clusters.hpp"

#include <cassert>
#include <string_view>

namespace briefbook::para {

std::vector<Cluster> collect_clusters(const text::ShapedText& shaped,
                                      const std::vector<LanguageRules>& run_rules) {
    const std::string_view text = shaped.source.text;
    std::vector<Cluster> out;
    for (std::size_t r = 0; r < shaped.runs.size(); ++r) {
        const text::GlyphRun& run = shaped.runs[r];
        const auto& glyphs = run.glyphs;
        for (std::size_t g = 0; g < glyphs.size();) {
            std::size_t next = g + 1;
            while (next < glyphs.size() && glyphs[next].cluster == glyphs[g].cluster) ++next;
            Cluster cluster;
            cluster.begin = glyphs[g].cluster;
            cluster.end = next < glyphs.size() ? glyphs[next].cluster : run.end;
            assert(cluster.begin >= run.begin && cluster.begin < cluster.end &&
                   cluster.end <= run.end &&
                   "glyph clusters must increase inside the run's byte range");
            cluster.run = static_cast<std::uint32_t>(r);
            cluster.glyph_begin = static_cast<std::uint32_t>(g);
            cluster.glyph_end = static_cast<std::uint32_t>(next);
            for (std::size_t i = g; i < next; ++i) cluster.advance += glyphs[i].advance;
            cluster.em = run.size;
            std::size_t cursor = cluster.begin;
            cluster.first = decode_utf8(text, cursor);
            cluster.last = code_point_before(text, cluster.end);
            cluster.kind = classify(cluster.first);
            cluster.rules = run_rules[r];
            out.push_back(cluster);
            g = next;
        }
    }
    return out;
}

}  // namespace briefbook::para
