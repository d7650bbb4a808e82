#pragma once
// The operators of one page: glyph runs as 2-byte codes positioned from the display list, rules,
// rectangles and images. Pure text, no PoDoFo: the writer compresses it and files the resources.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "pdf/font_codes.hpp"
#include "pdf/glyph_text.hpp"
#include "render/display_list.hpp"

namespace briefbook::pdf {

/// What the content stream may refer to.
struct ContentResources {
    /// Indexed by FontId::value: the embedded font of every face the document draws with.
    std::vector<const FontCodes*> fonts;
    /// Indexed by ImageId::value: the XObject resource name ("Im1"), or empty when the image could
    /// not be embedded and a grey placeholder box is drawn instead.
    std::vector<std::string> images;
    /// The document's image files, indexed by ImageId::value: how each turns to be upright.
    std::span<const render::ImageAsset> image_assets;
    /// Decides which clusters need ActualText.
    const GlyphTextMap* glyph_text = nullptr;
    /// The document language; runs in another language are marked with /Lang.
    std::string document_lang;
};

/// A page's operators and the resources they use.
struct PageContent {
    std::string operators;
    std::vector<std::uint32_t> fonts;  ///< FontId values, sorted, unique
    std::vector<std::uint32_t>
        images;  ///< ImageId values that were drawn as images, sorted, unique
};

/// Writes the operators of `page`. The display list's origin is the top-left corner with y down;
/// PDF's is the bottom-left with y up, so every y is flipped against the page height.
[[nodiscard]] PageContent page_content(const render::Page& page, const ContentResources& resources);

/// Appends a number the way content streams print them: at most three decimals, no exponent, no
/// trailing zeros, independent of the locale.
void append_number(std::string& out, double value);

}  // namespace briefbook::pdf
