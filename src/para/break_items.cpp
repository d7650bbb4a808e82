#include "para/break_items.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace briefbook::para {

namespace {

// ---- Costs and elasticities ---------------------------------------------------------------------

/// TeX's \hyphenpenalty and \exhyphenpenalty.
constexpr int kHyphenPenalty = 50;
constexpr int kExplicitHyphenPenalty = 50;
/// A single CJK character alone on a paragraph's last line: avoided whenever another break
/// within tolerance exists (the cost squared dwarfs any tolerable line's demerits).
constexpr int kLoneCharacterPenalty = 5000;
/// A break at a cluster boundary no rule allows: only when nothing else fits.
constexpr int kEmergencyPenalty = 9000;
/// Breaking inside a name: allowed by the rules, so far below an emergency break, and dearer than
/// a loose line within the tolerance (badness 200 costs about 200^2 demerits, this 500^2).
constexpr int kLastResortPenalty = 500;
/// Inter-word space: stretch a half and shrink a third of its width (TeX's Computer Modern).
constexpr double kSpaceStretch = 1.0 / 2.0;
constexpr double kSpaceShrink = 1.0 / 3.0;
/// Inter-script space: from a quarter em it may stretch to a half and shrink to an eighth
/// (JLREQ 3.8, line adjustment).
constexpr double kInterScriptStretch = 1.0;
constexpr double kInterScriptShrink = 1.0 / 2.0;
/// Inter-character spacing of CJK text: JLREQ 3.8 spreads what a line lacks between the
/// characters; it never squeezes them together.
constexpr double kCjkStretchEm = 0.25;

bool is_cjk_side(const Cluster& c) {
    return c.kind == CharKind::kCjk || c.kind == CharKind::kCjkPunctuation ||
           c.kind == CharKind::kIdeographicSpace;
}

bool is_blank(const Cluster& c) {
    return c.kind == CharKind::kSpace || c.kind == CharKind::kNoBreakSpace ||
           c.kind == CharKind::kLineSeparator;
}

bool drops_hang_at_break(const Cluster& c, LineEndPunctuation setting) {
    switch (setting) {
        case LineEndPunctuation::kFullWidth:
            return false;
        case LineEndPunctuation::kHalfWidth:
            return true;
        case LineEndPunctuation::kByLanguage:
            break;
    }
    return is_chinese(c.rules);
}

Item box(std::uint32_t first, std::uint32_t end, Pt width) {
    Item item;
    item.kind = ItemKind::kBox;
    item.width = width;
    item.cluster = first;
    item.cluster_end = end;
    return item;
}

Item glue(GlueRole role, std::uint32_t cluster, Pt width, Pt stretch, Pt shrink) {
    Item item;
    item.kind = ItemKind::kGlue;
    item.role = role;
    item.cluster = cluster;
    item.width = width;
    item.stretch = stretch;
    item.shrink = shrink;
    return item;
}

Item penalty(int cost, std::uint32_t cluster, PenaltyClass penalty_class = PenaltyClass::kOrdinary,
             Pt width = Pt(), bool flagged = false) {
    Item item;
    item.kind = ItemKind::kPenalty;
    item.penalty = cost;
    item.cluster = cluster;
    item.penalty_class = penalty_class;
    item.width = width;
    item.flagged = flagged;
    return item;
}

/// What may happen before each cluster, from the opportunities and hyphenation points.
struct Junctions {
    std::vector<bool> may_break;    // a UAX #14 opportunity before cluster i
    std::vector<bool> last_resort;  // ... inside text kept together
    std::vector<bool> may_hyphen;   // a hyphenation point before cluster i
    std::vector<bool> lone_last;    // breaking before cluster i leaves one CJK character alone
};

Junctions find_junctions(const std::vector<Cluster>& clusters, const ItemInputs& inputs) {
    Junctions out;
    out.may_break.assign(clusters.size(), false);
    out.last_resort.assign(clusters.size(), false);
    out.may_hyphen.assign(clusters.size(), false);
    out.lone_last.assign(clusters.size(), false);
    auto opportunity = inputs.opportunities.begin();
    auto hyphen = inputs.hyphenation_points.begin();
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        const std::uint32_t at = clusters[i].begin;
        while (opportunity != inputs.opportunities.end() && opportunity->offset < at) ++opportunity;
        while (hyphen != inputs.hyphenation_points.end() && *hyphen < at) ++hyphen;
        out.may_break[i] = opportunity != inputs.opportunities.end() && opportunity->offset == at;
        out.last_resort[i] = out.may_break[i] && opportunity->last_resort;
        out.may_hyphen[i] = hyphen != inputs.hyphenation_points.end() && *hyphen == at;
    }
    // The last character of each forced line: a CJK character preceded by another one.
    for (std::size_t end = 0; end <= clusters.size(); ++end) {
        if (end < clusters.size() && clusters[end].kind != CharKind::kLineSeparator) continue;
        std::size_t last = end;
        while (last > 0 &&
               (clusters[last - 1].kind == CharKind::kCjkPunctuation ||
                clusters[last - 1].kind == CharKind::kOther || is_blank(clusters[last - 1])))
            --last;
        if (last < 2) continue;
        const Cluster& lone = clusters[last - 1];
        const Cluster& before = clusters[last - 2];
        if (lone.kind == CharKind::kCjk && is_cjk_side(before)) out.lone_last[last - 1] = true;
    }
    return out;
}

