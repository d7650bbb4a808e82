#pragma once
// Shared by the fuzz targets: the source tree's data (fonts, layouts, test images), loaded once
// per process, and fuzzed bytes turned into text the model could have produced.

#include <filesystem>
#include <string>
#include <string_view>

#include "briefbook/engine.hpp"
#include "text/font_registry.hpp"

namespace briefbook::fuzz {

/// The source tree (fonts/, layouts/, tests/data/), fixed when the target is built.
const std::filesystem::path& source_dir();

/// The folder that fuzzed briefings resolve image paths against: tests/data/images, so that a
/// corpus file can name the broken and hostile images kept there (bomb.png, corrupt.png, ...).
std::filesystem::path image_dir();

/// One engine over the shipped fonts for the whole run (loading the fonts costs far more than
/// one input).
const Engine& engine();

/// The registry of fonts/fonts.xml, resolved once.
const text::FontRegistry& fonts();

/// `bytes` as the model hands text to layout: valid UTF-8 of XML characters only (invalid
/// sequences, C0 controls but white space, surrogates and U+FFFE/U+FFFF dropped).
std::string model_text(std::string_view bytes);

}  // namespace briefbook::fuzz
