#include "text/shape.hpp"

#include <algorithm>
#include <cassert>
#include <mutex>
#include <set>
#include <unordered_map>

#include "text/hb_buffer.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace briefbook::text {

namespace {

/// Drawn for a character that no font of the chain has, so that it is visible in proof.
constexpr char32_t kReplacementCharacter = U'\uFFFD';

/// A glyph as HarfBuzz positions it, in font design units; cluster relative to the run's start.
struct DesignGlyph {
    GlyphId id = 0;
    std::uint32_t cluster = 0;
    std::int32_t x_advance = 0;
    std::int32_t x_offset = 0;
    std::int32_t y_offset = 0;
};

/// Consecutive glyphs of one face: a byte range of the run (relative) and its glyphs.
struct Segment {
    FontId font;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::vector<DesignGlyph> glyphs;
};

/// A character no font of the chain has, at its first offset in the run.
struct MissingCharacter {
    char32_t code_point = 0;
    std::uint32_t offset = 0;
};

/// The cached result of shaping one run's text with one chain: independent of size.
struct ShapedRun {
    std::vector<Segment> segments;
    std::vector<MissingCharacter> missing;
};

/// A byte range of a run's text, relative to the run.
struct Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

/// Shapes one run's text with a chain of faces, falling back cluster by cluster (SILE-style): what
/// the first face cannot draw is re-shaped, alone, with the next face that has its characters.
class ChainShaper {
  public:
    ChainShaper(const FontRegistry& fonts, std::span<const FontId> chain, std::string_view text,
                hb_script_t script, hb_language_t language, std::vector<hb_feature_t> features)
        : fonts_(fonts),
          chain_(chain),
          text_(text),
          script_(script),
          language_(language),
          features_(std::move(features)) {}

    ShapedRun run() {
        ShapedRun out;
        shape_range({0, static_cast<std::uint32_t>(text_.size())}, 0, out);
        merge_segments(out.segments);
        return out;
    }

    std::uint64_t hb_calls = 0;
    std::uint64_t fallback_ranges = 0;

  private:
    void shape_range(Range range, std::size_t position, ShapedRun& out) {
        position = first_face_with_characters_of(range, position);
        if (position == chain_.size()) {
            draw_missing(range, out);
            return;
        }
        const FontId font = chain_[position];
        const std::vector<DesignGlyph> glyphs = shape_with(fonts_.face(font), range);
        // Walk the clusters: keep those the face drew, send the others on down the chain.
        std::size_t i = 0;
        while (i < glyphs.size()) {
            const bool drawn = cluster_drawn(glyphs, i);
            std::size_t j = i;
            while (j < glyphs.size() && cluster_drawn(glyphs, j) == drawn)
                j = next_cluster(glyphs, j);
            // The first part starts the range even if HarfBuzz dropped an ignorable before it.
            const Range part{i == 0 ? range.begin : glyphs[i].cluster,
                             j < glyphs.size() ? glyphs[j].cluster : range.end};
            if (drawn) {
                out.segments.push_back(
                    {font, part.begin, part.end,
                     std::vector<DesignGlyph>(glyphs.begin() + static_cast<std::ptrdiff_t>(i),
                                              glyphs.begin() + static_cast<std::ptrdiff_t>(j))});
            } else {
                ++fallback_ranges;
                shape_range(part, position + 1, out);
            }
            i = j;
        }
    }

    /// One HarfBuzz call on a range of the run, with the whole run as context.
    std::vector<DesignGlyph> shape_with(const FontFace& face, Range range) {
        ++hb_calls;
        hb_buffer_t* buffer = buffer_.get();
        hb_buffer_clear_contents(buffer);
        hb_buffer_add_utf8(buffer, text_.data(), static_cast<int>(text_.size()),
                           static_cast<unsigned>(range.begin),
                           static_cast<int>(range.end - range.begin));
        hb_buffer_set_script(buffer, script_);
        hb_buffer_set_language(buffer, language_);
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
        hb_shape(face.hb_font(), buffer, features_.data(), static_cast<unsigned>(features_.size()));
        unsigned count = 0;
        const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
        std::vector<DesignGlyph> out(count);
        for (unsigned k = 0; k < count; ++k)
            out[k] = {infos[k].codepoint, infos[k].cluster, positions[k].x_advance,
                      positions[k].x_offset, positions[k].y_offset};
        return out;
    }

