#include "model/decode_text.hpp"

#include <cstdint>
#include <cstdio>

#include "model/utf8.hpp"
#include "model/xml_source.hpp"

namespace briefbook::model {

namespace {

std::uint8_t byte_at(std::string_view text, std::size_t i) { return static_cast<std::uint8_t>(text[i]); }

bool starts_with_bytes(std::string_view text, std::initializer_list<std::uint8_t> prefix) {
    if (text.size() < prefix.size()) return false;
    std::size_t i = 0;
    for (const auto b : prefix) {
        if (byte_at(text, i++) != b) return false;
    }
    return true;
}

std::string hex(std::uint32_t value, int digits) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*X", digits, value);
    return buffer;
}

/// UTF-16 with or without a byte order mark (`skip` bytes of it) to UTF-8.
std::optional<std::string> decode_utf16(std::string_view bytes, bool big_endian, std::size_t skip,
                                        const std::string& file, Diagnostics& diagnostics) {
    if ((bytes.size() - skip) % 2 != 0) {
        diagnostics.error({file, {}}, "encoding.invalid", "invalid UTF-16 (an odd number of bytes)");
        return std::nullopt;
    }
    const auto unit_at = [&](std::size_t i) -> std::uint16_t {
        const auto first = byte_at(bytes, i);
        const auto second = byte_at(bytes, i + 1);
        return static_cast<std::uint16_t>(big_endian ? (first << 8) | second : (second << 8) | first);
    };
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = skip; i < bytes.size(); i += 2) {
        char32_t c = unit_at(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size() && unit_at(i + 2) >= 0xDC00 &&
            unit_at(i + 2) <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (unit_at(i + 2) - 0xDC00);
            i += 2;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            diagnostics.error({file, XmlSource(out).position_at(out.size())}, "encoding.invalid",
                              "invalid UTF-16 (unpaired surrogate 0x" + hex(c, 4) + ")");
            return std::nullopt;
        }
        append_utf8(out, c);
    }
    return out;
}

/// XML 1.0 Char production: no C0 controls but tab, line feed and carriage return; no U+FFFE/FFFF.
bool is_xml_char(char32_t c) {
    if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
    return c != 0xFFFE && c != 0xFFFF;
}

/// Reports the first character XML forbids; returns false when there is one.
bool check_xml_chars(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = next_code_point(text, i);
        if (!is_xml_char(c)) {
            diagnostics.error({file, XmlSource(std::string(text)).position_at(start)}, "xml.bad-char",
                              "character U+" + hex(c, 4) + " is not allowed in XML");
            return false;
        }
    }
    return true;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::uint8_t lead = byte_at(text, i);
        std::size_t length = 0;
        std::uint8_t min_second = 0x80;
        std::uint8_t max_second = 0xBF;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) min_second = 0xA0;  // overlong
            if (lead == 0xED) max_second = 0x9F;  // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) min_second = 0x90;  // overlong
            if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const std::uint8_t b = byte_at(text, i + k);
            const std::uint8_t low = k == 1 ? min_second : 0x80;
            const std::uint8_t high = k == 1 ? max_second : 0xBF;
            if (b < low || b > high) return i;
        }
        i += length;
    }
    return std::nullopt;
}

std::optional<DecodedText> decode_text(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    DecodedText decoded;
    if (starts_with_bytes(bytes, {0x00, 0x00, 0xFE, 0xFF}) || starts_with_bytes(bytes, {0xFF, 0xFE, 0x00, 0x00})) {
        diagnostics.error({file, {}}, "encoding.unsupported", "the file is UTF-32: save it as UTF-8");
        return std::nullopt;
    }
    // UTF-16: a byte order mark, or the '<' of the XML declaration next to a zero byte.
    const bool utf16_be = starts_with_bytes(bytes, {0xFE, 0xFF}) || starts_with_bytes(bytes, {0x00, '<'});
    const bool utf16_le = starts_with_bytes(bytes, {0xFF, 0xFE}) || starts_with_bytes(bytes, {'<', 0x00});
    if (utf16_be || utf16_le) {
        const std::size_t bom = byte_at(bytes, 0) == 0xFE || byte_at(bytes, 0) == 0xFF ? 2 : 0;
        auto text = decode_utf16(bytes, utf16_be, bom, file, diagnostics);
        if (!text) return std::nullopt;
        diagnostics.warning({file, {}}, "encoding.utf16",
                            "the file is UTF-16; it was read, but briefings should be saved as UTF-8");
        decoded.utf8 = std::move(*text);
        decoded.encoding = SourceEncoding::kUtf16;
    } else {
        if (starts_with_bytes(bytes, {0xEF, 0xBB, 0xBF})) bytes.remove_prefix(3);
        if (const auto bad = find_invalid_utf8(bytes)) {
            diagnostics.error({file, XmlSource(std::string(bytes)).position_at(*bad)}, "encoding.invalid",
                              "invalid UTF-8 (byte 0x" + hex(byte_at(bytes, *bad), 2) +
                                  "): briefings must be saved as UTF-8");
            return std::nullopt;
        }
        decoded.utf8 = std::string(bytes);
    }
    if (!check_xml_chars(decoded.utf8, file, diagnostics)) return std::nullopt;
    return decoded;
}

}  // namespace briefbook::model
