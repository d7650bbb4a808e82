#pragma once
// Unicode conversions the PDF needs: UTF-8 from the display list into code points, and code points
// into the UTF-16BE that ToUnicode maps, ActualText and text strings use.

#include <string>
#include <string_view>

namespace briefbook::pdf {

/// Decodes UTF-8 (text::next_code_point: a malformed sequence becomes U+FFFD).
[[nodiscard]] std::u32string decode_utf8(std::string_view utf8);

/// Encodes code points as UTF-8.
[[nodiscard]] std::string encode_utf8(std::u32string_view text);

/// Encodes code points as UTF-16BE bytes (surrogate pairs above U+FFFF), without a byte-order mark.
[[nodiscard]] std::string encode_utf16be(std::u32string_view text);

/// Upper-case hexadecimal digits of some bytes: "FEFF" for "\xFE\xFF".
[[nodiscard]] std::string hex_upper(std::string_view bytes);

}  // namespace briefbook::pdf