    /// The first face from `position` on whose character map has some character of the range
    /// (faces with none of them cannot help and are not worth a HarfBuzz call).
    std::size_t first_face_with_characters_of(Range range, std::size_t position) const {
        for (; position < chain_.size(); ++position) {
            const FontFace& face = fonts_.face(chain_[position]);
            for (std::uint32_t offset = range.begin; offset < range.end;)
                if (face.has_code_point(next_code_point(text_, offset))) return position;
        }
        return position;
    }

    static std::size_t next_cluster(const std::vector<DesignGlyph>& glyphs, std::size_t i) {
        const std::uint32_t cluster = glyphs[i].cluster;
        while (i < glyphs.size() && glyphs[i].cluster == cluster) ++i;
        return i;
    }

    static bool cluster_drawn(const std::vector<DesignGlyph>& glyphs, std::size_t i) {
        const std::size_t end = next_cluster(glyphs, i);
        return std::none_of(glyphs.begin() + static_cast<std::ptrdiff_t>(i),
                            glyphs.begin() + static_cast<std::ptrdiff_t>(end),
                            [](const DesignGlyph& g) { return g.id == 0; });
    }

    /// No face draws the range: record its characters and draw a replacement mark for each, from
    /// the first face of the chain that has one (nothing at all when none has).
    void draw_missing(Range range, ShapedRun& out) {
        const auto replacement = std::find_if(chain_.begin(), chain_.end(), [&](FontId id) {
            return fonts_.face(id).has_code_point(kReplacementCharacter);
        });
        Segment segment{
            replacement != chain_.end() ? *replacement : chain_[0], range.begin, range.end, {}};
        const std::size_t first_missing = out.missing.size();
        for (std::uint32_t offset = range.begin; offset < range.end;) {
            const std::uint32_t start = offset;
            const char32_t c = next_code_point(text_, offset);
            if (!in_any_face(c)) out.missing.push_back({c, start});
            if (replacement == chain_.end()) continue;
            const FontFace& face = fonts_.face(*replacement);
            const GlyphId glyph = face.nominal_glyph(kReplacementCharacter);
            segment.glyphs.push_back({glyph, start, face.advance(glyph), 0, 0});
        }
        // Every character is in some face, but none draws them together (a base and its mark).
        if (out.missing.size() == first_missing) {
            std::uint32_t offset = range.begin;
            out.missing.push_back({next_code_point(text_, offset), range.begin});
        }
        if (segment.glyphs.empty()) return;
        out.segments.push_back(std::move(segment));
    }

    bool in_any_face(char32_t c) const {
        return std::any_of(chain_.begin(), chain_.end(),
                           [&](FontId id) { return fonts_.face(id).has_code_point(c); });
    }

    /// Fallback leaves neighbouring pieces of one face apart: join them.
    static void merge_segments(std::vector<Segment>& segments) {
        std::vector<Segment> merged;
        for (auto& segment : segments) {
            if (!merged.empty() && merged.back().font == segment.font &&
                merged.back().end == segment.begin) {
                merged.back().end = segment.end;
                merged.back().glyphs.insert(merged.back().glyphs.end(), segment.glyphs.begin(),
                                            segment.glyphs.end());
            } else {
                merged.push_back(std::move(segment));
            }
        }
        segments = std::move(merged);
    }

