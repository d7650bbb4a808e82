#include "para/prepared_paragraph.hpp"

#include <charconv>
#include <string>

#include "para/break_opportunities.hpp"
#include "para/greedy.hpp"
#include "para/inter_script_spacing.hpp"
#include "para/knuth_plass.hpp"
#include "para/punctuation_compression.hpp"
#include "para/word_hyphenation.hpp"

namespace briefbook::para {

namespace {

/// Line height when the style names none, in ems of the first run.
constexpr double kDefaultLineHeight = 1.5;

std::vector<LanguageRules> rules_of_runs(const text::ShapedText& shaped) {
    std::vector<LanguageRules> out;
    out.reserve(shaped.runs.size());
    for (const text::GlyphRun& run : shaped.runs) out.push_back(rules_for_language(run.lang));
    return out;
}

std::vector<LanguageSpan> language_spans(const text::ShapedText& shaped,
                                         const std::vector<LanguageRules>& rules) {
    std::vector<LanguageSpan> out;
    for (std::size_t r = 0; r < shaped.runs.size(); ++r) {
        const text::GlyphRun& run = shaped.runs[r];
        if (!out.empty() && out.back().rules == rules[r] && out.back().end == run.begin)
            out.back().end = run.end;
        else
            out.push_back({run.begin, run.end, rules[r]});
    }
    return out;
}

/// The byte ranges of the spans whose style keeps them on one line (two names side by side stay
/// two ranges, with the opportunity between them an ordinary one).
std::vector<KeptTogether> kept_together(const text::StyledText& source) {
    std::vector<KeptTogether> out;
    for (const text::StyleSpan& span : source.spans)
        if (source.styles[span.style].keep_together) out.push_back({span.begin, span.end});
    return out;
}

std::string points_text(Pt length) {
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, length.value, std::chars_format::fixed, 1);
    return std::string(buffer, result.ptr) + " pt";
}

/// At most `limit` bytes of `text`, cut at a code point boundary.
std::string excerpt(std::string_view text, std::size_t limit = 40) {
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) --cut;
    return std::string(text.substr(0, cut)) + "…";
}

}  // namespace

PreparedParagraph PreparedParagraph::prepare(const text::StyledText& text, text::Shaper& shaper,
                                             const ParagraphStyle& style,
                                             const Hyphenator& hyphenator,
                                             Diagnostics& diagnostics) {
    text::ShapedText shaped = shaper.shape(text, diagnostics);
    std::vector<Cluster> clusters = collect_clusters(shaped, rules_of_runs(shaped));
    compress_punctuation(clusters);
    const std::vector<text::FeatureSetting> features = half_width_features(clusters);
    if (!features.empty()) {
        Diagnostics repeated;  // the first shaping reported the text's problems already
        shaped = shaper.shape(text, features, repeated);
    }
    return prepare(std::move(shaped), shaper.fonts(), style, hyphenator);
}

PreparedParagraph PreparedParagraph::prepare(text::ShapedText shaped, const text::FontTable& fonts,
                                             const ParagraphStyle& style,
                                             const Hyphenator& hyphenator) {
    PreparedParagraph p;
    p.shaped_ = std::move(shaped);
    const std::vector<LanguageRules> run_rules = rules_of_runs(p.shaped_);

    // 1. Clusters: each run's glyphs grouped by source cluster, measured and classified.
    p.clusters_ = collect_clusters(p.shaped_, run_rules);
    // 2. Adjacent full-width punctuation gives up blank space (JLREQ 3.1.4, CLREQ).
    compress_punctuation(p.clusters_);
    // 3. Where lines may end: UAX #14 with each language's tailoring, less kinsoku and our vetoes;
    //    inside names only as a last resort.
    const std::vector<BreakOpportunity> opportunities =
        find_break_opportunities(p.shaped_.source.text, language_spans(p.shaped_, run_rules),
                                 kept_together(p.shaped_.source));
    // 4. Where English words may take a hyphen.
    const std::vector<std::uint32_t> hyphenation =
        style.hyphenate ? find_hyphenation_points(p.shaped_, p.clusters_, hyphenator)
                        : std::vector<std::uint32_t>{};
    // 5. A quarter em between CJK characters and Western letters or digits.
    const std::vector<Pt> spacing = inter_script_spacing(p.clusters_, style.inter_script_space);
    // 6. From the fonts: each run's hyphen glyph and em box, and the paragraph's strut.
    p.measure_fonts(fonts, style);
    // 7. Boxes, glue and penalties: what both line breakers read.
    std::vector<Pt> hyphen_widths;
    for (const HyphenGlyph& hyphen : p.hyphens_) hyphen_widths.push_back(hyphen.advance);
    p.items_ =
        build_items(p.clusters_, {opportunities, hyphenation, spacing, hyphen_widths}, style);
    // 8. The narrowest and widest useful columns, for table sizing.
    p.measure_content_widths(style);
    return p;
}

