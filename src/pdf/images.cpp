#include "pdf/images.hpp"

#include <fstream>
#include <set>
#include <variant>

#include "pdf/image_decode.hpp"

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

/// Reads, checks and writes one file; the problem when it cannot be embedded.
std::variant<PdfObject*, ImageProblem> embed_file(PoDoFo::PdfVecObjects& objects,
                                                  const std::string& path, std::uint64_t max_pixels,
                                                  bool compress) {
    auto bytes = read_file(path);
    if (auto* problem = std::get_if<ImageProblem>(&bytes)) return *problem;
    const std::string& data = std::get<std::string>(bytes);
    switch (sniff(data)) {
        case FileKind::kJpeg: {
            auto info = read_jpeg_info(data, max_pixels);
            if (auto* problem = std::get_if<ImageProblem>(&info)) return *problem;
            return write_jpeg(objects, data, std::get<JpegInfo>(info));
        }
        case FileKind::kPng: {
            auto decoded = decode_png(data, max_pixels);
            if (auto* problem = std::get_if<ImageProblem>(&decoded)) return *problem;
            return write_png(objects, std::get<DecodedImage>(decoded), compress);
        }
        case FileKind::kUnknown:
            break;
    }
    return ImageProblem{"image.unsupported", "not a JPEG or PNG file"};
}

}  // namespace

EmbeddedImages embed_images(PoDoFo::PdfVecObjects& objects,
                            const render::RenderedDocument& document, std::uint64_t max_pixels,
                            bool compress, Diagnostics& diagnostics) {
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
    for (std::uint32_t id : drawn) {
        if (id >= document.images.size()) continue;  // drawn as a placeholder
        const std::string& path = document.images[id].path;
        if (const auto known = resource_of_path.find(path); known != resource_of_path.end()) {
            embedded.resource_of_image[id] = known->second;
            continue;
        }
        if (failed_paths.count(path)) continue;
        auto result = embed_file(objects, path, max_pixels, compress);
        if (auto* problem = std::get_if<ImageProblem>(&result)) {
            diagnostics.warning(SourceLocation{path, {}}, problem->code,
                                problem->message + "; a placeholder is drawn instead");
            failed_paths.insert(path);
            continue;
        }
        const std::string name = "Im" + std::to_string(embedded.objects.size() + 1);
        embedded.objects.emplace(name, std::get<PdfObject*>(result)->Reference());
        resource_of_path.emplace(path, name);
        embedded.resource_of_image[id] = name;
    }
    return embedded;
}

}  // namespace briefbook::pdf
