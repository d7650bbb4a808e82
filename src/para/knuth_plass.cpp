#include "para/knuth_plass.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace briefbook::para {

namespace {

// TeX's plain defaults.
constexpr double kLinePenalty = 10;
constexpr double kDoubleHyphenDemerits = 10000;
constexpr double kFinalHyphenDemerits = 5000;
constexpr double kAdjacentDemerits = 10000;
constexpr double kAnyBadness = 10000;

/// The last pass accepts every line, so TeX's cap of 10000 would make all bad lines equal and let
/// the cheapest total pick a hopeless one (a lone short word) over a merely loose one. Uncapped,
/// the cubic keeps them apart; a line with nothing to stretch is worse than any that can.
double final_badness(double ratio) {
    if (std::isinf(ratio)) return 1e12;
    return 100.0 * std::fabs(ratio * ratio * ratio);
}

/// TeX's fitness classes, in order from loose to tight.
enum Fitness : std::uint8_t { kVeryLoose = 0, kLoose = 1, kDecent = 2, kTight = 3 };

Fitness fitness_of(double ratio, double bad) {
    if (ratio > 0) return bad > 99 ? kVeryLoose : (bad > 12 ? kLoose : kDecent);
    return bad > 12 ? kTight : kDecent;
}

struct Node {
    std::uint32_t item = 0;   // the break (unused for the start node)
    std::uint32_t start = 0;  // first item of the line after it
    std::int32_t previous = -1;
    Fitness fitness = kDecent;
    bool flagged = false;
    bool overfull = false;  // the line that ends here
    double demerits = 0;
};

struct Candidate {
    double demerits = std::numeric_limits<double>::infinity();
    std::int32_t from = -1;
    bool overfull = false;
};

class TotalFit {
  public:
    TotalFit(const ItemList& items, const BreakParameters& parameters)
        : items_(items), parameters_(parameters) {}

    /// One pass; nothing when no feasible breaks exist under its rules. The final pass accepts
    /// any badness.
    std::optional<std::vector<ChosenBreak>> pass(PassRules rules, double tolerance, bool final) {
        nodes_.clear();
        active_.clear();
        Node start;
        start.start = static_cast<std::uint32_t>(items_.first_line_start());
        nodes_.push_back(start);
        active_.push_back(0);
        const std::size_t last = items_.size() - 1;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (!items_.is_breakpoint(i, rules)) continue;
            consider(i, tolerance, final, i == last);
            if (active_.empty()) return std::nullopt;
        }
        return best_breaks();
    }

  private:
    void consider(std::size_t i, double tolerance, bool final, bool last) {
        const Item& item = items_[i];
        const bool forced = items_.is_forced(i);
        std::array<Candidate, 4> best{};
        std::int32_t last_deactivated = -1;
        still_active_.clear();
        for (const std::int32_t a : active_) {
            const Node& from = nodes_[static_cast<std::size_t>(a)];
            const double ratio = adjustment_ratio(items_.line_totals(from.start, i), parameters_);
            const bool overfull = ratio < -1;
            if (!overfull && !forced) still_active_.push_back(a);
            if (overfull) {
                last_deactivated = a;
                continue;
            }
            const double bad = final ? final_badness(ratio) : badness(ratio);
            if (!final && bad > tolerance) continue;
            const Fitness fitness = fitness_of(ratio, bad);
            const double total = from.demerits + demerits(bad, item, from, fitness, last);
            if (total < best[fitness].demerits) best[fitness] = {total, a, false};
        }
        active_.swap(still_active_);
        const bool none =
            std::all_of(best.begin(), best.end(), [](const Candidate& c) { return c.from < 0; });
        if (final && none && active_.empty() && last_deactivated >= 0) {
            // TeX's artificial demerits: nothing else can reach this break, so make the line
            // overfull.
            best[kDecent] = {nodes_[static_cast<std::size_t>(last_deactivated)].demerits,
                             last_deactivated, true};
        }
        for (std::size_t f = 0; f < best.size(); ++f) {
            if (best[f].from < 0) continue;
            Node node;
            node.item = static_cast<std::uint32_t>(i);
            node.start = static_cast<std::uint32_t>(items_.next_line_start(i));
            node.previous = best[f].from;
            node.fitness = static_cast<Fitness>(f);
            node.flagged = item.kind == ItemKind::kPenalty && item.flagged;
            node.overfull = best[f].overfull;
            node.demerits = best[f].demerits;
            active_.push_back(static_cast<std::int32_t>(nodes_.size()));
            nodes_.push_back(node);
        }
    }

    double demerits(double bad, const Item& item, const Node& from, Fitness fitness,
                    bool last) const {
        double d = (kLinePenalty + bad) * (kLinePenalty + bad);
        if (item.kind == ItemKind::kPenalty) {
            const double p = item.penalty;
            if (p > 0)
                d += p * p;
            else if (p > -kInfinitePenalty)
                d -= p * p;
            if (item.flagged && from.flagged) d += kDoubleHyphenDemerits;
        }
        if (last && from.flagged) d += kFinalHyphenDemerits;
        if (std::abs(static_cast<int>(fitness) - static_cast<int>(from.fitness)) > 1)
            d += kAdjacentDemerits;
        return d;
    }

    std::vector<ChosenBreak> best_breaks() const {
        std::int32_t best = -1;
        for (const std::int32_t a : active_)
            if (best < 0 || nodes_[static_cast<std::size_t>(a)].demerits <
                                nodes_[static_cast<std::size_t>(best)].demerits)
                best = a;
        std::vector<ChosenBreak> out;
        for (std::int32_t n = best; n > 0; n = nodes_[static_cast<std::size_t>(n)].previous) {
            const Node& node = nodes_[static_cast<std::size_t>(n)];
            out.push_back({node.item, node.overfull});
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

    const ItemList& items_;
    const BreakParameters& parameters_;
    std::vector<Node> nodes_;
    std::vector<std::int32_t> active_;
    std::vector<std::int32_t> still_active_;
};

bool any_overfull(const std::vector<ChosenBreak>& breaks) {
    return std::any_of(breaks.begin(), breaks.end(),
                       [](const ChosenBreak& b) { return b.overfull; });
}

}  // namespace

std::vector<ChosenBreak> break_total_fit(const ItemList& items, const BreakParameters& parameters) {
    if (items.size() == 0) return {};
    TotalFit total_fit(items, parameters);
    if (parameters.pretolerance >= 0)
        if (auto breaks = total_fit.pass({.hyphens = false}, parameters.pretolerance, false))
            return *breaks;
    // A name may break when justifying, like a word may take a hyphen, rather than leave a line
    // too loose; ragged lines may fall short instead, so there it waits for the emergency pass.
    const PassRules second{.hyphens = true, .last_resort = !parameters.ragged};
    if (auto breaks = total_fit.pass(second, parameters.tolerance, false)) return *breaks;
    auto breaks = total_fit.pass(second, kAnyBadness, true);
    if (breaks && !any_overfull(*breaks)) return *breaks;
    return total_fit.pass({.hyphens = true, .emergency = true}, kAnyBadness, true)
        .value_or(std::vector<ChosenBreak>{});
}

}  // namespace briefbook::para
