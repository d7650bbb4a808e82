#include "pdf/glyph_text.hpp"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

namespace {

/// Code points that look like an ideograph but are not the one people search for: Kangxi and
/// supplementary radicals, and CJK compatibility ideographs (which normalise to unified ones).
bool is_look_alike(char32_t c) {
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x2F800 && c <= 0x2FA1F);
}

bool has_look_alike(const std::u32string& text) {
    return std::any_of(text.begin(), text.end(), is_look_alike);
}

/// How often a glyph was seen standing for one text: alone (a cluster of one glyph), or as the
/// i-th of a cluster with as many glyphs as characters (weaker evidence: only used when the glyph
/// never stands alone).
struct Evidence {
    std::size_t alone = 0;
    std::size_t positional = 0;
};

using Candidates = std::map<text::GlyphId, std::map<std::u32string, Evidence>>;

void collect(const render::GlyphRunItem& run, Candidates& candidates) {
    for (const ClusterSpan& cluster : split_clusters(run)) {
        const std::u32string text = decode_utf8(std::string_view(run.text).substr(
            cluster.text_begin, cluster.text_end - cluster.text_begin));
        if (text.empty()) continue;
        if (cluster.glyph_count == 1) {
            ++candidates[run.glyphs[cluster.first_glyph].id][text].alone;
        } else if (cluster.glyph_count == text.size()) {
            for (std::size_t i = 0; i < cluster.glyph_count; ++i)
                ++candidates[run.glyphs[cluster.first_glyph + i].id][text.substr(i, 1)].positional;
        }
    }
}

/// The reading a glyph's ToUnicode entry gives: real characters before look-alikes, then glyphs
/// seen alone, then the most frequent, then the smallest text (so ties are deterministic).
const std::u32string& choose(const std::map<std::u32string, Evidence>& readings) {
    auto rank = [](const auto& reading) {
        const Evidence& e = reading.second;
        return std::make_tuple(has_look_alike(reading.first), e.alone == 0,
                               -static_cast<long long>(e.alone),
                               -static_cast<long long>(e.positional));
    };
    auto best = readings.begin();
    for (auto it = readings.begin(); it != readings.end(); ++it)
        if (rank(*it) < rank(*best)) best = it;  // map order breaks ties by the text itself
    return best->first;
}

}  // namespace

std::vector<ClusterSpan> split_clusters(const render::GlyphRunItem& run) {
    std::vector<std::uint32_t> starts;
    starts.reserve(run.glyphs.size());
    for (const auto& glyph : run.glyphs) {
        assert(glyph.cluster <= run.text.size() && "glyph cluster past the run's text");
        starts.push_back(glyph.cluster);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    std::vector<ClusterSpan> clusters;
    for (std::size_t i = 0; i < run.glyphs.size();) {
        const std::uint32_t start = run.glyphs[i].cluster;
        std::size_t end = i + 1;
        while (end < run.glyphs.size() && run.glyphs[end].cluster == start) ++end;
        const auto next = std::upper_bound(starts.begin(), starts.end(), start);
        ClusterSpan span;
        span.first_glyph = i;
        span.glyph_count = end - i;
        span.text_begin = start;
        span.text_end = next == starts.end() ? run.text.size() : *next;
        clusters.push_back(span);
        i = end;
    }
    return clusters;
}

GlyphTextMap::GlyphTextMap(const render::RenderedDocument& document) {
    std::map<std::uint32_t, Candidates> candidates;
    for (const auto& page : document.pages) {
        for (const auto& item : page.items) {
            const auto* run = std::get_if<render::GlyphRunItem>(&item);
            if (!run || run->glyphs.empty()) continue;
            Face& face = faces_[run->font.value];
            for (const auto& glyph : run->glyphs) face.glyphs.push_back(glyph.id);
            collect(*run, candidates[run->font.value]);
        }
    }
    for (auto& [font, face] : faces_) {
        std::sort(face.glyphs.begin(), face.glyphs.end());
        face.glyphs.erase(std::unique(face.glyphs.begin(), face.glyphs.end()), face.glyphs.end());
        for (const auto& [glyph, readings] : candidates[font])
            face.unicode[glyph] = choose(readings);
    }
}

std::vector<text::FontId> GlyphTextMap::fonts() const {
    std::vector<text::FontId> ids;
    for (const auto& entry : faces_) ids.push_back(text::FontId{entry.first});
    return ids;
}

const std::vector<text::GlyphId>& GlyphTextMap::glyphs(text::FontId font) const {
    static const std::vector<text::GlyphId> kNone;
    const auto it = faces_.find(font.value);
    return it == faces_.end() ? kNone : it->second.glyphs;
}

const std::u32string* GlyphTextMap::unicode(text::FontId font, text::GlyphId glyph) const {
    const auto face = faces_.find(font.value);
    if (face == faces_.end()) return nullptr;
    const auto it = face->second.unicode.find(glyph);
    return it == face->second.unicode.end() ? nullptr : &it->second;
}

bool GlyphTextMap::needs_actual_text(const render::GlyphRunItem& run,
                                     const ClusterSpan& cluster) const {
    const std::u32string text = decode_utf8(std::string_view(run.text).substr(
        cluster.text_begin, cluster.text_end - cluster.text_begin));
    std::u32string spelled;
    for (std::size_t i = 0; i < cluster.glyph_count; ++i) {
        const std::u32string* reading = unicode(run.font, run.glyphs[cluster.first_glyph + i].id);
        if (!reading) return true;
        spelled += *reading;
    }
    return spelled != text;
}

}  // namespace briefbook::pdf
