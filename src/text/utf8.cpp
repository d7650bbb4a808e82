#include "text/utf8.hpp"

#include <unicode/utf8.h>

#include <cassert>
#include <cstdio>

namespace briefbook::text {

char32_t next_code_point(std::string_view text, std::uint32_t& offset) {
    assert(offset < text.size());
    const auto length = static_cast<std::int32_t>(text.size());
    auto i = static_cast<std::int32_t>(offset);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
    offset = static_cast<std::uint32_t>(i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::string code_point_name(char32_t code_point) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
    return buffer;
}

}  // namespace briefbook::text
