#include "pdf/image_decode.hpp"

#include <png.h>

#include <cstdlib>
#include <vector>

namespace briefbook::pdf {

namespace {

ImageProblem too_large(std::uint32_t width, std::uint32_t height, std::uint64_t max_pixels) {
    return {"image.too-large", "image of " + std::to_string(width) + " x " +
                                   std::to_string(height) + " pixels exceeds the limit of " +
                                   std::to_string(max_pixels) + " pixels"};
}

std::uint32_t be16(std::string_view bytes, std::size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 8) |
           static_cast<unsigned char>(bytes[at + 1]);
}

/// Owns a libpng simplified-API reader (png_image_free releases what begin_read allocated).
class PngImage {
  public:
    PngImage() {
        image_.version = PNG_IMAGE_VERSION;
        image_.opaque = nullptr;
    }
    ~PngImage() { png_image_free(&image_); }
    PngImage(const PngImage&) = delete;
    PngImage& operator=(const PngImage&) = delete;
    png_image* get() { return &image_; }

  private:
    png_image image_{};
};

}  // namespace

std::variant<JpegInfo, ImageProblem> read_jpeg_info(std::string_view bytes,
                                                    std::uint64_t max_pixels) {
    const ImageProblem truncated{"image.corrupt", "JPEG data ends before its frame header"};
    if (bytes.size() < 4 || be16(bytes, 0) != 0xFFD8)
        return ImageProblem{"image.corrupt", "not a JPEG file"};
    JpegInfo info;
    bool adobe = false;
    std::size_t at = 2;
    for (;;) {
        while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) != 0xFF) ++at;  // resync
        while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF)
            ++at;  // fill bytes
        if (at >= bytes.size()) return truncated;
        const unsigned marker = static_cast<unsigned char>(bytes[at++]);
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue;  // no length
        if (marker == 0xD9 || marker == 0xDA)
            return truncated;  // end of image / scan before a frame
        if (at + 2 > bytes.size()) return truncated;
        const std::size_t length = be16(bytes, at);
        if (length < 2 || at + length > bytes.size()) return truncated;
        const std::string_view segment = bytes.substr(at + 2, length - 2);
        at += length;

        if (marker == 0xEE && segment.size() >= 12 && segment.substr(0, 5) == "Adobe") adobe = true;
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (!frame) continue;
        if (marker >= 0xC9)
            return ImageProblem{"image.unsupported",
                                "arithmetic-coded JPEG is not supported; re-save it as baseline"};
        if (marker == 0xC3 || marker == 0xC7)
            return ImageProblem{"image.unsupported",
                                "lossless JPEG is not supported; re-save it as baseline"};
        if (segment.size() < 6) return truncated;
        const auto precision = static_cast<unsigned char>(segment[0]);
        info.height = be16(segment, 1);
        info.width = be16(segment, 3);
        info.components = static_cast<unsigned char>(segment[5]);
        if (precision != 8)
            return ImageProblem{"image.unsupported",
                                std::to_string(precision) + "-bit JPEG is not supported"};
        if (info.width == 0 || info.height == 0)
            return ImageProblem{"image.unsupported",
                                "JPEG without a declared height (DNL) is not supported"};
        if (info.components != 1 && info.components != 3 && info.components != 4)
            return ImageProblem{"image.unsupported", "JPEG with " +
                                                         std::to_string(info.components) +
                                                         " colour components is not supported"};
        if (std::uint64_t{info.width} * info.height > max_pixels)
            return too_large(info.width, info.height, max_pixels);
        // The Adobe marker may come after the frame header in some files; look on to the scan.
        bool scan = false;
        while (at + 4 <= bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) {
            const unsigned next = static_cast<unsigned char>(bytes[at + 1]);
            if (next == 0xDA) {
                scan = true;
                break;
            }
            const std::size_t next_length = be16(bytes, at + 2);
            if (next == 0xEE && at + 2 + next_length <= bytes.size() && next_length >= 14 &&
                bytes.substr(at + 4, 5) == "Adobe")
                adobe = true;
            at += 2 + next_length;
        }
        // The data goes into the PDF undecoded, so check at least that it is complete: a scan
        // and, after it, the end-of-image marker a truncated download lacks.
        const std::size_t end = bytes.rfind("\xFF\xD9");
        if (!scan || end == std::string_view::npos || end < at)
            return ImageProblem{"image.corrupt",
                                "JPEG data is incomplete (no end-of-image marker)"};
        // Photoshop writes CMYK JPEGs with inverted samples and says so with the Adobe marker.
        info.inverted_cmyk = adobe && info.components == 4;
        return info;
    }
}

