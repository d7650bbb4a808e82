#pragma once
// The EXIF orientation of a JPEG: cameras and phones store the pixels as the sensor read them
// and record in EXIF how to turn them to be seen upright. Every browser and image viewer honours
// it, so a portrait photo from a phone must be drawn turned, or it lies on its side in the book.

#include <cstdint>
#include <span>

namespace briefbook::render {

/// EXIF orientation values (TIFF tag 0x0112): how the stored pixels are to be turned.
enum class Orientation : std::uint8_t {
    kUpright = 1,      ///< as stored
    kMirrored = 2,     ///< flipped left to right
    kUpsideDown = 3,   ///< turned 180°
    kFlipped = 4,      ///< flipped top to bottom
    kTransposed = 5,   ///< mirrored across the diagonal from the top-left corner
    kTurnedRight = 6,  ///< turned 90° clockwise
    kTransverse = 7,   ///< mirrored across the other diagonal
    kTurnedLeft = 8,   ///< turned 90° anticlockwise
};

/// True when the upright image's width is the stored height.
[[nodiscard]] constexpr bool swaps_sides(Orientation orientation) {
    return static_cast<int>(orientation) >= 5;
}

/// The orientation recorded in a JPEG APP1 segment (`payload`: the bytes after the marker's
/// length, starting "Exif\0\0"). kUpright when the segment is not EXIF, has no orientation, or is
/// damaged: a wrong guess would turn a good photo, so anything doubtful leaves it as stored.
[[nodiscard]] Orientation exif_orientation(std::span<const unsigned char> payload);

}  // namespace briefbook::render
