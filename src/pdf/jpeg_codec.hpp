#pragma once
// Decoding and encoding JPEG with libjpeg(-turbo), for the images the writer downsamples. Images
// that keep their resolution never come here: their bytes go into the PDF untouched.

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "pdf/image_decode.hpp"
#include "pdf/image_resample.hpp"

namespace briefbook::pdf {

/// Decodes a greyscale or colour JPEG (baseline or progressive) to 8-bit grey or RGB. When
/// `at_least` is smaller than the image, libjpeg's DCT scaling (1/2, 1/4, 1/8) decodes it
/// directly at a smaller size that keeps at least twice `at_least` (or the full size), which is
/// faster and lighter than decoding every pixel; the caller area-averages the rest. CMYK JPEGs
/// and frames larger than `max_pixels` are refused (an ImageProblem).
[[nodiscard]] std::variant<DecodedImage, ImageProblem> decode_jpeg(std::string_view bytes,
                                                                   std::uint64_t max_pixels,
                                                                   PixelSize at_least);

/// Encodes `image` (1 or 3 channels; alpha is ignored) as a baseline JPEG at `quality` (1-100):
/// optimized Huffman tables, 4:2:0 chroma, the accurate integer DCT, so the same pixels always
/// give the same bytes. Throws briefbook::Error ("image.encode-failed") if libjpeg fails.
[[nodiscard]] std::string encode_jpeg(const DecodedImage& image, int quality);

}  // namespace briefbook::pdf
