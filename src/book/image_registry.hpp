#pragma once

#include <optional>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "briefbook/model.hpp"
#include "render/display_list.hpp"

namespace briefbook::book {

/// The images a book uses, each once: what becomes RenderedDocument::images.
class ImageRegistry {
public:
    /// The image a briefing refers to, probed for its size; a missing or unreadable file is a
    /// located warning [image.unusable] (once per file) and gives nothing: a placeholder is drawn.
    /// So does one that declares more pixels than limits::kMaxImagePixels [image.too-large].
    std::optional<std::pair<render::ImageId, render::ImageAsset>> use(const model::ImageRef& ref,
                                                                     const model::Briefing& briefing,
                                                                     Diagnostics& diagnostics);
    [[nodiscard]] const std::vector<render::ImageAsset>& assets() const { return assets_; }

private:
    std::vector<render::ImageAsset> assets_;
    std::vector<std::string> refused_;
};

}  // namespace briefbook::book
