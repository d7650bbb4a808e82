#include "pdf/jpeg_codec.hpp"

// jpeglib.h needs size_t and FILE declared first.
#include <csetjmp>
#include <cstddef>
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>

#include "briefbook/diagnostics.hpp"

namespace briefbook::pdf {

namespace {

/// libjpeg's error handler, turned from exit() into a longjmp back to the guarded call, with the
/// message kept. Warnings (corrupt but decodable data) are not printed.
struct ErrorManager {
    jpeg_error_mgr manager{};
    std::jmp_buf jump{};
    char message[JMSG_LENGTH_MAX] = {};

    ErrorManager() {
        jpeg_std_error(&manager);
        manager.error_exit = [](j_common_ptr info) {
            auto* self = reinterpret_cast<ErrorManager*>(info->err);
            (*info->err->format_message)(info, self->message);
            std::longjmp(self->jump, 1);
        };
        manager.output_message = [](j_common_ptr) {};
    }
};

/// Runs `body`, which calls libjpeg, with a longjmp target for its errors; false when libjpeg
/// failed. `body` must hold no object with a destructor while it calls libjpeg (a longjmp would
/// skip it): the C++ objects live in the callers, around the guarded calls.
template <typename Body>
bool guarded(ErrorManager& error, Body&& body) {
    if (setjmp(error.jump) != 0) return false;
    body();
    return true;
}

/// Owns a decompressor (jpeg_destroy is safe on a struct that was never created: it is zeroed).
struct Decompressor {
    jpeg_decompress_struct info{};
    ErrorManager error;
    Decompressor() { info.err = &error.manager; }
    ~Decompressor() { jpeg_destroy_decompress(&info); }
    Decompressor(const Decompressor&) = delete;
    Decompressor& operator=(const Decompressor&) = delete;
};

/// Owns a compressor and the memory libjpeg writes into (jpeg_mem_dest reallocates it with malloc
/// and leaves it to the caller to free).
struct Compressor {
    jpeg_compress_struct info{};
    ErrorManager error;
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    Compressor() { info.err = &error.manager; }
    ~Compressor() {
        jpeg_destroy_compress(&info);
        std::free(buffer);
    }
    Compressor(const Compressor&) = delete;
    Compressor& operator=(const Compressor&) = delete;
};

ImageProblem decode_problem(const ErrorManager& error) {
    return {"image.corrupt", std::string("cannot decode JPEG: ") + error.message};
}

/// The largest DCT scaling denominator (8, 4, 2 or 1) that keeps at least twice `at_least` (or the
/// full size, when that is less) in both directions.
unsigned scale_denominator(PixelSize full, PixelSize at_least) {
    const auto keeps = [&](std::uint32_t length, std::uint32_t wanted, unsigned denominator) {
        const std::uint64_t scaled = (std::uint64_t{length} + denominator - 1) / denominator;
        return scaled >= std::min<std::uint64_t>(length, std::uint64_t{wanted} * 2);
    };
    for (unsigned denominator : {8u, 4u, 2u})
        if (keeps(full.width, at_least.width, denominator) &&
            keeps(full.height, at_least.height, denominator))
            return denominator;
    return 1;
}

}  // namespace

std::variant<DecodedImage, ImageProblem> decode_jpeg(std::string_view bytes,
                                                     std::uint64_t max_pixels, PixelSize at_least) {
    Decompressor d;
    jpeg_decompress_struct* info = &d.info;
    if (!guarded(d.error, [&] {
            jpeg_create_decompress(info);
            jpeg_mem_src(info, reinterpret_cast<const unsigned char*>(bytes.data()),
                         static_cast<unsigned long>(bytes.size()));
            (void)jpeg_read_header(info, TRUE);
        }))
        return decode_problem(d.error);
    if (info->num_components != 1 && info->num_components != 3)
        return ImageProblem{"image.unsupported",
                            "only greyscale and colour JPEGs can be downsampled, not " +
                                std::to_string(info->num_components) + "-component ones"};
    if (std::uint64_t{info->image_width} * info->image_height > max_pixels)
        return ImageProblem{"image.too-large", "JPEG exceeds the pixel limit"};

    info->out_color_space = info->num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    info->dct_method = JDCT_ISLOW;
    info->scale_num = 1;
    info->scale_denom = scale_denominator({info->image_width, info->image_height}, at_least);
    if (!guarded(d.error, [&] { (void)jpeg_start_decompress(info); }))
        return decode_problem(d.error);

    DecodedImage image;
    image.width = info->output_width;
    image.height = info->output_height;
    image.channels = info->output_components;
    const std::size_t row = std::size_t{image.width} * static_cast<std::size_t>(image.channels);
    image.pixels.resize(row * image.height);
    auto* pixels = reinterpret_cast<unsigned char*>(image.pixels.data());
    if (!guarded(d.error, [&] {
            while (info->output_scanline < info->output_height) {
                JSAMPROW target = pixels + std::size_t{info->output_scanline} * row;
                (void)jpeg_read_scanlines(info, &target, 1);
            }
            (void)jpeg_finish_decompress(info);
        }))
        return decode_problem(d.error);
    return image;
}

std::string encode_jpeg(const DecodedImage& image, int quality) {
    Compressor c;
    jpeg_compress_struct* info = &c.info;
    const auto* pixels = reinterpret_cast<const unsigned char*>(image.pixels.data());
    const std::size_t row = std::size_t{image.width} * static_cast<std::size_t>(image.channels);
    const bool ok = guarded(c.error, [&] {
        jpeg_create_compress(info);
        jpeg_mem_dest(info, &c.buffer, &c.size);
        info->image_width = image.width;
        info->image_height = image.height;
        info->input_components = image.channels;
        info->in_color_space = image.channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
        jpeg_set_defaults(info);  // YCbCr with 2x2 chroma subsampling for colour
        jpeg_set_quality(info, quality, TRUE);
        info->optimize_coding = TRUE;
        info->dct_method = JDCT_ISLOW;
        jpeg_start_compress(info, TRUE);
        while (info->next_scanline < info->image_height) {
            // libjpeg's API takes non-const rows; it only reads them.
            JSAMPROW source =
                const_cast<unsigned char*>(pixels + std::size_t{info->next_scanline} * row);
            (void)jpeg_write_scanlines(info, &source, 1);
        }
        jpeg_finish_compress(info);
    });
    if (!ok)
        throw Error(std::string("cannot encode a downsampled image as JPEG: ") + c.error.message,
                    "image.encode-failed");
    return std::string(reinterpret_cast<const char*>(c.buffer), c.size);
}

}  // namespace briefbook::pdf
