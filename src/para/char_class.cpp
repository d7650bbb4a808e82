#include "para/char_class.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace briefbook::para {

namespace {

bool is_wide(char32_t c) {
    const auto width = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

bool is_cjk_script(char32_t c) {
    UErrorCode error = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(c), &error)) {
        case USCRIPT_HAN:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
        case USCRIPT_BOPOMOFO:
        case USCRIPT_HANGUL:
            return true;
        default:
            return false;
    }
}

bool is_punctuation(char32_t c) {
    const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
    return (mask & U_GC_P_MASK) != 0;
}

}  // namespace

CharKind classify(char32_t c) {
    switch (c) {
        case U'\n':
        case U'\u2028':
        case U'\u2029':
            return CharKind::kLineSeparator;
        case U'\u00A0':
        case U'\u202F':
        case U'\u2007':
            return CharKind::kNoBreakSpace;
        case U'\u3000':
            return CharKind::kIdeographicSpace;
        case U' ':
        case U'\t':
        case U'\u1680':
        case U'\u205F':
            return CharKind::kSpace;
        default:
            break;
    }
    if (c >= U'\u2000' && c <= U'\u200A') return CharKind::kSpace;
    if (is_wide(c)) return is_punctuation(c) ? CharKind::kCjkPunctuation : CharKind::kCjk;
    if (is_cjk_script(c)) return CharKind::kCjk;
    if (is_letter(c) || is_digit(c)) return CharKind::kWestern;
    return CharKind::kOther;
}

bool is_letter(char32_t c) {
    return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_digit(char32_t c) {
    return u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER;
}

char32_t decode_utf8(std::string_view text, std::size_t& offset) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(offset);
    std::size_t length = 1;
    char32_t value = lead;
    if (lead >= 0xF0) {
        length = 4;
        value = lead & 0x07u;
    } else if (lead >= 0xE0) {
        length = 3;
        value = lead & 0x0Fu;
    } else if (lead >= 0xC0) {
        length = 2;
        value = lead & 0x1Fu;
    } else if (lead >= 0x80) {
        ++offset;
        return U'\uFFFD';
    }
    if (offset + length > text.size()) {
        ++offset;
        return U'\uFFFD';
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(offset + i);
        if ((next & 0xC0u) != 0x80u) {
            ++offset;
            return U'\uFFFD';
        }
        value = (value << 6) | (next & 0x3Fu);
    }
    offset += length;
    return value;
}

char32_t code_point_before(std::string_view text, std::size_t offset) {
    if (offset == 0) return U'\uFFFD';
    std::size_t start = offset - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u &&
           offset - start < 4)
        --start;
    std::size_t cursor = start;
    const char32_t c = decode_utf8(text, cursor);
    return cursor == offset ? c : U'\uFFFD';
}

}  // namespace briefbook::para
