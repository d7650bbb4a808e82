#include "pdf/image_resample.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <unordered_set>
#include <vector>

namespace briefbook::pdf {

namespace {

constexpr double kPointsPerInch = 72.0;

/// Distinct colours above which an opaque PNG is taken for a photo (re-encoded as JPEG when
/// downsampled): logos, charts and screenshots have far fewer, even with anti-aliased edges.
constexpr std::size_t kPhotoColours = 4096;

/// At most this many pixels are looked at to count colours: a sample of a photo that large still
/// has far more than kPhotoColours, and a 50-megapixel logo is not scanned whole.
constexpr std::size_t kPhotoSamplePixels = 1'000'000;

/// Which source pixels one output pixel covers along one axis, and by how much. In units of
/// 1/`to` of a source pixel, source pixel i spans [i*to, (i+1)*to) and output pixel o spans
/// [o*from, (o+1)*from): every overlap is a whole number and the weights of one output pixel add
/// up to `from`, so the arithmetic is exact.
struct AxisWeights {
    struct Span {
        std::uint32_t first = 0;  ///< first source pixel
        std::uint32_t count = 0;  ///< source pixels covered
        std::size_t offset = 0;   ///< into `weights`
    };
    std::vector<Span> spans;  ///< one per output pixel
    std::vector<std::uint64_t> weights;