    const FontRegistry& fonts_;
    std::span<const FontId> chain_;
    std::string_view text_;
    hb_script_t script_;
    hb_language_t language_;
    std::vector<hb_feature_t> features_;
    HbBuffer buffer_;
};

/// The features that apply to a run, with cluster ranges relative to it.
std::vector<hb_feature_t> features_for(const TextRun& run, std::span<const FeatureSetting> settings,
                                       bool cjk_kerning) {
    std::vector<hb_feature_t> out;
    if (!cjk_kerning && is_cjk_script(run.script))
        out.push_back(
            {HB_TAG('k', 'e', 'r', 'n'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END});
    for (const auto& setting : settings) {
        const std::uint32_t begin = std::max(setting.begin, run.begin);
        const std::uint32_t end = std::min(setting.end, run.end);
        if (begin >= end) continue;
        hb_feature_t feature;
        feature.tag = hb_tag_from_string(setting.tag.data(), static_cast<int>(setting.tag.size()));
        feature.value = setting.value;
        feature.start = begin == run.begin ? HB_FEATURE_GLOBAL_START : begin - run.begin;
        feature.end = end == run.end ? HB_FEATURE_GLOBAL_END : end - run.begin;
        out.push_back(feature);
    }
    return out;
}

/// The cache key: everything the shaped glyphs depend on except the size.
std::string cache_key(std::string_view text, std::span<const FontId> chain, const TextRun& run,
                      const std::vector<hb_feature_t>& features) {
    std::string key;
    key.reserve(text.size() + 16 + 4 * chain.size() + run.lang.size() + 12 * features.size());
    for (const FontId id : chain) key += std::to_string(id.value) + ',';
    key += script_name(run.script) + ' ' + run.lang + ' ';
    for (const auto& f : features) {
        char tag[5] = {};
        hb_tag_to_string(f.tag, tag);
        key += std::string(tag, 4) + '=' + std::to_string(f.value) + '@' + std::to_string(f.start) +
               ':' + std::to_string(f.end) + ' ';
    }
    key += '|';
    key.append(text);
    return key;
}

/// Up to about 24 bytes of text on each side of `offset`, cut at character boundaries.
std::string excerpt(std::string_view text, std::size_t offset) {
    constexpr std::size_t kContext = 24;
    const auto is_continuation = [&](std::size_t i) {
        return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    };
    std::size_t begin = offset > kContext ? offset - kContext : 0;
    while (is_continuation(begin)) ++begin;
    std::size_t end = std::min(text.size(), offset + kContext);
    while (is_continuation(end)) ++end;
    return (begin > 0 ? "…" : "") + std::string(text.substr(begin, end - begin)) +
           (end < text.size() ? "…" : "");
}

}  // namespace

/// The per-document caches and the record of what has been reported, guarded by one mutex.
struct Shaper::Cache {
    std::mutex mutex;
    std::unordered_map<std::string, std::shared_ptr<const ShapedRun>> runs;
    std::set<char32_t> reported_missing;
    std::set<std::pair<std::string, std::string>> reported_warnings;  ///< (code, location)
    ShaperStats stats;
};

Shaper::Shaper(const FontRegistry& fonts, ShaperOptions options)
    : fonts_(fonts), options_(std::move(options)), cache_(std::make_unique<Cache>()) {}

Shaper::~Shaper() = default;

ShaperStats Shaper::stats() const {
    std::lock_guard lock(cache_->mutex);
    return cache_->stats;
}

std::span<const FontId> Shaper::chain_for(const SpanStyle& style, const TextRun& run) const {
    const bool language_chain = is_cjk_script(run.script) || run.script == kScriptCommon;
    return fonts_.chain(style.font,
                        language_chain ? std::string_view(run.lang) : std::string_view());
}

ShapedText Shaper::shape(const StyledText& text, Diagnostics& diagnostics) {
    return shape(text, {}, diagnostics);
}

ShapedText Shaper::shape(const StyledText& text, std::span<const FeatureSetting> features,
                         Diagnostics& diagnostics) {
    // 1. Itemize: runs of one script, language and style. Its warnings are given once per Shaper
    //    (a paragraph is shaped again when layout runs another pass).
    Diagnostics itemize_diagnostics;
    const std::vector<TextRun> runs = itemize(text, options_.itemize, itemize_diagnostics);
    {
        std::lock_guard lock(cache_->mutex);
        for (const auto& d : itemize_diagnostics.all()) {
            const auto key = std::make_pair(d.code, format_diagnostic(d));
            if (cache_->reported_warnings.insert(key).second) diagnostics.report(d);
        }
    }
    // 2. Shape each run with its font chain.
    ShapedText out;
    out.runs = shape_runs(text, runs, features, diagnostics);
    out.source = text;
    return out;
}

std::vector<GlyphRun> Shaper::shape_runs(const StyledText& text, std::span<const TextRun> runs,
                                         std::span<const FeatureSetting> features,
                                         Diagnostics& diagnostics) {
    std::vector<GlyphRun> out;
    for (const TextRun& run : runs) {
        assert(run.begin < run.end && run.end <= text.text.size() && "a run inside its text");
        const SpanStyle& style = text.styles[run.style];
        const std::string_view run_text =
            std::string_view(text.text).substr(run.begin, run.end - run.begin);
        // 1. The font chain for the run's role, style, script and language.
        const std::span<const FontId> chain = chain_for(style, run);
        // 2. The cache: each distinct run is shaped once per document.
        const std::vector<hb_feature_t> run_features =
            features_for(run, features, options_.cjk_kerning);
        const std::string key = cache_key(run_text, chain, run, run_features);
        std::shared_ptr<const ShapedRun> shaped;
        {
            std::lock_guard lock(cache_->mutex);
            ++cache_->stats.runs;
            if (auto found = cache_->runs.find(key); found != cache_->runs.end()) {
                shaped = found->second;
                ++cache_->stats.cache_hits;
            }
        }
        // 3. On a miss: shape with the chain, falling back per cluster; remember the result.
        if (!shaped) {
            ChainShaper shaper(
                fonts_, chain, run_text, hb_script_from_iso15924_tag(run.script),
                run.lang.empty()
                    ? HB_LANGUAGE_INVALID
                    : hb_language_from_string(run.lang.data(), static_cast<int>(run.lang.size())),
                run_features);
            shaped = std::make_shared<const ShapedRun>(shaper.run());
            std::lock_guard lock(cache_->mutex);
            cache_->stats.hb_shape_calls += shaper.hb_calls;
            cache_->stats.fallback_ranges += shaper.fallback_ranges;
            if (cache_->runs.size() >= options_.max_cache_entries) cache_->runs.clear();
            cache_->runs.emplace(key, shaped);
            // 4. Characters no font has: reported once per character, where first seen.
            for (const MissingCharacter& missing : shaped->missing) {
                if (!cache_->reported_missing.insert(missing.code_point).second) continue;
                std::string character;
                const std::uint32_t at = missing.offset;
                std::uint32_t next = at;
                (void)next_code_point(run_text, next);
                character = std::string(run_text.substr(at, next - at));
                diagnostics.warning(style.origin, "text.missing-glyph",
                                    "no configured font has " +
                                        code_point_name(missing.code_point) + " '" + character +
                                        "' (in '" + excerpt(text.text, run.begin + at) +
                                        "'); a replacement mark is drawn instead");
            }
        }
        // 5. Glyph runs at the span's size, clusters back in paragraph offsets.
        for (const Segment& segment : shaped->segments) {
            const FontFace& face = fonts_.face(segment.font);
            GlyphRun glyph_run{run.begin + segment.begin,
                               run.begin + segment.end,
                               segment.font,
                               style.size,
                               run.script,
                               run.lang,
                               run.style,
                               {}};
            glyph_run.glyphs.reserve(segment.glyphs.size());
            for (const DesignGlyph& g : segment.glyphs)
                glyph_run.glyphs.push_back(
                    {g.id, run.begin + g.cluster, face.to_pt(g.x_advance, style.size),
                     face.to_pt(g.x_offset, style.size), face.to_pt(g.y_offset, style.size)});
            out.push_back(std::move(glyph_run));
        }
    }
    return out;
}

}  // namespace briefbook::text
