// Total-fit against first-fit on the corpus in tests/data/para: total-fit must give fewer very
// loose lines (adjustment ratio above 1, TeX's "very loose" fitness class). The figures it prints
// are the ones docs/line-breaking.md reports.

#include <gtest/gtest.h>

#include <cmath>
#include <iomanip>
#include <iostream>

#include "para_test_support.hpp"

namespace briefbook::para {
namespace {

struct Tally {
    std::size_t lines = 0;       ///< justified lines (every line but a paragraph's last)
    std::size_t very_loose = 0;  ///< of which r > 1 (or nothing to stretch)
    std::size_t hyphens = 0;
    double ratio_sum = 0;  ///< sum of |r| over the lines with finite r
};

void count(const ParagraphLayout& layout, Tally& tally) {
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        ++tally.lines;
        if (line.adjustment_ratio > 1) ++tally.very_loose;
        if (line.reason == BreakReason::kHyphenation) ++tally.hyphens;
        if (!std::isinf(line.adjustment_ratio)) tally.ratio_sum += std::fabs(line.adjustment_ratio);
    }
}

/// Widths at which a file's text is set justified. English narrower than 25 ems (about 50
/// characters) goes ragged (table cells, sidebars): its few spaces cannot absorb a line's shortfall
/// however the breaks fall. CJK text justifies at any width.
bool justified_at(std::string_view file, double ems) {
    return file != "english.txt" || ems >= 25.0;
}

TEST(ParaCorpus, TotalFitGivesFewerVeryLooseLinesThanFirstFit) {
    Tally sum_total_fit;
    Tally sum_first_fit;
    std::cout << "corpus        width  lines   very loose (total-fit / first-fit)   mean |r|\n";
    for (const char* file : {"english.txt", "japanese.txt", "chinese.txt", "mixed.txt"}) {
        std::vector<PreparedParagraph> paragraphs;
        for (const text::StyledText& source : testing::load_corpus(file))
            paragraphs.push_back(testing::prepare(source));
        for (double ems : {10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0}) {
            Tally total_fit;
            Tally first_fit;
            for (const PreparedParagraph& paragraph : paragraphs) {
                count(paragraph.break_lines(Pt(ems * 10), {.breaker = Breaker::kTotalFit}),
                      total_fit);
                count(paragraph.break_lines(Pt(ems * 10), {.breaker = Breaker::kFirstFit}),
                      first_fit);
            }
            const bool justified = justified_at(file, ems);
            std::cout << std::left << std::setw(14) << file << std::right << std::setw(3) << ems
                      << " em" << std::setw(7) << total_fit.lines << std::setw(10)
                      << total_fit.very_loose << " / " << std::setw(3) << first_fit.very_loose
                      << std::setw(22) << std::fixed << std::setprecision(2)
                      << total_fit.ratio_sum / static_cast<double>(total_fit.lines) << " / "
                      << first_fit.ratio_sum / static_cast<double>(first_fit.lines)
                      << (justified ? "" : "   (set ragged in books)") << "\n";
            if (!justified) continue;
            EXPECT_LE(total_fit.very_loose, first_fit.very_loose) << file << " at " << ems << " em";
            EXPECT_LT(total_fit.ratio_sum, first_fit.ratio_sum) << file << " at " << ems << " em";
            sum_total_fit.very_loose += total_fit.very_loose;
            sum_first_fit.very_loose += first_fit.very_loose;
            sum_total_fit.lines += total_fit.lines;
            sum_first_fit.lines += first_fit.lines;
        }
    }
    std::cout << "justified widths: " << sum_total_fit.very_loose << " very loose lines of "
              << sum_total_fit.lines << " with total-fit, " << sum_first_fit.very_loose << " of "
              << sum_first_fit.lines << " with first-fit\n";
    EXPECT_LT(sum_total_fit.very_loose, sum_first_fit.very_loose);
}

}  // namespace
}  // namespace briefbook::para
