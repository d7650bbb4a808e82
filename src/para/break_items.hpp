#pragma once
// Knuth and Plass's model of a paragraph: boxes (clusters that are drawn), glue (space that
// stretches and shrinks, and vanishes at a break) and penalties (places to break, with a cost).
// Built once per paragraph; both breakers read it, at any width.

#include <cstdint>
#include <span>
#include <vector>

#include "briefbook/units.hpp"
#include "para/break_opportunities.hpp"
#include "para/clusters.hpp"
#include "para/options.hpp"

namespace briefbook::para {

enum class ItemKind : std::uint8_t { kBox, kGlue, kPenalty };

/// Which breaking pass may use a penalty.
enum class PenaltyClass : std::uint8_t {
    kOrdinary,    ///< a UAX #14 opportunity (every pass)
    kHyphen,      ///< inside an English word (from the second pass)
    kLastResort,  ///< inside text kept together, a name: when justifying, from the second pass
                  ///< (like hyphens); when ragged, only with the emergency breaks
    kEmergency,   ///< a cluster boundary no rule allows (last resort, reported)
};

/// What a glue item stands for when the line is drawn.
enum class GlueRole : std::uint8_t {
    kSpace,         ///< the advance of a space cluster the author typed
    kAfterCluster,  ///< space added after a cluster: inter-script, inter-character, a mark's blank
    kFill,          ///< the end of a paragraph or forced line: infinitely stretchable, never drawn
};

/// A penalty of this size or more forbids a break; minus it forces one (TeX's 10000).
inline constexpr int kInfinitePenalty = 10000;

struct Item {
    ItemKind kind = ItemKind::kBox;
    PenaltyClass penalty_class = PenaltyClass::kOrdinary;
    GlueRole role = GlueRole::kAfterCluster;
    bool flagged = false;  ///< a hyphen break (consecutive ones cost extra)
    int penalty = 0;
    Pt width{};
    Pt stretch;
    Pt shrink;
    /// Box: its first cluster. Glue: the space cluster (kSpace) or the cluster it follows.
    /// Penalty: the cluster before it (whose run provides an inserted hyphen).
    std::uint32_t cluster = 0;
    std::uint32_t cluster_end = 0;  ///< box: one past its last cluster
};

/// Which penalties a pass may break at.
struct PassRules {
    bool hyphens = false;
    bool last_resort = false;
    bool emergency = false;
};

/// Sums over the items of one line.
struct LineTotals {
    Pt width{};
    Pt stretch;
    Pt shrink;
    int fill = 0;  ///< number of infinitely stretchable glues
};

/// The items with the prefix sums and line starts that make measuring a line O(1).
class ItemList {
  public:
    ItemList() = default;
    explicit ItemList(std::vector<Item> items);

    [[nodiscard]] std::size_t size() const { return items_.size(); }
    [[nodiscard]] const Item& operator[](std::size_t i) const { return items_[i]; }
    [[nodiscard]] const std::vector<Item>& items() const { return items_; }

    /// True when a line may end at item `i` in a pass with these rules.
    [[nodiscard]] bool is_breakpoint(std::size_t i, PassRules pass) const;
    [[nodiscard]] bool is_forced(std::size_t i) const {
        return items_[i].kind == ItemKind::kPenalty && items_[i].penalty <= -kInfinitePenalty;
    }
    /// The first item of the paragraph's first line.
    [[nodiscard]] std::size_t first_line_start() const { return content_from_[0]; }
    /// The first item of the line after a break at `i` (glue and penalties after it are dropped).
    [[nodiscard]] std::size_t next_line_start(std::size_t i) const { return content_from_[i + 1]; }
    /// Totals of the line from item `start` up to a break at item `end` (a penalty's width, the
    /// hyphen, counts; the glue broken at does not).
    [[nodiscard]] LineTotals line_totals(std::size_t start, std::size_t end) const;

  private:
    std::vector<Item> items_;
    std::vector<double> width_, stretch_, shrink_;  // prefix sums, size() + 1 entries
    std::vector<int> fill_;
    std::vector<std::uint32_t> content_from_;  // first box or forced break at or after i
};

/// Everything build_items() reads besides the clusters.
struct ItemInputs {
    std::span<const BreakOpportunity> opportunities;    ///< in increasing order
    std::span<const std::uint32_t> hyphenation_points;  ///< byte offsets, increasing
    std::span<const Pt> inter_script;   ///< per cluster, space before it (inter_script_spacing.hpp)
    std::span<const Pt> hyphen_widths;  ///< per glyph run, the width of its hyphen glyph
};

/// The paragraph as items. Ends with the usual finishing glue and forced break.
[[nodiscard]] ItemList build_items(const std::vector<Cluster>& clusters, const ItemInputs& inputs,
                                   const ParagraphStyle& style);

/// A break one of the breakers chose.
struct ChosenBreak {
    std::uint32_t item = 0;
    bool overfull = false;  ///< the line before it is wider than the column
};

/// The width-dependent parameters both breakers share.
struct BreakParameters {
    Pt width{};
    bool ragged = false;  ///< lines are not justified: their own glue neither stretches nor shrinks
    Pt ragged_stretch{};  ///< in ragged mode, the stretch a line is judged against
    double pretolerance = 100;
    double tolerance = 200;
};

/// How much of its stretch (r > 0) or shrink (r < 0) a line uses to reach the column width;
/// below -1 the line is overfull. Lines with finishing glue have r = 0 when short.
[[nodiscard]] double adjustment_ratio(const LineTotals& totals, const BreakParameters& parameters);

/// TeX's badness of a ratio: 100 |r|^3, at most 10000.
[[nodiscard]] double badness(double ratio);

}  // namespace briefbook::para
