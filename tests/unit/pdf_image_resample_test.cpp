// Downsampling for --max-size: the size a placement needs, the area-averaging scaler, and the JPEG
// decoder and encoder the downsampled photos go through.

#include "pdf/image_resample.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

#include "pdf/jpeg_codec.hpp"
#include "pdf_test_document.hpp"

namespace briefbook::pdf {
namespace {

constexpr std::uint64_t kLimit = 50'000'000;

/// An RGB image whose pixel (x, y) is `colour(x, y)`.
template <typename Colour>
DecodedImage rgb_image(std::uint32_t width, std::uint32_t height, Colour colour) {
    DecodedImage image;
    image.width = width;
    image.height = height;
    image.channels = 3;
    for (std::uint32_t y = 0; y < height; ++y)
        for (std::uint32_t x = 0; x < width; ++x) {
            const std::array<int, 3> rgb = colour(x, y);
            for (int c : rgb) image.pixels.push_back(static_cast<char>(c));
        }
    return image;
}

int sample(const DecodedImage& image, std::uint32_t x, std::uint32_t y, int channel) {
    return static_cast<unsigned char>(
        image.pixels[(std::size_t{y} * image.width + x) * static_cast<std::size_t>(image.channels) +
                     static_cast<std::size_t>(channel)]);
}

double mean(const DecodedImage& image, int channel) {
    double sum = 0;
    for (std::uint32_t y = 0; y < image.height; ++y)
        for (std::uint32_t x = 0; x < image.width; ++x) sum += sample(image, x, y, channel);
    return sum / (double{1} * image.width * image.height);
}

TEST(PdfImageResample, CappedSizeIsWhatThePlacementNeedsAtTheCap) {
    // 3000 x 4000 pixels placed 1 x 1.333 inch: 300 ppi needs 300 x 400.
    EXPECT_EQ(capped_size({3000, 4000}, 72, 96, 300), (PixelSize{300, 400}));
    // Already within the cap, no cap, nothing placed: as it is.
    EXPECT_EQ(capped_size({200, 100}, 72, 36, 300), (PixelSize{200, 100}));
    EXPECT_EQ(capped_size({3000, 4000}, 72, 96, 0), (PixelSize{3000, 4000}));
    EXPECT_EQ(capped_size({3000, 4000}, 0, 0, 300), (PixelSize{3000, 4000}));
    // Drawn stretched: the direction that needs more pixels decides, the aspect ratio is kept.
    EXPECT_EQ(capped_size({1000, 1000}, 144, 36, 100), (PixelSize{200, 200}));
    // Rounded up, never below the cap, never below one pixel.
    EXPECT_EQ(capped_size({1000, 1000}, 0.72, 0.72, 10), (PixelSize{1, 1}));
    EXPECT_EQ(capped_size({1000, 3}, 7.2, 7.2, 10),
              (PixelSize{334, 1}));  // 1 row of 3: a third of each
    EXPECT_EQ(capped_size({1001, 1001}, 72, 72, 100), (PixelSize{100, 100}));
    EXPECT_EQ(capped_size({999, 333}, 72, 24, 100), (PixelSize{100, 34}));
}

TEST(PdfImageResample, FourByFourBlocksAverageToTheirMean) {
    // A one-pixel checkerboard of black and white, 400 x 400 to 100 x 100: every output pixel
    // covers eight of each, 127.5, rounded half up.
    const auto board = rgb_image(400, 400, [](std::uint32_t x, std::uint32_t y) {
        const int v = (x + y) % 2 ? 255 : 0;
        return std::array<int, 3>{v, v, v};
    });
    const DecodedImage small = resample(board, {100, 100});
    ASSERT_EQ(small.width, 100u);
    ASSERT_EQ(small.height, 100u);
    ASSERT_EQ(small.pixels.size(), 100u * 100u * 3u);
    EXPECT_TRUE(small.alpha.empty());
    for (std::uint32_t y = 0; y < 100; ++y)
        for (std::uint32_t x = 0; x < 100; ++x)
            ASSERT_EQ(sample(small, x, y, 1), 128) << x << "," << y;
}

TEST(PdfImageResample, KeepsTheAverageColourAndWhereItIs) {
    // Left half red, right half blue, a green square in the top-left quarter.
    const auto image = rgb_image(400, 400, [](std::uint32_t x, std::uint32_t y) {
        if (x < 200 && y < 200) return std::array<int, 3>{0, 255, 0};
        return x < 200 ? std::array<int, 3>{255, 0, 0} : std::array<int, 3>{0, 0, 255};
    });
    const DecodedImage small = resample(image, {100, 100});
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(mean(small, c), mean(image, c), 0.01) << c;
    EXPECT_EQ(sample(small, 10, 10, 1), 255);  // green stays where it was
    EXPECT_EQ(sample(small, 10, 90, 0), 255);  // red bottom left
    EXPECT_EQ(sample(small, 90, 50, 2), 255);  // blue right
}

TEST(PdfImageResample, PixelsCutByAnEdgeCountByTheFractionInside) {
    // 3 pixels to 2: each output pixel covers one and a half source pixels.
    const auto row = rgb_image(3, 1, [](std::uint32_t x, std::uint32_t) {
        const int v = x == 1 ? 255 : 0;
        return std::array<int, 3>{v, v, v};
    });
    const DecodedImage two = resample(row, {2, 1});
    EXPECT_EQ(sample(two, 0, 0, 0), 85);  // (0 x 1 + 255 x 0.5) / 1.5
    EXPECT_EQ(sample(two, 1, 0, 0), 85);
    // An odd size that divides nothing: the mean is kept.
    const auto ramp = rgb_image(97, 61, [](std::uint32_t x, std::uint32_t y) {
        return std::array<int, 3>{static_cast<int>(x * 255 / 96), static_cast<int>(y * 4), 77};
    });
    const DecodedImage scaled = resample(ramp, {13, 7});
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(mean(scaled, c), mean(ramp, c), 0.5) << c;
}

TEST(PdfImageResample, TransparentPixelsLendNoColour) {
    // A transparent red pixel beside an opaque blue one: the edge is half-covered blue, not purple.
    DecodedImage image;
    image.width = 2;
    image.height = 1;
    image.channels = 3;
    image.pixels = std::string("\xFF\x00\x00\x00\x00\xFF", 6);
    image.alpha = std::string("\x00\xFF", 2);
    const DecodedImage one = resample(image, {1, 1});
    EXPECT_EQ(sample(one, 0, 0, 0), 0);
    EXPECT_EQ(sample(one, 0, 0, 2), 255);
    ASSERT_EQ(one.alpha.size(), 1u);
    EXPECT_EQ(static_cast<unsigned char>(one.alpha[0]), 128);
    // An image that becomes opaque loses its alpha.
    image.alpha = std::string("\xFF\xFF", 2);
    EXPECT_TRUE(resample(image, {1, 1}).alpha.empty());
}

TEST(PdfImageResample, PhotosHaveManyColoursLogosFew) {
    // Smooth gradients with grain: a photo.
    const auto photo = rgb_image(300, 200, [](std::uint32_t x, std::uint32_t y) {
        return std::array<int, 3>{static_cast<int>(x * 255 / 299), static_cast<int>(y * 255 / 199),
                                  static_cast<int>((x * 7 + y * 13) % 64)};
    });
    EXPECT_TRUE(looks_like_photo(photo));
    // A two-colour logo with a blended, anti-aliased edge: not one.
    const auto logo = rgb_image(400, 300, [](std::uint32_t x, std::uint32_t y) {
        const int edge = static_cast<int>(x) - static_cast<int>(y);
        const int t = std::clamp(edge + 8, 0, 16) * 255 / 16;  // 17 blends of the two colours
        return std::array<int, 3>{20 + t * 200 / 255, 60, 160 - t * 100 / 255};
    });
    EXPECT_FALSE(looks_like_photo(logo));
    // A photo with transparency stays lossless, so it is never one.
    DecodedImage with_alpha = photo;
    with_alpha.alpha.assign(std::size_t{300} * 200, '\x80');
    EXPECT_FALSE(looks_like_photo(with_alpha));
}

TEST(PdfJpegCodec, EncodesBaselineAndDecodesBack) {
    const auto image = rgb_image(64, 48, [](std::uint32_t x, std::uint32_t y) {
        return std::array<int, 3>{static_cast<int>(x * 4), static_cast<int>(y * 5), 128};
    });
    const std::string jpeg = encode_jpeg(image, 85);
    EXPECT_EQ(jpeg, encode_jpeg(image, 85)) << "the same pixels give the same bytes";
    const auto info = read_jpeg_info(jpeg, kLimit);
    ASSERT_TRUE(std::holds_alternative<JpegInfo>(info));
    EXPECT_EQ(std::get<JpegInfo>(info).width, 64u);
    EXPECT_EQ(std::get<JpegInfo>(info).components, 3);
    EXPECT_EQ(static_cast<unsigned char>(jpeg[jpeg.find("\xFF\xC0") + 1]), 0xC0u) << "baseline";

    const auto decoded = decode_jpeg(jpeg, kLimit, {64, 48});
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(decoded));
    const DecodedImage& back = std::get<DecodedImage>(decoded);
    ASSERT_EQ(back.width, 64u);
    ASSERT_EQ(back.height, 48u);
    for (std::uint32_t y = 0; y < 48; y += 7)
        for (std::uint32_t x = 0; x < 64; x += 9)
            for (int c = 0; c < 3; ++c)
                EXPECT_NEAR(sample(back, x, y, c), sample(image, x, y, c), 12) << x << "," << y;
}

TEST(PdfJpegCodec, DecodesAtAReducedScaleKeepingTwiceWhatIsAsked) {
    const auto image = rgb_image(800, 600, [](std::uint32_t x, std::uint32_t y) {
        return std::array<int, 3>{static_cast<int>(x % 256), static_cast<int>(y % 256), 0};
    });
    const std::string jpeg = encode_jpeg(image, 90);
    const auto quarter = decode_jpeg(jpeg, kLimit, {100, 75});
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(quarter));
    EXPECT_EQ(std::get<DecodedImage>(quarter).width, 200u);  // 1/4: 200 x 150 >= 2 x 100 x 75
    EXPECT_EQ(std::get<DecodedImage>(quarter).height, 150u);
    const auto full = decode_jpeg(jpeg, kLimit, {500, 10});
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(full));
    EXPECT_EQ(std::get<DecodedImage>(full).width, 800u);
}

TEST(PdfJpegCodec, DecodesGreyAndRefusesCmykAndDamage) {
    const auto grey =
        decode_jpeg(testing::read_file(testing::image_dir() / "grey.jpg"), kLimit, {1, 1});
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(grey));
    EXPECT_EQ(std::get<DecodedImage>(grey).channels, 1);
    const auto cmyk =
        decode_jpeg(testing::read_file(testing::image_dir() / "cmyk.jpg"), kLimit, {1, 1});
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(cmyk));
    EXPECT_EQ(std::get<ImageProblem>(cmyk).code, "image.unsupported");
    const auto garbage =
        decode_jpeg(std::string("\xFF\xD8\xFF\xE0 not really", 15), kLimit, {1, 1});
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(garbage));
    EXPECT_EQ(std::get<ImageProblem>(garbage).code, "image.corrupt");
}

}  // namespace
}  // namespace briefbook::pdf
