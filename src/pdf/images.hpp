#pragma once
// The image files a document draws, each embedded once as an image XObject: JPEG as it is
// (DCTDecode), PNG decoded and re-compressed with an SMask for its alpha. A file that cannot be
// embedded is a warning in Diagnostics, and the content stream draws a placeholder box instead.

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
};

/// Embeds every image the pages draw (each file once, however often it is drawn). Images over
/// `max_pixels` are refused before decoding, as are unreadable, corrupt and unsupported files;
/// each such file gets one located warning.
[[nodiscard]] EmbeddedImages embed_images(PoDoFo::PdfVecObjects& objects,
                                          const render::RenderedDocument& document,
                                          std::uint64_t max_pixels, bool compress,
                                          Diagnostics& diagnostics);

}  // namespace briefbook::pdf
