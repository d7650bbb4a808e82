#include "pdf/images.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <variant>

#include "pdf/image_decode.hpp"
#include "pdf/image_resample.hpp"
#include "pdf/jpeg_codec.hpp"

namespace briefbook::pdf {

using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;

namespace {

/// Image files larger than this are refused unread: no photo in a briefing book needs it.
constexpr std::uintmax_t kMaxFileBytes = 256u << 20;

enum class FileKind { kUnknown, kJpeg, kPng };

/// The format the bytes say, whatever the file name or the asset's kind claims.
FileKind sniff(std::string_view bytes) {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xFF\xD8\xFF") return FileKind::kJpeg;
    if (bytes.size() >= 8 && bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n") return FileKind::kPng;
    return FileKind::kUnknown;
}

std::variant<std::string, ImageProblem> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return ImageProblem{"image.unreadable", "cannot open image file"};
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) return ImageProblem{"image.unreadable", "cannot read image file"};
    if (static_cast<std::uintmax_t>(size) > kMaxFileBytes)
        return ImageProblem{"image.too-large", "image file is larger than " +
                                                   std::to_string(kMaxFileBytes >> 20) + " MB"};
    in.seekg(0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), size))
        return ImageProblem{"image.unreadable", "cannot read image file"};
    return bytes;
}

void add_size(PdfDictionary& d, std::uint32_t width, std::uint32_t height) {
    d.AddKey(PdfName::KeySubtype, PdfName("Image"));
    d.AddKey("Width", integer(static_cast<std::int64_t>(width)));
    d.AddKey("Height", integer(static_cast<std::int64_t>(height)));
    d.AddKey("BitsPerComponent", integer(8));
}

PdfObject* write_jpeg(PoDoFo::PdfVecObjects& objects, const std::string& bytes,
                      const JpegInfo& info) {
    PdfObject* image = objects.CreateObject("XObject");
    PdfDictionary& d = image->GetDictionary();
    add_size(d, info.width, info.height);
    d.AddKey("ColorSpace", PdfName(info.components == 1   ? "DeviceGray"
                                   : info.components == 3 ? "DeviceRGB"
                                                          : "DeviceCMYK"));
    if (info.inverted_cmyk) {
        PoDoFo::PdfArray decode;
        for (int i = 0; i < 4; ++i) {
            decode.push_back(integer(1));
            decode.push_back(integer(0));
        }
        d.AddKey("Decode", decode);
    }
    set_encoded_stream(*image, bytes, "DCTDecode");
    return image;
}

/// One Flate image of 8-bit samples, Paeth-predicted when compressed.
PdfObject* write_samples(PoDoFo::PdfVecObjects& objects, const std::string& samples,
                         std::uint32_t width, std::uint32_t height, int channels, bool compress) {
    PdfObject* image = objects.CreateObject("XObject");
    PdfDictionary& d = image->GetDictionary();
    add_size(d, width, height);
    d.AddKey("ColorSpace", PdfName(channels == 1 ? "DeviceGray" : "DeviceRGB"));
    if (!compress) {
        set_stream(*image, samples, false);
        return image;
    }
    set_stream(*image, png_predict(samples, width, height, channels), true);
    PdfDictionary parms;
    parms.AddKey("Predictor", integer(15));
    parms.AddKey("Colors", integer(static_cast<std::int64_t>(channels)));
    parms.AddKey("BitsPerComponent", integer(8));
    parms.AddKey("Columns", integer(static_cast<std::int64_t>(width)));
    d.AddKey("DecodeParms", parms);
    return image;
}

PdfObject* write_png(PoDoFo::PdfVecObjects& objects, const DecodedImage& decoded, bool compress) {
    PdfObject* image = write_samples(objects, decoded.pixels, decoded.width, decoded.height,
                                     decoded.channels, compress);
    if (!decoded.alpha.empty()) {
        const PdfObject* mask =
            write_samples(objects, decoded.alpha, decoded.width, decoded.height, 1, compress);
        image->GetDictionary().AddKey("SMask", mask->Reference());
    }
    return image;
}

JpegInfo info_of(const DecodedImage& image) {
    JpegInfo info;
    info.width = image.width;
    info.height = image.height;
    info.components = image.channels;
    return info;
}

/// The largest size a file is drawn at, in points.
struct Target {
    double width = 0;
    double height = 0;
};

/// One embedded file: its XObject, and whether it was downsampled.
struct EmbeddedFile {
    PdfObject* image = nullptr;
    bool downsampled = false;
};

/// A JPEG above the cap, decoded (at a reduced DCT scale where it can), area-averaged and
/// re-encoded. The problem when it cannot be (CMYK, a decoding error); an empty string when the
/// result would not be smaller than the file.
std::variant<std::string, ImageProblem> downsampled_jpeg(const std::string& data, PixelSize size,
                                                         std::uint64_t max_pixels) {
    auto decoded = decode_jpeg(data, max_pixels, size);
    if (auto* problem = std::get_if<ImageProblem>(&decoded)) return *problem;
    const DecodedImage& full = std::get<DecodedImage>(decoded);
    const bool exact = full.width == size.width && full.height == size.height;
    std::string jpeg = encode_jpeg(exact ? full : resample(full, size), kDownsampledJpegQuality);
    if (jpeg.size() >= data.size()) return std::string();
    return jpeg;
}