    AxisWeights(std::uint32_t from, std::uint32_t to) {
        spans.reserve(to);
        for (std::uint64_t o = 0; o < to; ++o) {
            const std::uint64_t begin = o * from, end = (o + 1) * from;
            Span span;
            span.first = static_cast<std::uint32_t>(begin / to);
            span.offset = weights.size();
            for (std::uint64_t i = span.first; i * to < end; ++i) {
                const std::uint64_t overlap = std::min((i + 1) * to, end) - std::max(i * to, begin);
                weights.push_back(overlap);
                ++span.count;
            }
            spans.push_back(span);
        }
    }
};

/// Area-weighted sums of one source row, per output column: `channels` colour sums, then (when
/// the image has alpha) the alpha sum, colours weighted by alpha.
void sum_row(const unsigned char* pixels, const unsigned char* alpha, int channels,
             const AxisWeights& columns, std::vector<std::uint64_t>& sums) {
    const std::size_t stride = static_cast<std::size_t>(channels) + (alpha ? 1 : 0);
    const auto c_count = static_cast<std::size_t>(channels);
    std::fill(sums.begin(), sums.end(), 0);
    for (std::size_t o = 0; o < columns.spans.size(); ++o) {
        const auto& span = columns.spans[o];
        std::uint64_t* out = sums.data() + o * stride;
        for (std::uint32_t k = 0; k < span.count; ++k) {
            const std::size_t x = span.first + k;
            const std::uint64_t w = columns.weights[span.offset + k];
            const unsigned char* p = pixels + x * c_count;
            if (alpha) {
                const std::uint64_t wa = w * alpha[x];
                for (std::size_t c = 0; c < c_count; ++c) out[c] += wa * p[c];
                out[c_count] += wa;
            } else {
                for (std::size_t c = 0; c < c_count; ++c) out[c] += w * p[c];
            }
        }
    }
}

unsigned char rounded_quotient(std::uint64_t sum, std::uint64_t total) {
    return static_cast<unsigned char>(std::min<std::uint64_t>(255, (sum + total / 2) / total));
}

}  // namespace

PixelSize capped_size(PixelSize pixels, double placed_width, double placed_height,
                      unsigned max_ppi) {
    if (max_ppi == 0 || pixels.width == 0 || pixels.height == 0) return pixels;
    if (!(placed_width > 0) && !(placed_height > 0)) return pixels;
    const double needed_width = std::max(0.0, placed_width) / kPointsPerInch * max_ppi;
    const double needed_height = std::max(0.0, placed_height) / kPointsPerInch * max_ppi;
    const double scale = std::max(needed_width / pixels.width, needed_height / pixels.height);
    if (!(scale < 1.0)) return pixels;
    // Up to the next whole pixel, but not for the last bits of floating-point noise.
    const auto side = [scale](std::uint32_t length) {
        const double scaled = std::ceil(length * scale - 1e-6);
        return static_cast<std::uint32_t>(std::clamp(scaled, 1.0, static_cast<double>(length)));
    };
    return {side(pixels.width), side(pixels.height)};
}

bool looks_like_photo(const DecodedImage& image) {
    if (!image.alpha.empty()) return false;  // JPEG has no alpha: keep it lossless with its SMask
    const auto* p = reinterpret_cast<const unsigned char*>(image.pixels.data());
    const std::size_t count = std::size_t{image.width} * image.height;
    const std::size_t step = std::max<std::size_t>(1, count / kPhotoSamplePixels);
    std::unordered_set<std::uint32_t> colours;
    for (std::size_t i = 0; i < count; i += step) {
        const unsigned char* pixel = p + i * static_cast<std::size_t>(image.channels);
        const std::uint32_t colour =
            image.channels == 1
                ? pixel[0]
                : (std::uint32_t{pixel[0]} << 16) | (std::uint32_t{pixel[1]} << 8) | pixel[2];
        if (colours.insert(colour).second && colours.size() > kPhotoColours) return true;
    }
    return false;
}

DecodedImage resample(const DecodedImage& image, PixelSize size) {
    assert(size.width >= 1 && size.height >= 1);
    assert(size.width <= image.width && size.height <= image.height);
    const bool has_alpha = !image.alpha.empty();
    const auto channels = static_cast<std::size_t>(image.channels);
    const std::size_t stride = channels + (has_alpha ? 1 : 0);
    const AxisWeights columns(image.width, size.width);
    const AxisWeights rows(image.height, size.height);
    const std::uint64_t total = std::uint64_t{image.width} * image.height;

    DecodedImage out;
    out.width = size.width;
    out.height = size.height;
    out.channels = image.channels;
    out.pixels.reserve(std::size_t{size.width} * size.height * channels);
    if (has_alpha) out.alpha.reserve(std::size_t{size.width} * size.height);

    const auto* pixels = reinterpret_cast<const unsigned char*>(image.pixels.data());
    const auto* alpha = reinterpret_cast<const unsigned char*>(image.alpha.data());
    std::vector<std::uint64_t> row_sums(std::size_t{size.width} * stride);
    std::vector<std::uint64_t> sums(row_sums.size());
    bool opaque = true;
    for (const auto& span : rows.spans) {
        // Each source row is summed once per output row it falls in: at most twice.
        std::fill(sums.begin(), sums.end(), 0);
        for (std::uint32_t k = 0; k < span.count; ++k) {
            const std::size_t y = span.first + k;
            const std::uint64_t w = rows.weights[span.offset + k];
            sum_row(pixels + y * image.width * channels,
                    has_alpha ? alpha + y * image.width : nullptr, image.channels, columns,
                    row_sums);
            for (std::size_t i = 0; i < sums.size(); ++i) sums[i] += w * row_sums[i];
        }
        for (std::size_t x = 0; x < size.width; ++x) {
            const std::uint64_t* s = sums.data() + x * stride;
            if (!has_alpha) {
                for (std::size_t c = 0; c < channels; ++c)
                    out.pixels.push_back(static_cast<char>(rounded_quotient(s[c], total)));
                continue;
            }
            const std::uint64_t coverage = s[channels];  // sum of weight x alpha
            for (std::size_t c = 0; c < channels; ++c)
                out.pixels.push_back(
                    static_cast<char>(coverage == 0 ? 0 : rounded_quotient(s[c], coverage)));
            const unsigned char a = rounded_quotient(coverage, total);
            opaque = opaque && a == 0xFF;
            out.alpha.push_back(static_cast<char>(a));
        }
    }
    if (opaque) out.alpha.clear();
    return out;
}

}  // namespace briefbook::pdf
