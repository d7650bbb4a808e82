#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/text_positions.hpp"

namespace briefbook {
namespace {

TEST(TextPositions, CountsCharactersAcrossCheckpoints) {
    // Lines of mixed lengths and scripts, some far longer than a checkpoint stride (1024 bytes).
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += std::string(static_cast<std::size_t>(i * 397 % 9000), 'a') + "日本語é\U0001F600x";
        if (i % 3 != 0) text += '\n';
    }
    const TextPositions positions(text);
    // The reference, counted as it goes: one character per byte that is not a UTF-8
    // continuation byte (10xxxxxx), a new line after each line feed.
    TextPosition expected{1, 1};
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
        ASSERT_EQ(positions.position(text, offset), expected) << "offset " << offset;
        if (offset == text.size()) break;
        if (text[offset] == '\n') {
            expected = {expected.line + 1, 1};
        } else if ((static_cast<unsigned char>(text[offset]) & 0xC0u) != 0x80u) {
            ++expected.column;
        }
    }
    EXPECT_EQ(positions.position(text, text.size() + 100), expected);
    const TextPositions empty("");
    EXPECT_EQ(empty.position("", 0), (TextPosition{1, 1}));
}

TEST(TextPositions, ALongLineCostsNoMoreThanAShortOne) {
    // A 4 MB file on one line, with a diagnostic at every 64th byte: a scan of the line per
    // lookup would take hours.
    const std::string text(4u << 20, 'x');
    const TextPositions positions(text);
    const auto start = std::chrono::steady_clock::now();
    std::uint64_t sum = 0;
    for (std::size_t offset = 0; offset < text.size(); offset += 64) sum += positions.position(text, offset).column;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_GT(sum, 0u);
    EXPECT_LT(seconds, 20.0);  // well under 1 s even with sanitizers
}

}  // namespace
}  // namespace briefbook