/// Appends the items of paragraph `clusters` one cluster and one junction at a time.
class ItemBuilder {
  public:
    ItemBuilder(const std::vector<Cluster>& clusters, const ItemInputs& inputs,
                const ParagraphStyle& style)
        : clusters_(clusters),
          inputs_(inputs),
          style_(style),
          junctions_(find_junctions(clusters, inputs)) {}

    std::vector<Item> build() {
        std::size_t i = 0;
        while (i < clusters_.size()) {
            if (clusters_[i].kind == CharKind::kLineSeparator) {
                force_break(static_cast<std::uint32_t>(i));
                ++i;
                continue;
            }
            if (is_blank(clusters_[i])) {  // spaces that start a line
                ++i;
                continue;
            }
            const auto at = static_cast<std::uint32_t>(i);
            items_.push_back(box(at, at + 1, clusters_[i].core_width()));
            std::size_t next = i + 1;
            while (next < clusters_.size() && is_blank(clusters_[next]) &&
                   clusters_[next].kind != CharKind::kLineSeparator)
                ++next;
            junction(i, next);
            i = next;
        }
        const bool ended = !items_.empty() && items_.back().kind == ItemKind::kPenalty &&
                           items_.back().penalty <= -kInfinitePenalty;
        if (!items_.empty() && !ended) finish(static_cast<std::uint32_t>(clusters_.size()));
        return std::move(items_);
    }

  private:
    /// The right blank a closing mark keeps at a line end: no break may fall before it.
    void keep_hang(std::size_t i) {
        const Cluster& c = clusters_[i];
        items_.push_back(penalty(kInfinitePenalty, static_cast<std::uint32_t>(i)));
        items_.push_back(glue(GlueRole::kAfterCluster, static_cast<std::uint32_t>(i), c.hang_right,
                              Pt(), c.hang_right));
    }

    /// Items between cluster `i` and the next drawn cluster `next` (blank clusters between them).
    void junction(std::size_t i, std::size_t next) {
        const Cluster& a = clusters_[i];
        const auto here = static_cast<std::uint32_t>(i);
        const bool hangs = a.hang_right.value > 0;
        const bool drop_hang = hangs && drops_hang_at_break(a, style_.line_end_punctuation);
        const bool at_end =
            next >= clusters_.size() || clusters_[next].kind == CharKind::kLineSeparator;
        if (at_end) {
            // Spaces before the end of a line vanish; a kept blank stays.
            if (hangs && !drop_hang) keep_hang(i);
            return;
        }
        const Cluster& b = clusters_[next];

        // Glue that a break here would discard.
        std::vector<Item> discardable;
        if (drop_hang)
            discardable.push_back(
                glue(GlueRole::kAfterCluster, here, a.hang_right, Pt(), a.hang_right));
        if (next > i + 1) {
            for (std::size_t s = i + 1; s < next; ++s) {
                const Pt w = clusters_[s].advance;
                discardable.push_back(glue(GlueRole::kSpace, static_cast<std::uint32_t>(s), w,
                                           w * kSpaceStretch, w * kSpaceShrink));
            }
        } else if (const Pt space = inputs_.inter_script[next]; space.value > 0) {
            discardable.push_back(glue(GlueRole::kAfterCluster, here, space,
                                       space * kInterScriptStretch, space * kInterScriptShrink));
        } else if (is_cjk_side(a) || is_cjk_side(b)) {
            const Pt em = is_cjk_side(a) ? a.em : b.em;
            discardable.push_back(
                glue(GlueRole::kAfterCluster, here, Pt(), em * kCjkStretchEm, Pt()));
        }

        if (hangs && !drop_hang) keep_hang(i);
        if (junctions_.last_resort[next]) {
            items_.push_back(penalty(kLastResortPenalty, here, PenaltyClass::kLastResort));
        } else if (junctions_.may_break[next]) {
            int cost = 0;
            bool flagged = false;
            if (a.last == U'-' || a.last == U'\u2010') {
                cost = kExplicitHyphenPenalty;
                flagged = true;
            }
            if (junctions_.lone_last[next]) cost += kLoneCharacterPenalty;
            const bool glue_break =
                cost == 0 && !discardable.empty() && items_.back().kind == ItemKind::kBox;
            if (!glue_break)
                items_.push_back(penalty(cost, here, PenaltyClass::kOrdinary, Pt(), flagged));
        } else if (junctions_.may_hyphen[next] && next == i + 1) {
            items_.push_back(penalty(kHyphenPenalty, here, PenaltyClass::kHyphen,
                                     inputs_.hyphen_widths[a.run], true));
        } else {
            items_.push_back(penalty(kEmergencyPenalty, here, PenaltyClass::kEmergency));
        }
        items_.insert(items_.end(), discardable.begin(), discardable.end());
    }

