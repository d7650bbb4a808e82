#include "pdf/to_unicode.hpp"

#include <algorithm>
#include <vector>

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

namespace {

/// A CMap section holds at most 100 entries (PDF 32000-1 9.7.5.4).
constexpr std::size_t kMaxEntries = 100;

std::string code_hex(std::uint16_t code) {
    const char bytes[2] = {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
    return "<" + hex_upper(std::string_view(bytes, 2)) + ">";
}

std::string text_hex(const std::u32string& text) {
    return "<" + hex_upper(encode_utf16be(text)) + ">";
}

struct Range {
    std::uint16_t first = 0;
    std::uint16_t last = 0;
    std::u32string first_text;
};

/// Whether `code` mapping to `text` continues `range`: the next code (same high byte, which a
/// bfrange may not cross) for the next character in the Basic Multilingual Plane.
bool extends(const Range& range, std::uint16_t code, const std::u32string& text) {
    if (code != range.last + 1 || (code >> 8) != (range.first >> 8)) return false;
    if (text.size() != 1 || range.first_text.size() != 1) return false;
    const char32_t expected = range.first_text[0] + static_cast<char32_t>(code - range.first);
    // The low 16 bits of a bfrange destination may not overflow into the next 256-character block.
    return text[0] == expected && expected <= 0xFFFF &&
           (expected & 0xFF00) == (range.first_text[0] & 0xFF00);
}

void write_sections(std::string& out, const std::vector<std::string>& entries, const char* kind) {
    for (std::size_t start = 0; start < entries.size(); start += kMaxEntries) {
        const std::size_t count = std::min(kMaxEntries, entries.size() - start);
        out += std::to_string(count) + " begin" + kind + "\n";
        for (std::size_t i = start; i < start + count; ++i) out += entries[i] + "\n";
        out += std::string("end") + kind + "\n";
    }
}

}  // namespace

std::string to_unicode_cmap(const std::map<std::uint16_t, std::u32string>& text_of_code) {
    std::vector<Range> ranges;
    for (const auto& [code, text] : text_of_code) {
        if (!ranges.empty() && extends(ranges.back(), code, text)) {
            ranges.back().last = code;
        } else {
            ranges.push_back(Range{code, code, text});
        }
    }
    std::vector<std::string> chars;
    std::vector<std::string> spans;
    for (const Range& range : ranges) {
        if (range.first == range.last) {
            chars.push_back(code_hex(range.first) + " " + text_hex(range.first_text));
        } else {
            spans.push_back(code_hex(range.first) + " " + code_hex(range.last) + " " +
                            text_hex(range.first_text));
        }
    }

    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    write_sections(out, chars, "bfchar");
    write_sections(out, spans, "bfrange");
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

}  // namespace briefbook::pdf
