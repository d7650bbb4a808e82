#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <string>

#include "render/image_probe.hpp"

namespace briefbook::render {
namespace {

std::filesystem::path write_bytes(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() / ("briefbook-probe-" + std::to_string(getpid()) + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string png_header(std::uint32_t width, std::uint32_t height) {
    std::string out("\x89PNG\r\n\x1a\n", 8);
    out += std::string("\0\0\0\x0dIHDR", 8);
    for (std::uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
    out += std::string("\x08\x06\0\0\0", 5);
    return out;
}

TEST(ImageProbe, ReadsAPngSizeFromItsHeader) {
    std::string problem;
    const auto asset = probe_image(write_bytes("a.png", png_header(640, 480)), problem);
    ASSERT_TRUE(asset) << problem;
    EXPECT_EQ(asset->kind, ImageAsset::Kind::kPng);
    EXPECT_EQ(asset->pixel_width, 640u);
    EXPECT_EQ(asset->pixel_height, 480u);
}

TEST(ImageProbe, ReadsAJpegSizeFromItsFrameHeaderAfterOtherMarkers) {
    // SOI, an APP0 segment of 16 bytes, then SOF2 (progressive): height 300, width 200.
    std::string jpeg("\xFF\xD8", 2);
    jpeg += std::string("\xFF\xE0\x00\x10", 4) + std::string(14, 'j');
    jpeg += std::string("\xFF\xC2\x00\x11\x08\x01\x2C\x00\xC8\x03", 10) + std::string(9, '\0');
    std::string problem;
    const auto asset = probe_image(write_bytes("b.jpg", jpeg), problem);
    ASSERT_TRUE(asset) << problem;
    EXPECT_EQ(asset->kind, ImageAsset::Kind::kJpeg);
    EXPECT_EQ(asset->pixel_width, 200u);
    EXPECT_EQ(asset->pixel_height, 300u);
}

TEST(ImageProbe, AJpegsExifOrientationGivesItsUprightSize) {
    // SOI, APP1 "Exif" (big-endian TIFF, IFD0 with Orientation = 6), SOF0: height 300, width 200.
    std::string app1("Exif\0\0MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0", 32);
    std::string jpeg("\xFF\xD8\xFF\xE1", 4);
    jpeg += static_cast<char>(0), jpeg += static_cast<char>(app1.size() + 2);
    jpeg += app1;
    jpeg += std::string("\xFF\xC0\x00\x11\x08\x01\x2C\x00\xC8\x03", 10) + std::string(9, '\0');
    std::string problem;
    const auto asset = probe_image(write_bytes("f.jpg", jpeg), problem);
    ASSERT_TRUE(asset) << problem;
    EXPECT_EQ(asset->orientation, Orientation::kTurnedRight);
    EXPECT_EQ(asset->pixel_width, 200u);  // as stored
    EXPECT_EQ(asset->upright_width(), 300u);
    EXPECT_EQ(asset->upright_height(), 200u);
}

TEST(ImageProbe, SaysWhyItCannotUseAFile) {
    std::string problem;
    EXPECT_FALSE(probe_image("/nonexistent/photo.jpg", problem));
    EXPECT_EQ(problem, "cannot read the image file");
    EXPECT_FALSE(probe_image(write_bytes("c.png", "GIF89a........"), problem));
    EXPECT_EQ(problem, "not a PNG or JPEG image");
    EXPECT_FALSE(probe_image(write_bytes("d.jpg", std::string("\xFF\xD8\xFF\xE0\x00", 5)), problem));
    EXPECT_EQ(problem, "truncated or damaged JPEG header");
    EXPECT_FALSE(probe_image(write_bytes("e.png", png_header(0, 10)), problem));
}

}  // namespace
}  // namespace briefbook::render
