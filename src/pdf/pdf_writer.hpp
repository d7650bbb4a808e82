#pragma once
// The PDF writer: a pure function from a display list (plus the faces it names) to PDF bytes.

#include <cstdint>
#include <string>

#include "briefbook/diagnostics.hpp"
#include "briefbook/limits.hpp"
#include "render/display_list.hpp"
#include "text/font_table.hpp"

namespace briefbook::pdf {

/// How to write the PDF.
struct PdfWriteOptions {
    /// Flate-compress content streams, fonts and decoded images (off only to read the output).
    bool compress = true;
    /// When not empty, the file is encrypted with AES-256 and opens only with this password.
    std::string user_password;
    /// The password that lifts restrictions; when empty one is derived from the content.
    std::string owner_password;
    /// Images declaring more pixels than this are refused before decoding (decompression bombs).
    std::uint64_t max_image_pixels = limits::kMaxImagePixels;
    /// Resolution cap, in pixels per inch at the size an image is placed (its largest placement
    /// when drawn several times); 0: every image as it is. An image above it is area-averaged
    /// down to it and re-encoded (photos as JPEG, others losslessly); see embed_images.
    unsigned max_image_ppi = 0;
};

/// What the writer did with the images, for a caller fitting a size budget.
struct PdfWriteReport {
    /// Bytes of the image streams (soft masks included) in the file: the rest is fonts, text and
    /// structure, which no resolution cap changes.
    std::uint64_t image_bytes = 0;
    /// Image files downsampled for `max_image_ppi`.
    std::size_t images_downsampled = 0;
};

/// Writes `document` as PDF 1.7 and returns the bytes (the caller writes them to a file
/// atomically). Every face the pages draw with becomes one subset Type0 font with a ToUnicode
/// map; images are embedded once each; anchors, links and the outline become named destinations,
/// link annotations and bookmarks. Without a password the same document gives the same bytes.
/// Problems with image files and dangling links are warnings in `diagnostics`; a font that cannot
/// be subset, or a PoDoFo failure, throws briefbook::Error. `report`, when given, is filled in.
[[nodiscard]] std::string write_pdf(const render::RenderedDocument& document,
                                    const text::FontTable& fonts, const PdfWriteOptions& options,
                                    Diagnostics& diagnostics, PdfWriteReport* report = nullptr);

}  // namespace briefbook::pdf
