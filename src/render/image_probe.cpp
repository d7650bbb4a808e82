#include "render/image_probe.hpp"

#include <array>
#include <fstream>
#include <vector>

namespace briefbook::render {

namespace {

std::uint32_t big_endian(const unsigned char* p, int bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) value = (value << 8) | p[i];
    return value;
}

constexpr std::array<unsigned char, 8> kPngSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

/// PNG: the IHDR chunk comes first, right after the signature.
std::optional<ImageAsset> probe_png(const std::vector<unsigned char>& head, std::string& problem) {
    if (head.size() < 24 || big_endian(&head[12], 4) != 0x49484452 /* IHDR */) {
        problem = "truncated PNG header";
        return std::nullopt;
    }
    ImageAsset asset;
    asset.kind = ImageAsset::Kind::kPng;
    asset.pixel_width = big_endian(&head[16], 4);
    asset.pixel_height = big_endian(&head[20], 4);
    return asset;
}

/// JPEG: walk the markers to the first start-of-frame (SOF0..SOF15 but DHT, JPG and DAC),
/// reading the EXIF orientation from the APP1 segments before it.
std::optional<ImageAsset> probe_jpeg(std::ifstream& in, std::string& problem) {
    constexpr unsigned char kApp1 = 0xE1;
    Orientation orientation = Orientation::kUpright;
    in.seekg(2);
    for (int guard = 0; guard < 1000 && in; ++guard) {
        unsigned char marker[4];
        if (!in.read(reinterpret_cast<char*>(marker), 2)) break;
        if (marker[0] != 0xFF) break;
        while (marker[1] == 0xFF && in.read(reinterpret_cast<char*>(&marker[1]), 1)) {}
        const unsigned char code = marker[1];
        if (code == 0xD8 || (code >= 0xD0 && code <= 0xD7) || code == 0x01) continue;  // no length
        if (!in.read(reinterpret_cast<char*>(marker), 2)) break;
        const std::uint32_t length = big_endian(marker, 2);
        if (length < 2) break;
        const bool sof = code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
        if (sof) {
            unsigned char frame[5];
            if (!in.read(reinterpret_cast<char*>(frame), 5)) break;
            ImageAsset asset;
            asset.kind = ImageAsset::Kind::kJpeg;
            asset.pixel_height = big_endian(&frame[1], 2);
            asset.pixel_width = big_endian(&frame[3], 2);
            asset.orientation = orientation;
            return asset;
        }
        if (code == kApp1 && orientation == Orientation::kUpright) {
            std::vector<unsigned char> payload(length - 2);
            if (!in.read(reinterpret_cast<char*>(payload.data()), static_cast<std::streamsize>(payload.size())))
                break;
            orientation = exif_orientation(payload);
            continue;
        }
        in.seekg(length - 2, std::ios::cur);
    }
    problem = "truncated or damaged JPEG header";
    return std::nullopt;
}

}  // namespace

std::optional<ImageAsset> probe_image(const std::filesystem::path& file, std::string& problem) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problem = "cannot read the image file";
        return std::nullopt;
    }
    std::vector<unsigned char> head(32);
    in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    std::optional<ImageAsset> asset;
    if (head.size() >= 8 && std::equal(kPngSignature.begin(), kPngSignature.end(), head.begin())) {
        asset = probe_png(head, problem);
    } else if (head.size() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) {
        asset = probe_jpeg(in, problem);
    } else {
        problem = "not a PNG or JPEG image";
    }
    if (asset && (asset->pixel_width == 0 || asset->pixel_height == 0)) {
        problem = "the image declares no pixels";
        return std::nullopt;
    }
    if (asset) asset->path = file.string();
    return asset;
}

}  // namespace briefbook::render
