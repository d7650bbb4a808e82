#pragma once
// Full-width punctuation: where its blank half sits in the em box, and how adjacent marks give up
// blank space (」、 and ），set as one and a half ems, not two).
//
// Sources: JLREQ 3.1.4 (positioning of consecutive opening brackets, closing brackets, commas,
// full stops and middle dots) and CLREQ's punctuation compression (标点挤压). The fonts' own
// `halt`/`chws` features would do the same from the font's data; the Shaper cannot yet re-shape a
// range with extra features, so the adjustment is explicit: the blank is taken as half of the
// glyph's advance on the side the convention puts it (a quarter on both sides of a middle dot).
// Ambiguous-width marks (“ ” ‘ ’ ·) count as full width only when their glyph is (about) one em
// wide, as in Simplified Chinese fonts; Japanese fonts draw them proportional.

#include <cstdint>
#include <vector>

#include "para/clusters.hpp"
#include "para/language_rules.hpp"
#include "text/shape.hpp"

namespace briefbook::para {

/// Where the ink of a full-width punctuation mark sits in its em box.
enum class PunctuationShape : std::uint8_t {
    kNone,     ///< not compressible (？！ in Japanese, centred marks in Traditional Chinese)
    kOpening,  ///< ink right, blank left: 「（“
    kClosing,  ///< ink left, blank right: 」）”、。，． (and ：；！？ in Simplified Chinese)
    kMiddle,  ///< ink centred, a quarter em blank each side: ・：； in Japanese
};

/// The shape of a mark in a language's conventional fonts.
[[nodiscard]] PunctuationShape punctuation_shape(char32_t c, LanguageRules rules);

/// Marks ambiguous-width quotes drawn full width as CJK punctuation, then sets trim_left,
/// trim_right and hang_right on every full-width mark: adjacent marks lose the blank JLREQ 3.1.4
/// removes, and a closing mark's remaining right blank becomes hanging (shrinkable) space.
void compress_punctuation(std::vector<Cluster>& clusters);

/// `halt` for each opening or closing mark compress_punctuation() trimmed: re-shaping with these
/// lets the font set them half width itself.
[[nodiscard]] std::vector<text::FeatureSetting> half_width_features(
    const std::vector<Cluster>& clusters);

}  // namespace briefbook::para
