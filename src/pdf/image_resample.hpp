#pragma once
// Downsampling images for a resolution cap: the pixel size an image needs where the book places
// it, an area-averaging (box) scaler in exact integer arithmetic, so that the same image gives
// the same pixels on every machine, and whether a PNG is a photo. No PoDoFo, no codec.

#include <cstdint>

#include "pdf/image_decode.hpp"

namespace briefbook::pdf {

/// A size in pixels.
struct PixelSize {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    friend bool operator==(const PixelSize&, const PixelSize&) = default;
};

/// The size an image of `pixels` needs to be drawn `placed_width` x `placed_height` points large
/// at no more than `max_ppi` pixels per inch, its aspect ratio kept: `pixels` itself when it has
/// no more than that (or when `max_ppi` is 0, or nothing is placed). Rounded up, so the result
/// never falls below the cap; at least 1 x 1.
[[nodiscard]] PixelSize capped_size(PixelSize pixels, double placed_width, double placed_height,
                                    unsigned max_ppi);

/// Scales `image` down to `size` (no larger than the image in either direction) by area
/// averaging: each output pixel is the mean of the source area it covers, source pixels cut by
/// its edges counted by the fraction inside. With an alpha channel, colours are weighted by their
/// alpha, so the colour of fully transparent pixels does not bleed into the edges around them.
[[nodiscard]] DecodedImage resample(const DecodedImage& image, PixelSize size);

/// Whether a decoded PNG is a photo, to be re-encoded as JPEG when downsampled: opaque, with more
/// than 4096 distinct colours (counted on at most a million pixels, evenly spread). Logos, charts
/// and screenshots have far fewer, even with anti-aliased edges; an image with transparency or in
/// shades of grey is never one (it stays lossless).
[[nodiscard]] bool looks_like_photo(const DecodedImage& image);

}  // namespace briefbook::pdf
