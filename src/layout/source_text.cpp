#include "layout/source_text.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace briefbook::layout {

SourceText::SourceText(std::string display_name, std::string text)
    : name_(std::move(display_name)), text_(std::move(text)), positions_(text_) {}

TextPosition SourceText::position(std::size_t offset) const {
    TextPosition position = positions_.position(text_, offset);
    // A byte order mark is no character an editor shows.
    if (position.line == 1 && position.column > 1 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) --position.column;
    return position;
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
