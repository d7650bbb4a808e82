#pragma once
// Prepared paragraphs kept for the whole book: composition runs several layout passes until the
// page numbers settle, and every pass sets the same paragraphs again (only the texts that print
// page numbers change). Preparing is the costly part of setting a paragraph (shaping look-ups,
// clusters, break opportunities, hyphenation, items): half the build of a 400-page book ran it
// three times over.

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>

#include "para/options.hpp"
#include "para/prepared_paragraph.hpp"
#include "text/styled_text.hpp"

namespace briefbook::book {

/// Prepared paragraphs by their exact text, spans, span styles (source locations included) and
/// paragraph style, up to a memory budget: a prepared paragraph takes about 200 bytes per
/// character, so a whole 400-page book would double the peak memory of its build. Not
/// thread-safe: one book is composed on one thread.
class ParagraphCache {
  public:
    /// Keeps paragraphs until they take about `budget_bytes`, then keeps no more.
    explicit ParagraphCache(std::size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}

    /// The prepared paragraph of an equal text and style, or nullptr.
    [[nodiscard]] std::shared_ptr<const para::PreparedParagraph> find(const text::StyledText& text,
                                                                      const para::ParagraphStyle& style) const;
    /// Keeps `paragraph` for its text and style while the budget allows.
    void add(const text::StyledText& text, const para::ParagraphStyle& style,
             std::shared_ptr<const para::PreparedParagraph> paragraph);

    [[nodiscard]] std::size_t size() const { return paragraphs_.size(); }
    /// Estimated bytes held.
    [[nodiscard]] std::size_t bytes() const { return bytes_; }

    /// 8 MiB: every paragraph of the sample book and of the comparison's small one; a part of
    /// a 400-page book, whose build must stay under 150 MB (48 MiB took it from 135 to 196 MB).
    static constexpr std::size_t kDefaultBudget = 8u << 20;

  private:
    std::unordered_map<std::string, std::shared_ptr<const para::PreparedParagraph>> paragraphs_;
    std::size_t budget_;
    std::size_t bytes_ = 0;
};

}  // namespace briefbook::book
