#pragma once
// What composition needs to know about an image file before placing it: its kind and pixel size,
// read from the header only (no decoding). The PDF writer checks and decodes it fully later.

#include <filesystem>
#include <optional>
#include <string>

#include "render/display_list.hpp"

namespace briefbook::render {

/// The kind and pixel size of a PNG or JPEG file, or nothing with `problem` set to one sentence
/// ("no such file", "not a PNG or JPEG image", "truncated JPEG header").
[[nodiscard]] std::optional<ImageAsset> probe_image(const std::filesystem::path& file, std::string& problem);

}  // namespace briefbook::render
