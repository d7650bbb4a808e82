// The book's cache of prepared paragraphs across layout passes: equal text and style find the
// paragraph prepared before; any difference in text, span style, source location or paragraph
// style does not; nothing more is kept once the budget is spent.

#include "book/paragraph_cache.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "para_test_support.hpp"

namespace briefbook::book {
namespace {

using para::testing::span_style;

text::StyledText styled(std::string_view utf8, const text::SpanStyle& style) {
    text::StyledText out;
    out.append(utf8, style);
    return out;
}

std::shared_ptr<const para::PreparedParagraph> prepared(const text::StyledText& text) {
    return std::make_shared<const para::PreparedParagraph>(para::testing::prepare(text));
}

TEST(BookParagraphCache, EqualTextAndStyleFindTheParagraphPreparedBefore) {
    ParagraphCache cache;
    const auto text = styled("Roundtable with 日本製薬工業協会", span_style("en"));
    const para::ParagraphStyle style;
    EXPECT_EQ(cache.find(text, style), nullptr);
    const auto paragraph = prepared(text);
    cache.add(text, style, paragraph);
    EXPECT_EQ(cache.find(styled("Roundtable with 日本製薬工業協会", span_style("en")), style), paragraph);
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_GT(cache.bytes(), text.text.size());
}

TEST(BookParagraphCache, AnyDifferenceIsAnotherParagraph) {
    ParagraphCache cache;
    const auto base_style = span_style("en");
    const auto text = styled("Site visit", base_style);
    const para::ParagraphStyle style;
    cache.add(text, style, prepared(text));

    EXPECT_EQ(cache.find(styled("Site visit.", base_style), style), nullptr);  // text
    EXPECT_EQ(cache.find(styled("Site visit", span_style("en", 11.0)), style), nullptr);  // size
    EXPECT_EQ(cache.find(styled("Site visit", span_style("en", 10.0, true)), style), nullptr);  // bold
    auto elsewhere = base_style;
    elsewhere.origin.position.line += 1;  // warnings would point elsewhere
    EXPECT_EQ(cache.find(styled("Site visit", elsewhere), style), nullptr);
    auto linked = base_style;
    linked.link = 0;
    EXPECT_EQ(cache.find(styled("Site visit", linked), style), nullptr);
    auto kept = base_style;
    kept.keep_together = true;  // the lines break elsewhere
    EXPECT_EQ(cache.find(styled("Site visit", kept), style), nullptr);
    para::ParagraphStyle other = style;
    other.hyphenate = !style.hyphenate;
    EXPECT_EQ(cache.find(text, other), nullptr);
    EXPECT_NE(cache.find(text, style), nullptr);
}

TEST(BookParagraphCache, KeepsNothingMoreOnceTheBudgetIsSpent) {
    ParagraphCache cache(1);  // the first paragraph spends it
    const auto first = styled("First paragraph", span_style("en"));
    const auto second = styled("Second paragraph", span_style("en"));
    cache.add(first, {}, prepared(first));
    cache.add(second, {}, prepared(second));
    EXPECT_NE(cache.find(first, {}), nullptr);
    EXPECT_EQ(cache.find(second, {}), nullptr);
    EXPECT_EQ(cache.size(), 1u);
}

}  // namespace
}  // namespace briefbook::book
