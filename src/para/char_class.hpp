#pragma once
// What a character is to the paragraph composer: a breakable space, a CJK character, a Western
// letter or digit, a line separator, or something else. Decided from Unicode properties (script,
// East Asian width, general category), never from the font.

#include <cstdint>
#include <string_view>

namespace briefbook::para {

enum class CharKind : std::uint8_t {
    kOther,             ///< Western punctuation, symbols, dashes, ellipses
    kSpace,             ///< an inter-word space: stretches, shrinks, may end a line
    kNoBreakSpace,      ///< U+00A0, U+202F, U+2007: stretches but never ends a line
    kLineSeparator,     ///< U+000A, U+2028, U+2029: a forced break
    kIdeographicSpace,  ///< U+3000: a full-width blank that stays a box
    kCjk,               ///< Han, kana, bopomofo, hangul and other wide letters and symbols
    kCjkPunctuation,  ///< wide punctuation (、。「」…); ambiguous-width quotes are decided later
    kWestern,         ///< letters of alphabetic scripts and Western digits
};

/// The kind of one code point.
[[nodiscard]] CharKind classify(char32_t c);

/// True for letters and digits in the sense used by the hyphenator and the unit rules.
[[nodiscard]] bool is_letter(char32_t c);
[[nodiscard]] bool is_digit(char32_t c);

/// Decodes the UTF-8 code point that starts at `offset` (U+FFFD for a broken sequence) and
/// advances `offset` past it.
char32_t decode_utf8(std::string_view text, std::size_t& offset);
/// The code point that ends just before `offset` (U+FFFD for a broken sequence).
[[nodiscard]] char32_t code_point_before(std::string_view text, std::size_t offset);

}  // namespace briefbook::para
