#include "render/exif_orientation.hpp"

namespace briefbook::render {

namespace {

constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint16_t kShortType = 3;
constexpr std::size_t kHeaderBytes = 6;  // "Exif\0\0"
constexpr std::size_t kEntryBytes = 12;

/// Reads the TIFF structure in its byte order; every read is checked against the end.
class TiffReader {
  public:
    TiffReader(std::span<const unsigned char> tiff, bool big_endian)
        : tiff_(tiff), big_endian_(big_endian) {}

    [[nodiscard]] bool has(std::size_t offset, std::size_t bytes) const {
        return offset <= tiff_.size() && bytes <= tiff_.size() - offset;
    }
    [[nodiscard]] std::uint16_t u16(std::size_t offset) const {
        const unsigned a = tiff_[offset], b = tiff_[offset + 1];
        return static_cast<std::uint16_t>(big_endian_ ? (a << 8) | b : (b << 8) | a);
    }
    [[nodiscard]] std::uint32_t u32(std::size_t offset) const {
        const std::uint32_t high = u16(offset), low = u16(offset + 2);
        return big_endian_ ? (high << 16) | low : (low << 16) | high;
    }

  private:
    std::span<const unsigned char> tiff_;
    bool big_endian_;
};

}  // namespace

Orientation exif_orientation(std::span<const unsigned char> payload) {
    static constexpr unsigned char kHeader[kHeaderBytes] = {'E', 'x', 'i', 'f', 0, 0};
    if (payload.size() < kHeaderBytes + 8) return Orientation::kUpright;
    for (std::size_t i = 0; i < kHeaderBytes; ++i)
        if (payload[i] != kHeader[i]) return Orientation::kUpright;
    const std::span<const unsigned char> tiff = payload.subspan(kHeaderBytes);
    bool big_endian = false;
    if (tiff[0] == 'M' && tiff[1] == 'M')
        big_endian = true;
    else if (tiff[0] != 'I' || tiff[1] != 'I')
        return Orientation::kUpright;
    const TiffReader reader(tiff, big_endian);
    if (reader.u16(2) != 42) return Orientation::kUpright;
    // IFD0, the main image's directory: a count, then 12-byte entries (tag, type, count, value).
    const std::size_t directory = reader.u32(4);
    if (!reader.has(directory, 2)) return Orientation::kUpright;
    const std::size_t entries = reader.u16(directory);
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t entry = directory + 2 + i * kEntryBytes;
        if (!reader.has(entry, kEntryBytes)) break;
        if (reader.u16(entry) != kOrientationTag) continue;
        if (reader.u16(entry + 2) != kShortType || reader.u32(entry + 4) != 1) break;
        const std::uint16_t value = reader.u16(entry + 8);  // a SHORT sits at the value's start
        if (value >= 1 && value <= 8) return static_cast<Orientation>(value);
        break;
    }
    return Orientation::kUpright;
}

}  // namespace briefbook::render
