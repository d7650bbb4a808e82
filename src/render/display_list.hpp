#pragma once
// Pages of positioned items: the single product of layout, and the only input of the PDF writer
// and of the text trace. Plain values, no back pointers.
//
// Coordinates: points, origin at the top-left corner of the page, y growing downwards (the way
// layout thinks). The PDF writer flips them.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "briefbook/units.hpp"
#include "render/exif_orientation.hpp"
#include "text/font_face.hpp"

namespace briefbook::render {

/// One glyph placed relative to its run's origin.
struct PlacedGlyph {
    text::GlyphId id = 0;
    Pt x;                       ///< pen position of the glyph origin, from the run origin
    Pt y;                       ///< downwards from the baseline (HarfBuzz's y_offset negated)
    Pt advance;                 ///< the advance the glyph was given (after justification)
    std::uint32_t cluster = 0;  ///< byte offset into GlyphRunItem::text where its cluster starts
};

/// Glyphs from one face at one size and colour, on one baseline. `text` holds the source text the
/// glyphs stand for, so the PDF can map them back (ToUnicode, ActualText) and traces can show it.
struct GlyphRunItem {
    text::FontId font;
    Pt size;
    Color color;
    Pt x;  ///< run origin on the baseline
    Pt y;
    std::string text;  ///< UTF-8; clusters are byte offsets into it
    std::string lang;  ///< BCP 47, for the PDF's /Lang marked content
    std::vector<PlacedGlyph> glyphs;
    /// Counter-clockwise rotation about the run origin, in degrees (a diagonal DRAFT mark).
    double angle = 0.0;
};

struct RectItem {
    Pt x, y, width, height;
    std::optional<Color> fill;
    std::optional<Color> stroke;
    Pt line_width{0.5};
};

struct LineItem {
    Pt x1, y1, x2, y2;
    Pt width{0.5};
    Color color;
    bool dotted = false;
};

/// Index into RenderedDocument::images.
struct ImageId {
    std::uint32_t value = 0;
};

struct ImageItem {
    ImageId image;
    Pt x, y, width, height;
};

using DisplayItem = std::variant<GlyphRunItem, RectItem, LineItem, ImageItem>;

/// A clickable area: to a named destination in this document, or to an external URI.
struct LinkArea {
    Pt x, y, width, height;
    std::string destination;  ///< an Anchor name, when internal
    std::string uri;          ///< when external
};

/// A named destination: where an internal link or an outline entry goes.
struct Anchor {
    std::string name;
    Pt x, y;
};

struct Page {
    Pt width, height;
    std::vector<DisplayItem> items;
    std::vector<LinkArea> links;
    std::vector<Anchor> anchors;
};

/// A bookmark in the PDF outline; `destination` names an Anchor.
struct OutlineEntry {
    std::string title;
    std::string destination;
    std::vector<OutlineEntry> children;
};

/// An image file referenced by the document (the PDF writer reads, checks and embeds it once).
struct ImageAsset {
    std::string path;  ///< resolved path on disk
    enum class Kind { kUnknown, kJpeg, kPng } kind = Kind::kUnknown;
    std::uint32_t pixel_width = 0;  ///< as stored in the file
    std::uint32_t pixel_height = 0;
    /// How the stored pixels turn to be seen upright (a JPEG's EXIF orientation).
    Orientation orientation = Orientation::kUpright;

    /// The size as seen, which is what layout places: a phone's portrait photo is often stored
    /// landscape with an orientation that turns it.
    [[nodiscard]] std::uint32_t upright_width() const { return swaps_sides(orientation) ? pixel_height : pixel_width; }
    [[nodiscard]] std::uint32_t upright_height() const { return swaps_sides(orientation) ? pixel_width : pixel_height; }
};

/// The document information dictionary and catalog settings.
struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string creator;
    std::string lang;           ///< BCP 47 document language
    std::int64_t created = 0;   ///< seconds since the epoch, UTC (fixed for reproducible output)
};

struct RenderedDocument {
    DocumentInfo info;
    std::vector<Page> pages;
    std::vector<OutlineEntry> outline;
    std::vector<ImageAsset> images;
};

}  // namespace briefbook::render