    /// A line separator: the line before it ends like a paragraph.
    void force_break(std::uint32_t at) {
        if (items_.empty())
            items_.push_back(box(at, at, Pt()));  // a paragraph that starts with one
        finish(at);
    }

    void finish(std::uint32_t at) {
        items_.push_back(penalty(kInfinitePenalty, at));
        Item fill = glue(GlueRole::kFill, at, Pt(), Pt(), Pt());
        items_.push_back(fill);
        items_.push_back(penalty(-kInfinitePenalty, at));
    }

    const std::vector<Cluster>& clusters_;
    const ItemInputs& inputs_;
    const ParagraphStyle& style_;
    Junctions junctions_;
    std::vector<Item> items_;
};

}  // namespace

// ---- ItemList
// ------------------------------------------------------------------------------------

ItemList::ItemList(std::vector<Item> items) : items_(std::move(items)) {
    const std::size_t n = items_.size();
    width_.assign(n + 1, 0.0);
    stretch_.assign(n + 1, 0.0);
    shrink_.assign(n + 1, 0.0);
    fill_.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Item& item = items_[i];
        const bool counts = item.kind != ItemKind::kPenalty;
        width_[i + 1] = width_[i] + (counts ? item.width.value : 0.0);
        stretch_[i + 1] = stretch_[i] + (item.kind == ItemKind::kGlue ? item.stretch.value : 0.0);
        shrink_[i + 1] = shrink_[i] + (item.kind == ItemKind::kGlue ? item.shrink.value : 0.0);
        fill_[i + 1] =
            fill_[i] + (item.role == GlueRole::kFill && item.kind == ItemKind::kGlue ? 1 : 0);
    }
    content_from_.assign(n + 1, static_cast<std::uint32_t>(n));
    for (std::size_t i = n; i-- > 0;) {
        const bool content = items_[i].kind == ItemKind::kBox || is_forced(i);
        content_from_[i] = content ? static_cast<std::uint32_t>(i) : content_from_[i + 1];
    }
}

bool ItemList::is_breakpoint(std::size_t i, PassRules pass) const {
    const Item& item = items_[i];
    switch (item.kind) {
        case ItemKind::kBox:
            return false;
        case ItemKind::kGlue:
            return i > 0 && items_[i - 1].kind == ItemKind::kBox;
        case ItemKind::kPenalty:
            break;
    }
    switch (item.penalty_class) {
        case PenaltyClass::kOrdinary:
            return item.penalty < kInfinitePenalty;
        case PenaltyClass::kHyphen:
            return pass.hyphens;
        case PenaltyClass::kLastResort:
            return pass.last_resort || pass.emergency;
        case PenaltyClass::kEmergency:
            return pass.emergency;
    }
    return false;
}

LineTotals ItemList::line_totals(std::size_t start, std::size_t end) const {
    LineTotals totals;
    if (end < start) return totals;
    totals.width = Pt(width_[end] - width_[start]);
    totals.stretch = Pt(stretch_[end] - stretch_[start]);
    totals.shrink = Pt(shrink_[end] - shrink_[start]);
    totals.fill = fill_[end] - fill_[start];
    if (end < items_.size() && items_[end].kind == ItemKind::kPenalty)
        totals.width += items_[end].width;
    return totals;
}

// ---- Building
// ------------------------------------------------------------------------------------

ItemList build_items(const std::vector<Cluster>& clusters, const ItemInputs& inputs,
                     const ParagraphStyle& style) {
    assert(inputs.inter_script.size() == clusters.size());
    return ItemList(ItemBuilder(clusters, inputs, style).build());
}

// ---- Measuring
// -----------------------------------------------------------------------------------

double adjustment_ratio(const LineTotals& totals, const BreakParameters& parameters) {
    constexpr double kEpsilon = 1e-6;
    const double shortfall = parameters.width.value - totals.width.value;
    if (shortfall > kEpsilon) {
        if (totals.fill > 0) return 0.0;
        const double stretch =
            parameters.ragged ? parameters.ragged_stretch.value : totals.stretch.value;
        return stretch > 0 ? shortfall / stretch : std::numeric_limits<double>::infinity();
    }
    if (shortfall < -kEpsilon) {
        const double shrink = parameters.ragged ? 0.0 : totals.shrink.value;
        return shrink > 0 ? shortfall / shrink : -std::numeric_limits<double>::infinity();
    }
    return 0.0;
}

double badness(double ratio) {
    const double r = std::fabs(ratio);
    if (r > 4.65) return 10000.0;  // 100 * 4.65^3 > 10000, and infinity stays finite here
    return std::min(100.0 * r * r * r, 10000.0);
}

}  // namespace briefbook::para
