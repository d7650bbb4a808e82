#include "core/text_positions.hpp"

#include <algorithm>

namespace briefbook {

namespace {

constexpr std::size_t kStride = 1024;

std::size_t count_characters(std::string_view bytes) {
    // UTF-8 continuation bytes (10xxxxxx) do not start a character.
    return static_cast<std::size_t>(std::count_if(bytes.begin(), bytes.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }));
}

}  // namespace

TextPositions::TextPositions(std::string_view text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
    checkpoints_.push_back(0);
    for (std::size_t at = kStride; at <= text.size(); at += kStride)
        checkpoints_.push_back(checkpoints_.back() + count_characters(text.substr(at - kStride, kStride)));
}

std::size_t TextPositions::characters_before(std::string_view text, std::size_t offset) const {
    const std::size_t checkpoint = offset / kStride;
    return checkpoints_[checkpoint] + count_characters(text.substr(checkpoint * kStride, offset % kStride));
}

TextPosition TextPositions::position(std::string_view text, std::size_t offset) const {
    offset = std::min(offset, text.size());
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    const std::size_t column = characters_before(text, offset) - characters_before(text, line_starts_[line_index]);
    return {static_cast<std::uint32_t>(line_index + 1), static_cast<std::uint32_t>(column + 1)};
}

}  // namespace briefbook