std::variant<DecodedImage, ImageProblem> decode_png(std::string_view bytes,
                                                    std::uint64_t max_pixels) {
    PngImage reader;
    png_image* image = reader.get();
    if (!png_image_begin_read_from_memory(image, bytes.data(), bytes.size()))
        return ImageProblem{"image.corrupt", std::string("cannot read PNG: ") + image->message};
    if (std::uint64_t{image->width} * image->height > max_pixels)
        return too_large(image->width, image->height, max_pixels);

    // A 16-bit PNG without gAMA or sRGB is sRGB-encoded, as viewers and browsers take it; by
    // default libpng takes it for linear light and lightens it. (Set after the header is read,
    // which resets the flags.)
    image->flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
    const bool color = (image->format & PNG_FORMAT_FLAG_COLOR) != 0;
    const bool has_alpha = (image->format & PNG_FORMAT_FLAG_ALPHA) != 0;
    // 8-bit sRGB output: libpng expands palettes, low bit depths and tRNS, and reduces 16-bit
    // samples with the right gamma.
    image->format = color ? (has_alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB)
                          : (has_alpha ? PNG_FORMAT_GA : PNG_FORMAT_GRAY);
    std::string buffer(PNG_IMAGE_SIZE(*image), '\0');
    if (!png_image_finish_read(image, nullptr, buffer.data(), 0, nullptr))
        return ImageProblem{"image.corrupt", std::string("cannot decode PNG: ") + image->message};

    DecodedImage decoded;
    decoded.width = image->width;
    decoded.height = image->height;
    decoded.channels = color ? 3 : 1;
    if (!has_alpha) {
        decoded.pixels = std::move(buffer);
        return decoded;
    }
    const std::size_t count = std::size_t{decoded.width} * decoded.height;
    const std::size_t stride = static_cast<std::size_t>(decoded.channels) + 1;
    decoded.pixels.reserve(count * static_cast<std::size_t>(decoded.channels));
    decoded.alpha.reserve(count);
    bool opaque = true;
    for (std::size_t i = 0; i < count; ++i) {
        decoded.pixels.append(buffer, i * stride, stride - 1);
        decoded.alpha.push_back(buffer[i * stride + stride - 1]);
        opaque = opaque && static_cast<unsigned char>(buffer[i * stride + stride - 1]) == 0xFF;
    }
    if (opaque) decoded.alpha.clear();
    return decoded;
}

std::string png_predict(std::string_view samples, std::uint32_t width, std::uint32_t height,
                        int channels) {
    const std::size_t bpp = static_cast<std::size_t>(channels);
    const std::size_t row = std::size_t{width} * bpp;
    std::string out;
    out.reserve((row + 1) * height);
    for (std::uint32_t y = 0; y < height; ++y) {
        out.push_back(4);  // Paeth
        const auto* current = reinterpret_cast<const unsigned char*>(samples.data()) + y * row;
        const unsigned char* above = y > 0 ? current - row : nullptr;
        for (std::size_t x = 0; x < row; ++x) {
            const int a = x >= bpp ? current[x - bpp] : 0;
            const int b = above ? above[x] : 0;
            const int c = (above && x >= bpp) ? above[x - bpp] : 0;
            const int p = a + b - c;
            const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
            const int predicted = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
            out.push_back(static_cast<char>((current[x] - predicted) & 0xFF));
        }
    }
    return out;
}

}  // namespace briefbook::pdf
