#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/exif_orientation.hpp"

namespace briefbook::render {
namespace {

/// An APP1 payload: "Exif\0\0", a TIFF header in the given byte order, and IFD0 with the entries
/// (tag, type, count, value) given.
struct Entry {
    std::uint16_t tag, type;
    std::uint32_t count;
    std::uint16_t value;
};

std::vector<unsigned char> exif(bool big_endian, const std::vector<Entry>& entries) {
    std::vector<unsigned char> out = {'E', 'x', 'i', 'f', 0, 0};
    const auto u16 = [&](std::uint16_t v) {
        if (big_endian)
            out.insert(out.end(),
                       {static_cast<unsigned char>(v >> 8), static_cast<unsigned char>(v)});
        else
            out.insert(out.end(),
                       {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8)});
    };
    const auto u32 = [&](std::uint32_t v) {
        if (big_endian)
            u16(static_cast<std::uint16_t>(v >> 16)), u16(static_cast<std::uint16_t>(v));
        else
            u16(static_cast<std::uint16_t>(v)), u16(static_cast<std::uint16_t>(v >> 16));
    };
    out.push_back(big_endian ? 'M' : 'I');
    out.push_back(big_endian ? 'M' : 'I');
    u16(42);
    u32(8);  // IFD0 right after the header
    u16(static_cast<std::uint16_t>(entries.size()));
    for (const Entry& e : entries) {
        u16(e.tag), u16(e.type), u32(e.count), u16(e.value), u16(0);
    }
    u32(0);  // no next directory
    return out;
}

TEST(ExifOrientation, ReadsTheTagInEitherByteOrder) {
    for (bool big_endian : {false, true}) {
        for (std::uint16_t value = 1; value <= 8; ++value) {
            // The orientation after other tags (Make, XResolution), as cameras write them.
            const auto payload =
                exif(big_endian, {{0x010F, 2, 4, 0}, {0x0112, 3, 1, value}, {0x011A, 5, 1, 0}});
            EXPECT_EQ(static_cast<int>(exif_orientation(payload)), value)
                << (big_endian ? "MM " : "II ") << value;
        }
    }
}

TEST(ExifOrientation, AnythingDoubtfulLeavesThePictureAsStored) {
    EXPECT_EQ(exif_orientation(exif(false, {})), Orientation::kUpright);  // no tag
    EXPECT_EQ(exif_orientation(exif(false, {{0x0112, 3, 1, 9}})),
              Orientation::kUpright);  // no such value
    EXPECT_EQ(exif_orientation(exif(false, {{0x0112, 4, 1, 6}})),
              Orientation::kUpright);  // not a SHORT
    auto not_exif = exif(false, {{0x0112, 3, 1, 6}});
    not_exif[0] = 'X';
    EXPECT_EQ(exif_orientation(not_exif), Orientation::kUpright);
    auto wrong_magic = exif(true, {{0x0112, 3, 1, 6}});
    wrong_magic[9] = 41;
    EXPECT_EQ(exif_orientation(wrong_magic), Orientation::kUpright);
    // Cut anywhere, or with a directory offset past the end: never read beyond the segment.
    const auto whole = exif(false, {{0x010F, 2, 4, 0}, {0x0112, 3, 1, 6}});
    for (std::size_t size = 0; size < whole.size(); ++size) {
        const std::vector<unsigned char> cut(whole.begin(),
                                             whole.begin() + static_cast<std::ptrdiff_t>(size));
        const Orientation found = exif_orientation(cut);
        EXPECT_TRUE(found == Orientation::kUpright || found == Orientation::kTurnedRight) << size;
    }
    auto far = exif(false, {{0x0112, 3, 1, 6}});
    far[10] = 0xFF, far[11] = 0xFF, far[12] = 0xFF, far[13] = 0x7F;
    EXPECT_EQ(exif_orientation(far), Orientation::kUpright);
}

TEST(ExifOrientation, TurnsOfAQuarterSwapTheSides) {
    for (int value = 1; value <= 8; ++value)
        EXPECT_EQ(swaps_sides(static_cast<Orientation>(value)), value >= 5) << value;
}

}  // namespace
}  // namespace briefbook::render
