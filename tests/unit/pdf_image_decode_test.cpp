// Reading the test images: JPEG frame headers, PNG of every colour type, and refusals.

#include "pdf/image_decode.hpp"

#include <gtest/gtest.h>

#include "pdf_test_document.hpp"

namespace briefbook::pdf {
namespace {

constexpr std::uint64_t kLimit = 50'000'000;

std::string image(const char* name) {
    return testing::read_file(testing::image_dir() / name);
}

TEST(PdfImageDecode, JpegFrameHeaders) {
    const auto photo = read_jpeg_info(image("photo.jpg"), kLimit);
    ASSERT_TRUE(std::holds_alternative<JpegInfo>(photo));
    EXPECT_EQ(std::get<JpegInfo>(photo).width, 64u);
    EXPECT_EQ(std::get<JpegInfo>(photo).height, 48u);
    EXPECT_EQ(std::get<JpegInfo>(photo).components, 3);
    EXPECT_FALSE(std::get<JpegInfo>(photo).inverted_cmyk);

    const auto grey = read_jpeg_info(image("grey.jpg"), kLimit);
    ASSERT_TRUE(std::holds_alternative<JpegInfo>(grey));
    EXPECT_EQ(std::get<JpegInfo>(grey).components, 1);

    const auto cmyk = read_jpeg_info(image("cmyk.jpg"), kLimit);
    ASSERT_TRUE(std::holds_alternative<JpegInfo>(cmyk));
    EXPECT_EQ(std::get<JpegInfo>(cmyk).components, 4);
    EXPECT_TRUE(std::get<JpegInfo>(cmyk).inverted_cmyk);

    EXPECT_TRUE(std::holds_alternative<JpegInfo>(read_jpeg_info(image("progressive.jpg"), kLimit)));
}

TEST(PdfImageDecode, BrokenOrHugeJpegsAreRefused) {
    const auto truncated = read_jpeg_info(image("truncated.jpg"), kLimit);
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(truncated));
    EXPECT_EQ(std::get<ImageProblem>(truncated).code, "image.corrupt");
    const auto large = read_jpeg_info(image("photo.jpg"), 64 * 48 - 1);
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(large));
    EXPECT_EQ(std::get<ImageProblem>(large).code, "image.too-large");
    EXPECT_TRUE(std::holds_alternative<ImageProblem>(read_jpeg_info("\xFF\xD8", kLimit)));
}

TEST(PdfImageDecode, RgbaPngSplitsItsAlpha) {
    const auto decoded = decode_png(image("logo-rgba.png"), kLimit);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(decoded));
    const auto& d = std::get<DecodedImage>(decoded);
    EXPECT_EQ(d.channels, 3);
    EXPECT_EQ(d.pixels.size(), 48u * 32u * 3u);
    ASSERT_EQ(d.alpha.size(), 48u * 32u);
    EXPECT_EQ(static_cast<unsigned char>(d.alpha[0]), 0u);        // the transparent corner
    EXPECT_EQ(static_cast<unsigned char>(d.alpha.back()), 255u);  // opaque elsewhere
    EXPECT_EQ(static_cast<unsigned char>(d.pixels[d.pixels.size() - 1]), 160u);
}

TEST(PdfImageDecode, PaletteWithTransparencyExpandsToRgbAndAlpha) {
    const auto decoded = decode_png(image("palette.png"), kLimit);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(decoded));
    const auto& d = std::get<DecodedImage>(decoded);
    EXPECT_EQ(d.channels, 3);
    EXPECT_EQ(d.alpha.size(), 40u * 20u);
    EXPECT_EQ(d.pixels.substr(0, 3), std::string("\xC8\x00\x00", 3));  // index 1: red
    EXPECT_EQ(static_cast<unsigned char>(d.alpha[20 * 40 - 1]), 0u);   // index 0: transparent
}

TEST(PdfImageDecode, GreyAndSixteenBitPngs) {
    const auto grey = decode_png(image("grey.png"), kLimit);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(grey));
    EXPECT_EQ(std::get<DecodedImage>(grey).channels, 1);
    EXPECT_TRUE(std::get<DecodedImage>(grey).alpha.empty());

    const auto deep = decode_png(image("deep16.png"), kLimit);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(deep));
    const auto& d = std::get<DecodedImage>(deep);
    EXPECT_EQ(d.channels, 3);
    EXPECT_EQ(d.pixels.size(), 16u * 16u * 3u);
    // The last pixel is (60000, 60000, 30000) of 65535: 8-bit samples near 233, 233, 117.
    EXPECT_NEAR(static_cast<unsigned char>(d.pixels[d.pixels.size() - 3]), 233, 2);
    EXPECT_NEAR(static_cast<unsigned char>(d.pixels.back()), 117, 2);
}

TEST(PdfImageDecode, CorruptAndBombPngsAreRefusedBeforeDecoding) {
    const auto corrupt = decode_png(image("corrupt.png"), kLimit);
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(corrupt));
    EXPECT_EQ(std::get<ImageProblem>(corrupt).code, "image.corrupt");
    const auto bomb = decode_png(image("bomb.png"), kLimit);
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(bomb));
    EXPECT_EQ(std::get<ImageProblem>(bomb).code, "image.too-large");
    EXPECT_NE(std::get<ImageProblem>(bomb).message.find("100000 x 100000"), std::string::npos);
}

TEST(PdfImageDecode, PaethPredictionStartsEachRowWithItsFilterType) {
    const std::string samples = {10, 20, 30, 40, 10, 20, 30, 40};  // 2 rows of 4 grey pixels
    const std::string predicted = png_predict(samples, 4, 2, 1);
    ASSERT_EQ(predicted.size(), 10u);
    EXPECT_EQ(predicted[0], 4);
    EXPECT_EQ(predicted.substr(1, 4), std::string({10, 10, 10, 10}));  // left neighbour
    EXPECT_EQ(predicted[5], 4);
    EXPECT_EQ(predicted.substr(6, 4), std::string(4, '\0'));  // same as above
}

}  // namespace
}  // namespace briefbook::pdf