void PreparedParagraph::measure_fonts(const text::FontTable& fonts, const ParagraphStyle& style) {
    for (const text::GlyphRun& run : shaped_.runs) {
        const text::FontFace& face = fonts.face(run.font);
        text::GlyphId hyphen = face.nominal_glyph(U'-');
        if (hyphen == 0) hyphen = face.nominal_glyph(U'\u2010');
        hyphens_.push_back({hyphen, face.to_pt(face.advance(hyphen), run.size)});
        // The em box, split the way the font splits its ascender and descender.
        const double above = face.metrics().ascender;
        const double below = -face.metrics().descender;
        const double share = above + below > 0 ? above / (above + below) : 0.88;
        run_boxes_.push_back({run.size * share, run.size * (1.0 - share)});
    }
    if (!shaped_.runs.empty()) first_em_ = shaped_.runs.front().size;
    const Pt line_height =
        style.line_height.value > 0 ? style.line_height : first_em_ * kDefaultLineHeight;
    const Pt half_leading = (line_height - first_em_) / 2;
    const VerticalExtent first =
        run_boxes_.empty() ? VerticalExtent{first_em_ * 0.88, first_em_ * 0.12} : run_boxes_[0];
    strut_ = {first.ascent + half_leading, first.descent + half_leading};
}

void PreparedParagraph::measure_content_widths(const ParagraphStyle& style) {
    if (items_.size() == 0) return;
    // The widest piece between breaks under `rules`.
    const auto widest_piece = [this](PassRules rules) {
        Pt widest;
        std::size_t piece_start = items_.first_line_start();
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (!items_.is_breakpoint(i, rules)) continue;
            widest = max(widest, items_.line_totals(piece_start, i).width);
            piece_start = items_.next_line_start(i);
        }
        return widest;
    };
    min_content_width_ = widest_piece({.hyphens = style.hyphenate});
    min_width_breaking_names_ = widest_piece({.hyphens = style.hyphenate, .last_resort = true});
    std::size_t line_start = items_.first_line_start();
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (!items_.is_forced(i)) continue;
        max_content_width_ = max(max_content_width_, items_.line_totals(line_start, i).width);
        line_start = items_.next_line_start(i);
    }
}

AssemblyInput PreparedParagraph::assembly_input() const {
    return {shaped_, clusters_, items_, hyphens_, run_boxes_, strut_};
}

ParagraphLayout PreparedParagraph::break_lines(Pt width, const BreakOptions& options) const {
    ParagraphLayout layout;
    layout.column_width = width;
    if (items_.size() == 0) return layout;
    const BreakParameters parameters{.width = width,
                                     .ragged = options.alignment != Alignment::kJustify,
                                     .ragged_stretch = first_em_ * options.ragged_stretch,
                                     .pretolerance = options.pretolerance,
                                     .tolerance = options.tolerance};
    layout.first_fit = options.breaker == Breaker::kFirstFit ||
                       (options.breaker == Breaker::kAuto && items_.size() > kGreedyAboveItems);
    const std::vector<ChosenBreak> breaks = layout.first_fit ? break_first_fit(items_, parameters)
                                                             : break_total_fit(items_, parameters);
    layout.lines = assemble_lines(assembly_input(), breaks, width, options.alignment);
    return layout;
}

void PreparedParagraph::report(const ParagraphLayout& layout, Diagnostics& diagnostics) const {
    const std::string_view text = shaped_.source.text;
    for (const Line& line : layout.lines) {
        if (line.reason != BreakReason::kEmergency && !line.overfull) continue;
        SourceLocation where;
        if (!line.runs.empty()) {
            const std::uint32_t style = shaped_.runs[line.runs.front().run].style;
            if (style < shaped_.source.styles.size()) where = shaped_.source.styles[style].origin;
        }
        const std::string words = excerpt(text.substr(line.begin, line.end - line.begin));
        if (line.overfull) {
            diagnostics.warning(
                where, "para.overfull",
                "text '" + words + "' is " + points_text(line.width - layout.column_width) +
                    " wider than its column of " + points_text(layout.column_width));
        } else {
            diagnostics.warning(where, "para.emergency-break",
                                "no allowed line break fits a column of " +
                                    points_text(layout.column_width) + ": broke the line '" +
                                    words + "' where the rules do not allow it");
        }
    }
}

}  // namespace briefbook::para
