#pragma once
// UTF-8 decoding for the text engine (StyledText is UTF-8; clusters are byte offsets into it).

#include <cstdint>
#include <string>
#include <string_view>

namespace briefbook::text {

/// Decodes the code point that starts at `offset` and moves `offset` past it. A malformed
/// sequence decodes as U+FFFD and moves past the bytes ICU's decoder consumes.
/// `offset` must be inside `text`.
char32_t next_code_point(std::string_view text, std::uint32_t& offset);

/// `U+3005` style name of a code point (four to six hex digits), for messages.
std::string code_point_name(char32_t code_point);

}  // namespace briefbook::text
