#include "pdf/cff_charset.hpp"

#include <cstddef>

namespace briefbook::pdf {

namespace {

/// Bounds-checked big-endian reads over the table (Adobe Technical Note #5176, "The Compact Font
/// Format Specification").
class Reader {
  public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    [[nodiscard]] bool has(std::size_t offset, std::size_t length) const {
        return offset <= bytes_.size() && length <= bytes_.size() - offset;
    }
    [[nodiscard]] std::uint32_t byte(std::size_t offset) const {
        return static_cast<unsigned char>(bytes_[offset]);
    }
    /// An unsigned big-endian number of `size` (1..4) bytes.
    [[nodiscard]] std::uint32_t number(std::size_t offset, std::size_t size) const {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < size; ++i) value = (value << 8) | byte(offset + i);
        return value;
    }
    [[nodiscard]] std::string_view slice(std::size_t offset, std::size_t length) const {
        return bytes_.substr(offset, length);
    }

  private:
    std::string_view bytes_;
};

/// An INDEX: `count` objects. Returns the offset just past it, or nothing when it is damaged.
struct Index {
    std::size_t end = 0;
    std::vector<std::string_view> items;
};

std::optional<Index> read_index(const Reader& in, std::size_t offset) {
    if (!in.has(offset, 2)) return std::nullopt;
    Index index;
    const std::uint32_t count = in.number(offset, 2);
    if (count == 0) {
        index.end = offset + 2;
        return index;
    }
    if (!in.has(offset + 2, 1)) return std::nullopt;
    const std::size_t off_size = in.byte(offset + 2);
    if (off_size < 1 || off_size > 4) return std::nullopt;
    const std::size_t offsets = offset + 3;
    if (!in.has(offsets, (count + 1) * off_size)) return std::nullopt;
    const std::size_t data = offsets + (count + 1) * off_size - 1;  // offsets count from 1
    std::uint32_t previous = in.number(offsets, off_size);
    for (std::uint32_t i = 1; i <= count; ++i) {
        const std::uint32_t next = in.number(offsets + i * off_size, off_size);
        if (next < previous || !in.has(data + previous, next - previous)) return std::nullopt;
        index.items.push_back(in.slice(data + previous, next - previous));
        previous = next;
    }
    index.end = data + previous;
    return index;
}

/// The operators of a Top DICT the writer needs: charset offset, CharStrings offset, ROS.
struct TopDict {
    std::size_t charset = 0;  // 0, 1, 2 are the predefined ISOAdobe, Expert, ExpertSubset charsets
    std::size_t char_strings = 0;
    bool ros = false;
};

std::optional<TopDict> read_top_dict(std::string_view dict) {
    const Reader in(dict);
    TopDict top;
    std::vector<double> operands;
    std::size_t at = 0;
    while (at < dict.size()) {
        const std::uint32_t b0 = in.byte(at);
        if (b0 <= 21) {  // an operator
            std::uint32_t op = b0;
            ++at;
            if (b0 == 12) {
                if (!in.has(at, 1)) return std::nullopt;
                op = 1200 + in.byte(at++);
            }
            const double first = operands.empty() ? 0.0 : operands.front();
            if (op == 15) top.charset = static_cast<std::size_t>(first);
            if (op == 17) top.char_strings = static_cast<std::size_t>(first);
            if (op == 1230) top.ros = true;
            operands.clear();
        } else if (b0 == 28) {
            if (!in.has(at + 1, 2)) return std::nullopt;
            operands.push_back(static_cast<std::int16_t>(in.number(at + 1, 2)));
            at += 3;
        } else if (b0 == 29) {
            if (!in.has(at + 1, 4)) return std::nullopt;
            operands.push_back(static_cast<std::int32_t>(in.number(at + 1, 4)));
            at += 5;
        } else if (b0 == 30) {  // a real: nibbles up to an 0xf nibble; its value is not needed
            ++at;
            while (at < dict.size() && (in.byte(at) & 0x0f) != 0x0f && (in.byte(at) >> 4) != 0x0f)
                ++at;
            ++at;
            operands.push_back(0.0);
        } else if (b0 >= 32 && b0 <= 246) {
            operands.push_back(static_cast<double>(static_cast<int>(b0) - 139));
            at += 1;
        } else if (b0 >= 247 && b0 <= 250) {
            if (!in.has(at + 1, 1)) return std::nullopt;
            operands.push_back((static_cast<int>(b0) - 247) * 256 +
                               static_cast<int>(in.byte(at + 1)) + 108);
            at += 2;
        } else if (b0 >= 251 && b0 <= 254) {
            if (!in.has(at + 1, 1)) return std::nullopt;
            operands.push_back(-(static_cast<int>(b0) - 251) * 256 -
                               static_cast<int>(in.byte(at + 1)) - 108);
            at += 2;
        } else {
            return std::nullopt;  // 22..27, 31, 255 are reserved
        }
    }
    return top;
}

bool read_charset(const Reader& in, std::size_t offset, std::size_t glyph_count,
                  std::vector<std::uint16_t>& out) {
    out.assign(1, 0);  // glyph 0 is .notdef, CID 0, and is not stored
    if (!in.has(offset, 1)) return false;
    const std::uint32_t format = in.byte(offset);
    std::size_t at = offset + 1;
    if (format == 0) {
        while (out.size() < glyph_count) {
            if (!in.has(at, 2)) return false;
            out.push_back(static_cast<std::uint16_t>(in.number(at, 2)));
            at += 2;
        }
        return true;
    }
    if (format != 1 && format != 2) return false;
    const std::size_t left_size = format == 1 ? 1 : 2;
    while (out.size() < glyph_count) {
        if (!in.has(at, 2 + left_size)) return false;
        const std::uint32_t first = in.number(at, 2);
        const std::uint32_t left = in.number(at + 2, left_size);
        at += 2 + left_size;
        for (std::uint32_t i = 0; i <= left && out.size() < glyph_count; ++i)
            out.push_back(static_cast<std::uint16_t>(first + i));
    }
    return true;
}

}  // namespace

std::optional<CffCharset> read_cff_charset(std::string_view cff) {
    const Reader in(cff);
    if (!in.has(0, 4) || in.byte(0) != 1) return std::nullopt;  // CFF version 1 only
    const auto names = read_index(in, in.byte(2));
    if (!names) return std::nullopt;
    const auto top_dicts = read_index(in, names->end);
    if (!top_dicts || top_dicts->items.empty()) return std::nullopt;
    const auto top = read_top_dict(top_dicts->items.front());
    if (!top || top->char_strings == 0) return std::nullopt;
    const auto char_strings = read_index(in, top->char_strings);
    if (!char_strings || char_strings->items.empty()) return std::nullopt;

    CffCharset result;
    result.cid_keyed = top->ros;
    const std::size_t glyph_count = char_strings->items.size();
    if (top->charset <= 2) {
        // A predefined charset; only meaningful for name-keyed fonts, whose codes are glyph ids.
        if (result.cid_keyed) return std::nullopt;
        result.cid_of_glyph.resize(glyph_count);
        for (std::size_t i = 0; i < glyph_count; ++i)
            result.cid_of_glyph[i] = static_cast<std::uint16_t>(i);
        return result;
    }
    if (!read_charset(in, top->charset, glyph_count, result.cid_of_glyph)) return std::nullopt;
    return result;
}

}  // namespace briefbook::pdf
