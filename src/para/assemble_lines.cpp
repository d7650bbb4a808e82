#include "para/assemble_lines.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace briefbook::para {

namespace {

constexpr std::uint32_t kInsertedHyphen = std::numeric_limits<std::uint32_t>::max();

/// A glyph placed on the line before its run and advance are settled.
struct Placed {
    std::uint32_t run = 0;
    std::uint32_t cluster = 0;  // index into the clusters, or kInsertedHyphen
    text::GlyphId id = 0;
    Pt pen;  // pen position on the line
    Pt x_offset;
    Pt y;  // downwards
};

class LineAssembler {
  public:
    LineAssembler(const AssemblyInput& input, Pt width, Alignment alignment)
        : in_(input), width_(width), alignment_(alignment) {}

    Line assemble(std::size_t start, const ChosenBreak& chosen) {
        const std::size_t end = chosen.item;
        placed_.clear();
        Line line;
        line.reason = reason(end);
        line.adjustment_ratio = justification_ratio(start, end);
        // A line with nothing to stretch stays short; an overfull one uses all its shrink.
        const double r =
            std::isinf(line.adjustment_ratio) ? 0.0 : std::max(line.adjustment_ratio, -1.0);
        Pt x;
        for (std::size_t k = start; k < end; ++k) {
            const Item& item = in_.items[k];
            if (item.kind == ItemKind::kBox) {
                for (std::uint32_t c = item.cluster; c < item.cluster_end; ++c) {
                    place(c, x);
                    x += in_.clusters[c].core_width();
                }
            } else if (item.kind == ItemKind::kGlue && item.role != GlueRole::kFill) {
                const Pt w = item.width + (r >= 0 ? item.stretch * r : item.shrink * r);
                if (item.role == GlueRole::kSpace) place(item.cluster, x);
                x += w;
            }
        }
        const Item& at = in_.items[end];
        if (at.kind == ItemKind::kPenalty && at.width.value > 0) {
            const std::uint32_t run = in_.clusters[at.cluster].run;
            placed_.push_back({run, kInsertedHyphen, in_.hyphens[run].id, x, Pt(), Pt()});
            x += at.width;
        }
        line.overfull = chosen.overfull || x.value > width_.value + 1e-3;
        const Pt offset = alignment_offset(x);
        line.width = offset + x;
        make_runs(line, offset, x);
        measure_height(line);
        if (line.runs.empty()) {
            line.begin = line.end = end < in_.items.size() ? boundary_at(end) : 0;
        } else {
            line.begin = line.runs.front().begin;
            line.end = line.runs.back().end;
        }
        return line;
    }

  private:
    void place(std::uint32_t c, Pt x) {
        const Cluster& cluster = in_.clusters[c];
        const text::GlyphRun& run = in_.shaped.runs[cluster.run];
        Pt pen = x - cluster.trim_left;
        for (std::uint32_t g = cluster.glyph_begin; g < cluster.glyph_end; ++g) {
            const text::ShapedGlyph& glyph = run.glyphs[g];
            placed_.push_back({cluster.run, c, glyph.id, pen, glyph.x_offset, -glyph.y_offset});
            pen += glyph.advance;
        }
    }

    double justification_ratio(std::size_t start, std::size_t end) const {
        if (alignment_ != Alignment::kJustify) return 0;
        const LineTotals totals = in_.items.line_totals(start, end);
        const bool last = totals.fill > 0;
        BreakParameters justified;
        justified.width = width_;
        // A last line keeps its natural spacing, unless it needs its shrink to fit.
        const double r = adjustment_ratio(totals, justified);
        return last ? std::min(r, 0.0) : r;
    }

    BreakReason reason(std::size_t end) const {
        const Item& item = in_.items[end];
        if (end + 1 == in_.items.size()) return BreakReason::kEndOfParagraph;
        if (in_.items.is_forced(end)) return BreakReason::kMandatory;
        if (item.kind == ItemKind::kPenalty) {
            if (item.penalty_class == PenaltyClass::kHyphen) return BreakReason::kHyphenation;
            if (item.penalty_class == PenaltyClass::kEmergency) return BreakReason::kEmergency;
            const Item& next = in_.items[end + 1];
            return next.kind == ItemKind::kGlue && next.role == GlueRole::kSpace
                       ? BreakReason::kSpace
                       : BreakReason::kOpportunity;
        }
        return item.role == GlueRole::kSpace ? BreakReason::kSpace : BreakReason::kOpportunity;
    }

    Pt alignment_offset(Pt used) const {
        const Pt room = width_ - used;
        if (room.value <= 0) return Pt();
        switch (alignment_) {
            case Alignment::kJustify:
            case Alignment::kStart:
                return Pt();
            case Alignment::kCenter:
                return room / 2;
            case Alignment::kEnd:
                return room;
        }
        return Pt();
    }

    /// Settles advances (pen to next pen) and groups the glyphs by shaped run.
    void make_runs(Line& line, Pt offset, Pt line_end) const {
        for (std::size_t g = 0; g < placed_.size(); ++g) {
            const Placed& p = placed_[g];
            const Pt next_pen = g + 1 < placed_.size() ? placed_[g + 1].pen : line_end;
            if (line.runs.empty() || line.runs.back().run != p.run) {
                LineRun run;
                run.run = p.run;
                run.x = offset + p.pen;
                run.begin =
                    in_.clusters[p.cluster == kInsertedHyphen ? placed_[g - 1].cluster : p.cluster]
                        .begin;
                run.end = run.begin;
                line.runs.push_back(std::move(run));
            }
            LineRun& run = line.runs.back();
            render::PlacedGlyph glyph;
            glyph.id = p.id;
            glyph.x = offset + p.pen + p.x_offset - run.x;
            glyph.y = p.y;
            glyph.advance = next_pen - p.pen;
            if (p.cluster == kInsertedHyphen) {
                glyph.cluster = run.end;
                run.ends_with_hyphen = true;
            } else {
                glyph.cluster = in_.clusters[p.cluster].begin;
                run.end = std::max(run.end, in_.clusters[p.cluster].end);
            }
            run.width += glyph.advance;
            run.glyphs.push_back(glyph);
        }
    }

    void measure_height(Line& line) const {
        line.ascent = in_.strut.ascent;
        line.descent = in_.strut.descent;
        for (const LineRun& run : line.runs) {
            line.ascent = max(line.ascent, in_.run_boxes[run.run].ascent);
            line.descent = max(line.descent, in_.run_boxes[run.run].descent);
        }
    }

    /// The source byte where the cluster of item `i` starts (for empty lines).
    std::uint32_t boundary_at(std::size_t i) const {
        const std::uint32_t c = in_.items[i].cluster;
        return c < in_.clusters.size() ? in_.clusters[c].begin
                                       : static_cast<std::uint32_t>(in_.shaped.source.text.size());
    }

    const AssemblyInput& in_;
    Pt width_;
    Alignment alignment_;
    std::vector<Placed> placed_;
};

}  // namespace

std::vector<Line> assemble_lines(const AssemblyInput& input, std::span<const ChosenBreak> breaks,
                                 Pt width, Alignment alignment) {
    std::vector<Line> lines;
    lines.reserve(breaks.size());
    LineAssembler assembler(input, width, alignment);
    std::size_t start = input.items.first_line_start();
    for (const ChosenBreak& chosen : breaks) {
        lines.push_back(assembler.assemble(start, chosen));
        start = input.items.next_line_start(chosen.item);
    }
    return lines;
}

}  // namespace briefbook::para
