#include "book/image_registry.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include "briefbook/limits.hpp"
#include "render/image_probe.hpp"

namespace briefbook::book {

std::optional<std::pair<render::ImageId, render::ImageAsset>> ImageRegistry::use(
    const model::ImageRef& ref, const model::Briefing& briefing, Diagnostics& diagnostics) {
    const std::string path = ref.resolved.string();
    for (std::size_t i = 0; i < assets_.size(); ++i)
        if (assets_[i].path == path) return std::pair{render::ImageId{static_cast<std::uint32_t>(i)}, assets_[i]};
    if (std::find(refused_.begin(), refused_.end(), path) != refused_.end()) return std::nullopt;
    std::error_code ec;
    // Only a regular file: opening a named pipe or a device (/dev/stdin) would wait forever.
    if (!std::filesystem::is_regular_file(ref.resolved, ec)) {
        refused_.push_back(path);  // validation has reported it [image.missing]
        return std::nullopt;
    }
    std::string problem;
    auto asset = render::probe_image(ref.resolved, problem);
    // A decompression bomb is refused here, where the warning can point at the briefing, before
    // the writer would decode it.
    if (asset && std::uint64_t{asset->pixel_width} * asset->pixel_height > limits::kMaxImagePixels) {
        refused_.push_back(path);
        diagnostics.warning(briefing.at(ref.src_position.line ? ref.src_position : ref.position), "image.too-large",
                            "image '" + ref.src + "' declares " + std::to_string(asset->pixel_width) + " x " +
                                std::to_string(asset->pixel_height) + " pixels, more than the limit of " +
                                std::to_string(limits::kMaxImagePixels) + ": a placeholder is drawn");
        return std::nullopt;
    }
    if (!asset) {
        refused_.push_back(path);
        diagnostics.warning(briefing.at(ref.src_position.line ? ref.src_position : ref.position), "image.unusable",
                            "image '" + ref.src + "' cannot be used (" + problem + "): a placeholder is drawn");
        return std::nullopt;
    }
    assets_.push_back(*asset);
    return std::pair{render::ImageId{static_cast<std::uint32_t>(assets_.size() - 1)}, *asset};
}

}  // namespace briefbook::book
