#pragma once
// Shaping: itemized runs of a paragraph become glyph runs through HarfBuzz, each glyph linked to
// the bytes of the text it draws. One Shaper per document holds the caches.

#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "text/font_registry.hpp"
#include "text/itemize.hpp"
#include "text/shaped_text.hpp"
#include "text/styled_text.hpp"

namespace briefbook::text {

/// An OpenType feature for a byte range of the paragraph: the line breaker asks for `halt`,
/// `chws` or `vpal` on CJK punctuation, a layout may turn `liga` off (value 0). Default features
/// (kerning, ligatures, locl, ...) are always on unless turned off here.
struct FeatureSetting {
    std::string tag;          ///< four letters: "halt"
    std::uint32_t value = 1;  ///< 1 on, 0 off, or an alternate's index
    std::uint32_t begin = 0;  ///< byte range of StyledText::text it applies to
    std::uint32_t end = std::numeric_limits<std::uint32_t>::max();
};

struct ShaperOptions {
    ItemizeOptions itemize;
    /// Kerning of Han and kana (Noto CJK kerns some kana pairs by default). Off: Japanese and
    /// Chinese are set solid on the em grid (JLREQ 3.1); punctuation spacing is the line breaker's
    /// business (`halt`, `chws`). Latin text is always kerned.
    bool cjk_kerning = false;
    /// Work limit: the shape cache is emptied when it holds this many runs.
    std::size_t max_cache_entries = 100000;
};

/// What a Shaper did so far (tests and benchmarks).
struct ShaperStats {
    std::uint64_t runs = 0;             ///< runs asked for
    std::uint64_t cache_hits = 0;       ///< runs answered from the cache
    std::uint64_t hb_shape_calls = 0;   ///< HarfBuzz calls, fallback re-shaping included
    std::uint64_t fallback_ranges = 0;  ///< cluster ranges re-shaped with a later font of a chain
};

/// Shapes paragraphs for one document. Each distinct run (text, font chain, script, language,
/// features) is shaped once: glyph positions are cached in font units and scaled to each run's
/// size, so the size is not part of the key. Thread-safe: the cache is guarded, HarfBuzz fonts are
/// the registry's immutable ones.
class Shaper {
  public:
    explicit Shaper(const FontRegistry& fonts, ShaperOptions options = {});
    ~Shaper();
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    /// Itemizes and shapes a paragraph. Warnings ([text.han-without-lang] once per element,
    /// [text.missing-glyph] once per character per Shaper) go to `diagnostics`.
    [[nodiscard]] ShapedText shape(const StyledText& text, Diagnostics& diagnostics);
    /// Same, with extra features for ranges of the text.
    [[nodiscard]] ShapedText shape(const StyledText& text, std::span<const FeatureSetting> features,
                                   Diagnostics& diagnostics);

    /// Shapes runs that are already itemized, or parts of them (a TextRun with a narrower byte
    /// range): what the line breaker calls to re-shape a range with other features. Returns glyph
    /// runs in text order; clusters are byte offsets into `text.text`.
    [[nodiscard]] std::vector<GlyphRun> shape_runs(const StyledText& text,
                                                   std::span<const TextRun> runs,
                                                   std::span<const FeatureSetting> features,
                                                   Diagnostics& diagnostics);

    /// The font chain a run is shaped with: CJK-script runs (and punctuation-only runs) use the
    /// chain of their language, other scripts the role's default chain, so that Latin words in
    /// Japanese text match the English text around them.
    [[nodiscard]] std::span<const FontId> chain_for(const SpanStyle& style,
                                                    const TextRun& run) const;

    [[nodiscard]] ShaperStats stats() const;
    [[nodiscard]] const FontRegistry& fonts() const { return fonts_; }

  private:
    struct Cache;
    const FontRegistry& fonts_;
    ShaperOptions options_;
    std::unique_ptr<Cache> cache_;
};

}  // namespace briefbook::text
