#pragma once
// The image files a document draws, each embedded once as an image XObject: JPEG as it is
// (DCTDecode), PNG decoded and re-compressed with an SMask for its alpha. Under a resolution cap,
// an image with more pixels than its largest placement needs is downsampled first. A file that
// cannot be embedded is a warning in Diagnostics, and the content stream draws a placeholder box
// instead.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "pdf/pdf_objects.hpp"
#include "render/display_list.hpp"

namespace briefbook::pdf {

/// The images written into the document.
struct EmbeddedImages {
    /// Indexed by ImageId::value: the XObject resource name, or empty for a placeholder.
    std::vector<std::string> resource_of_image;
    /// Resource name -> image XObject.
    std::map<std::string, PoDoFo::PdfReference> objects;
    /// The bytes of every image stream (soft masks included), as stored before any encryption.
    std::uint64_t stream_bytes = 0;
    /// How many image files were downsampled for `max_ppi`.
    std::size_t downsampled = 0;
};

/// Quality of the JPEG a downsampled photo is re-encoded as.
inline constexpr int kDownsampledJpegQuality = 85;

/// Embeds every image the pages draw (each file once, however often it is drawn). Images over
/// `max_pixels` are refused before decoding, as are unreadable, corrupt and unsupported files;
/// each such file gets one located warning. With `max_ppi` (0: none), an image with more pixels
/// per inch than that at its largest placement is area-averaged down to it and re-encoded: as a
/// baseline JPEG when it is a photo (a JPEG, or an opaque PNG of many colours), losslessly (Flate,
/// with its SMask) otherwise. A re-encoded JPEG that is not smaller than the original keeps the
/// original's bytes. Images within the cap are embedded exactly as without one.
[[nodiscard]] EmbeddedImages embed_images(PoDoFo::PdfVecObjects& objects,
                                          const render::RenderedDocument& document,
                                          std::uint64_t max_pixels, unsigned max_ppi, bool compress,
                                          Diagnostics& diagnostics);

}  // namespace briefbook::pdf
