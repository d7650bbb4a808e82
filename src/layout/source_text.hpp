#pragma once
// A data file's text with an index of its line starts, so that a byte offset (from pugixml's
// offset_debug, or a parse error) becomes the line and column a user sees in an editor.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "core/text_positions.hpp"

namespace briefbook::layout {

/// The text of one file as read, and where its lines start.
class SourceText {
public:
    /// `display_name` is the file as the user named it (diagnostics print it unchanged).
    SourceText(std::string display_name, std::string text);

    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] const std::string& text() const { return text_; }

    /// The 1-based line and column of a byte offset; the column counts characters (UTF-8 code
    /// points), not bytes. An offset past the end points just after the last character.
    [[nodiscard]] TextPosition position(std::size_t offset) const;
    /// The location of a byte offset in this file.
    [[nodiscard]] SourceLocation at(std::size_t offset) const { return {name_, position(offset)}; }
    /// The file as a whole (no line), for problems that belong to no single place.
    [[nodiscard]] SourceLocation whole() const { return {name_, {}}; }

private:
    std::string name_;
    std::string text_;
    TextPositions positions_;
};

/// Data files larger than this are refused: a layout or label file is a few kilobytes.
inline constexpr std::size_t kMaxDataFileBytes = 4u * 1024 * 1024;

/// Reads `file` whole, naming it `display_name` in diagnostics. Nothing when it cannot be read or
/// is larger than kMaxDataFileBytes.
[[nodiscard]] std::optional<SourceText> read_source_text(const std::filesystem::path& file,
                                                         std::string display_name);

}  // namespace briefbook::layout
