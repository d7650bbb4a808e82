#pragma once
// The text of a briefing file as the XML parser sees it (UTF-8, no byte order mark), with a table
// of line starts so that any byte offset turns into the line and column a user's editor shows.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "core/text_positions.hpp"

namespace briefbook::model {

class XmlSource {
public:
    explicit XmlSource(std::string text);

    [[nodiscard]] std::string_view text() const { return text_; }

    /// 1-based line and column of a byte offset. Columns count characters (code points), not
    /// bytes, so that a CJK line points where an editor does; a tab counts as one.
    [[nodiscard]] TextPosition position_at(std::size_t offset) const;

    /// Offset of the first character at or after `offset` that is not XML white space.
    [[nodiscard]] std::size_t skip_white_space(std::size_t offset) const;

    /// Offset where attribute `name` starts in the start tag whose name begins at `tag_name_offset`
    /// (as pugixml reports it), or nullopt when the tag has no such attribute.
    [[nodiscard]] std::optional<std::size_t> find_attribute(std::size_t tag_name_offset,
                                                            std::string_view name) const;

private:
    std::string text_;
    TextPositions positions_;
};

/// XML white space: space, tab, line feed, carriage return.
[[nodiscard]] constexpr bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace briefbook::model
