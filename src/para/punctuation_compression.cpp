#include "para/punctuation_compression.hpp"

#include <string_view>

namespace briefbook::para {

namespace {

constexpr std::u32string_view kOpening = U"「『（〔［｛〈《【〖〘〚｟“‘";
constexpr std::u32string_view kClosing = U"」』）〕］｝〉》】〗〙〛｠”’";
constexpr std::u32string_view kCommasAndStops = U"、。，．";
constexpr std::u32string_view kColonsAndMarks = U"：；！？";
constexpr std::u32string_view kMiddleDots = U"・·";

bool in(std::u32string_view set, char32_t c) {
    return set.find(c) != std::u32string_view::npos;
}

/// Blank on the left and right of a mark of this shape, in its advance.
struct Blanks {
    Pt left;
    Pt right;
};

/// The ink takes half an em; what the advance has beyond that is blank. A mark the font already
/// set half width (`halt`) has none left.
Blanks blanks_of(PunctuationShape shape, const Cluster& mark) {
    const Pt blank = max(Pt(), mark.advance - mark.em / 2);
    switch (shape) {
        case PunctuationShape::kOpening:
            return {blank, Pt()};
        case PunctuationShape::kClosing:
            return {Pt(), blank};
        case PunctuationShape::kMiddle:
            return {blank / 2, blank / 2};
        case PunctuationShape::kNone:
            break;
    }
    return {};
}

bool is_full_width_mark(const Cluster& cluster) {
    return cluster.kind == CharKind::kCjkPunctuation && cluster.first == cluster.last;
}

}  // namespace

PunctuationShape punctuation_shape(char32_t c, LanguageRules rules) {
    if (in(kOpening, c)) return PunctuationShape::kOpening;
    if (in(kClosing, c)) return PunctuationShape::kClosing;
    const bool traditional = rules == LanguageRules::kChineseTraditional;
    if (in(kCommasAndStops, c))
        return traditional ? PunctuationShape::kNone : PunctuationShape::kClosing;
    if (in(kColonsAndMarks, c)) {
        if (rules == LanguageRules::kChineseSimplified) return PunctuationShape::kClosing;
        if (rules == LanguageRules::kJapanese && (c == U'：' || c == U'；'))
            return PunctuationShape::kMiddle;
        return PunctuationShape::kNone;
    }
    if (in(kMiddleDots, c)) return PunctuationShape::kMiddle;
    return PunctuationShape::kNone;
}

void compress_punctuation(std::vector<Cluster>& clusters) {
    // Ambiguous-width marks drawn one em wide behave as CJK punctuation.
    for (Cluster& cluster : clusters) {
        if (cluster.kind != CharKind::kOther || cluster.first != cluster.last) continue;
        if (punctuation_shape(cluster.first, cluster.rules) == PunctuationShape::kNone) continue;
        if (cluster.advance >= cluster.em * 0.9) cluster.kind = CharKind::kCjkPunctuation;
    }

    // JLREQ 3.1.4: between two adjacent marks at most the larger blank remains.
    for (std::size_t i = 0; i + 1 < clusters.size(); ++i) {
        Cluster& a = clusters[i];
        Cluster& b = clusters[i + 1];
        if (!is_full_width_mark(a) || !is_full_width_mark(b)) continue;
        const PunctuationShape sa = punctuation_shape(a.first, a.rules);
        const PunctuationShape sb = punctuation_shape(b.first, b.rules);
        const Blanks ba = blanks_of(sa, a);
        const Blanks bb = blanks_of(sb, b);
        if (ba.right.value > 0 &&
            (sb == PunctuationShape::kClosing || sb == PunctuationShape::kMiddle)) {
            // 」、 」。 ）， 。」 」・: the first mark's right blank goes.
            a.trim_right = ba.right;
        } else if (bb.left.value > 0 && sa != PunctuationShape::kNone) {
            // 」「 （「 ・「: the second mark's left blank goes (half an em stays between them).
            b.trim_left = bb.left;
        }
    }

    // The right blank that is left on a closing mark can shrink, and hangs at a Chinese line end.
    for (Cluster& cluster : clusters) {
        if (!is_full_width_mark(cluster)) continue;
        const PunctuationShape shape = punctuation_shape(cluster.first, cluster.rules);
        if (shape == PunctuationShape::kClosing)
            cluster.hang_right = blanks_of(shape, cluster).right - cluster.trim_right;
    }
}

std::vector<text::FeatureSetting> half_width_features(const std::vector<Cluster>& clusters) {
    std::vector<text::FeatureSetting> out;
    for (const Cluster& cluster : clusters) {
        if (cluster.trim_left.value <= 0 && cluster.trim_right.value <= 0) continue;
        const PunctuationShape shape = punctuation_shape(cluster.first, cluster.rules);
        // `halt` halves a middle dot on both sides; compression takes only one quarter.
        if (shape != PunctuationShape::kOpening && shape != PunctuationShape::kClosing) continue;
        out.push_back({"halt", 1, cluster.begin, cluster.end});
    }
    return out;
}

}  // namespace briefbook::para
