#include "layout/source_text.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace briefbook::layout {

SourceText::SourceText(std::string display_name, std::string text)
    : name_(std::move(display_name)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

TextPosition SourceText::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    // The last line start at or before the offset.
    const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    std::uint32_t column = 1;
    // A byte order mark is no character an editor shows.
    const bool bom = *line == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0;
    for (std::size_t i = *line + (bom && offset >= 3 ? 3 : 0); i < offset; ++i) {
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0u) != 0x80u) ++column;
    }
    return {static_cast<std::uint32_t>(line - line_starts_.begin() + 1), column};
}

std::optional<SourceText> read_source_text(const std::filesystem::path& file,
                                           std::string display_name) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || size > kMaxDataFileBytes) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return SourceText(std::move(display_name), std::move(text));
}

}  // namespace briefbook::layout