/// Reads, checks and writes one file; the problem when it cannot be embedded.
std::variant<EmbeddedFile, ImageProblem> embed_file(PoDoFo::PdfVecObjects& objects,
                                                    const std::string& path,
                                                    std::uint64_t max_pixels, const Target& target,
                                                    unsigned max_ppi, bool compress,
                                                    Diagnostics& diagnostics) {
    auto bytes = read_file(path);
    if (auto* problem = std::get_if<ImageProblem>(&bytes)) return *problem;
    const std::string& data = std::get<std::string>(bytes);
    switch (sniff(data)) {
        case FileKind::kJpeg: {
            auto info = read_jpeg_info(data, max_pixels);
            if (auto* problem = std::get_if<ImageProblem>(&info)) return *problem;
            const JpegInfo& jpeg_info = std::get<JpegInfo>(info);
            const PixelSize size = capped_size({jpeg_info.width, jpeg_info.height}, target.width,
                                               target.height, max_ppi);
            if (size != PixelSize{jpeg_info.width, jpeg_info.height}) {
                auto smaller = downsampled_jpeg(data, size, max_pixels);
                if (auto* problem = std::get_if<ImageProblem>(&smaller))
                    diagnostics.warning(SourceLocation{path, {}}, "image.not-downsampled",
                                        problem->message + "; embedded at its full resolution");
                else if (const auto& jpeg = std::get<std::string>(smaller); !jpeg.empty()) {
                    JpegInfo scaled = jpeg_info;
                    scaled.width = size.width;
                    scaled.height = size.height;
                    scaled.inverted_cmyk = false;
                    return EmbeddedFile{write_jpeg(objects, jpeg, scaled), true};
                }
            }
            return EmbeddedFile{write_jpeg(objects, data, jpeg_info), false};
        }
        case FileKind::kPng: {
            auto decoded = decode_png(data, max_pixels);
            if (auto* problem = std::get_if<ImageProblem>(&decoded)) return *problem;
            const DecodedImage& image = std::get<DecodedImage>(decoded);
            const PixelSize size = capped_size({image.width, image.height}, target.width,
                                               target.height, max_ppi);
            if (size == PixelSize{image.width, image.height})
                return EmbeddedFile{write_png(objects, image, compress), false};
            const DecodedImage scaled = resample(image, size);
            if (looks_like_photo(image))
                return EmbeddedFile{
                    write_jpeg(objects, encode_jpeg(scaled, kDownsampledJpegQuality),
                               info_of(scaled)),
                    true};
            return EmbeddedFile{write_png(objects, scaled, compress), true};
        }
        case FileKind::kUnknown:
            break;
    }
    return ImageProblem{"image.unsupported", "not a JPEG or PNG file"};
}

/// The largest width and height each file is drawn at, in points, by path.
std::map<std::string, Target> targets(const render::RenderedDocument& document) {
    std::map<std::string, Target> by_path;
    for (const auto& page : document.pages)
        for (const auto& item : page.items)
            if (const auto* image = std::get_if<render::ImageItem>(&item);
                image && image->image.value < document.images.size()) {
                const render::ImageAsset& asset = document.images[image->image.value];
                // The target is compared with the stored pixels: a turned image's drawn width
                // is across its stored rows.
                const bool swapped = render::swaps_sides(asset.orientation);
                Target& target = by_path[asset.path];
                target.width =
                    std::max(target.width, (swapped ? image->height : image->width).value);
                target.height =
                    std::max(target.height, (swapped ? image->width : image->height).value);
            }
    return by_path;
}

std::uint64_t stream_bytes(const PoDoFo::PdfVecObjects& objects, const PdfObject& image) {
    std::uint64_t bytes = static_cast<std::uint64_t>(image.GetStream()->GetLength());
    if (const PdfObject* mask = image.GetDictionary().GetKey("SMask"))
        bytes += static_cast<std::uint64_t>(
            objects.GetObject(mask->GetReference())->GetStream()->GetLength());
    return bytes;
}

}  // namespace

EmbeddedImages embed_images(PoDoFo::PdfVecObjects& objects,
                            const render::RenderedDocument& document, std::uint64_t max_pixels,
                            unsigned max_ppi, bool compress, Diagnostics& diagnostics) {
    // Only images some page draws, in ImageId order so that names and objects are deterministic.
    std::set<std::uint32_t> drawn;
    for (const auto& page : document.pages)
        for (const auto& item : page.items)
            if (const auto* image = std::get_if<render::ImageItem>(&item))
                drawn.insert(image->image.value);

    EmbeddedImages embedded;
    embedded.resource_of_image.resize(document.images.size());
    std::map<std::string, std::string> resource_of_path;  // one XObject per file
    std::set<std::string> failed_paths;
    const auto target_of_path = targets(document);
    for (std::uint32_t id : drawn) {
        if (id >= document.images.size()) continue;  // drawn as a placeholder
        const std::string& path = document.images[id].path;
        if (const auto known = resource_of_path.find(path); known != resource_of_path.end()) {
            embedded.resource_of_image[id] = known->second;
            continue;
        }
        if (failed_paths.count(path)) continue;
        auto result =
            embed_file(objects, path, max_pixels, target_of_path.at(path), max_ppi, compress,
                       diagnostics);
        if (auto* problem = std::get_if<ImageProblem>(&result)) {
            diagnostics.warning(SourceLocation{path, {}}, problem->code,
                                problem->message + "; a placeholder is drawn instead");
            failed_paths.insert(path);
            continue;
        }
        const EmbeddedFile& file = std::get<EmbeddedFile>(result);
        const std::string name = "Im" + std::to_string(embedded.objects.size() + 1);
        embedded.objects.emplace(name, file.image->Reference());
        embedded.stream_bytes += stream_bytes(objects, *file.image);
        if (file.downsampled) ++embedded.downsampled;
        resource_of_path.emplace(path, name);
        embedded.resource_of_image[id] = name;
    }
    return embedded;
}

}  // namespace briefbook::pdf
