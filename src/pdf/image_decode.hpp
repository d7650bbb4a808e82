#pragma once
// Reading image files for embedding: a JPEG's frame header (the data itself goes into the PDF
// untouched), and PNG decoded with libpng into 8-bit pixels plus an alpha channel. No PoDoFo.

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace briefbook::pdf {

/// Why an image cannot be embedded: a stable code ("image.corrupt", "image.unsupported",
/// "image.too-large") and one sentence.
struct ImageProblem {
    std::string code;
    std::string message;
};

/// What a PDF image dictionary needs to know about a JPEG file.
struct JpegInfo {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int components = 0;          ///< 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK
    bool inverted_cmyk = false;  ///< an Adobe APP14 marker on a 4-component image: stored inverted
};

/// Reads the SOF marker of a JPEG. Refuses what readers cannot decode from DCTDecode reliably
/// (arithmetic coding, lossless, 12-bit samples) and frames larger than `max_pixels`.
[[nodiscard]] std::variant<JpegInfo, ImageProblem> read_jpeg_info(std::string_view bytes,
                                                                  std::uint64_t max_pixels);

/// A decoded image: 8 bits per sample, rows top to bottom, no padding.
struct DecodedImage {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int channels = 0;    ///< 1 (grey) or 3 (RGB)
    std::string pixels;  ///< width * height * channels bytes
    std::string alpha;   ///< width * height bytes, or empty when every pixel is opaque
};

/// Decodes a PNG of any colour type and bit depth (palette, grey, 16-bit, tRNS, alpha) to 8-bit
/// sRGB or grey. The declared size is checked against `max_pixels` before any pixel is decoded.
[[nodiscard]] std::variant<DecodedImage, ImageProblem> decode_png(std::string_view bytes,
                                                                  std::uint64_t max_pixels);

/// Applies the PNG Paeth predictor to every row (each row gets its filter-type byte), the form
/// /DecodeParms << /Predictor 15 >> undoes: photographs compress markedly better this way.
[[nodiscard]] std::string png_predict(std::string_view samples, std::uint32_t width,
                                      std::uint32_t height, int channels);

}  // namespace briefbook::pdf
