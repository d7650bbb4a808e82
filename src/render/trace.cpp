#include "render/trace.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "text/script.hpp"

namespace briefbook::render {

namespace {

/// Glyphs per line in a trace, so that a changed glyph shows as a short diff.
constexpr std::size_t kGlyphsPerLine = 10;

std::string quote_text(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7F) {
            const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string pt(Pt value) {
    return format_number(value.value);
}

std::string colour(const Color& c) {
    return "rgb(" + format_number(c.r, 3) + "," + format_number(c.g, 3) + "," +
           format_number(c.b, 3) + ")";
}

/// The fonts a trace uses, in order of first use, printed as a header.
class FontList {
  public:
    explicit FontList(const text::FontTable& fonts) : fonts_(fonts) {}
    const std::string& name(text::FontId id) {
        if (std::find(used_.begin(), used_.end(), id) == used_.end()) used_.push_back(id);
        return fonts_.face(id).postscript_name();
    }
    std::string header() const {
        std::string out = "fonts\n";
        for (const text::FontId id : used_) {
            const text::FontFace& face = fonts_.face(id);
            out += "  " + face.postscript_name() + " = " + face.path().string() + "#" +
                   std::to_string(face.index()) + "\n";
        }
        return out;
    }

  private:
    const text::FontTable& fonts_;
    std::vector<text::FontId> used_;
};

/// Prints glyph entries in bracketed lines of kGlyphsPerLine.
template <typename Glyphs, typename Entry>
void glyph_lines(std::string& out, const Glyphs& glyphs, Entry entry) {
    for (std::size_t i = 0; i < glyphs.size(); i += kGlyphsPerLine) {
        out += "    [";
        for (std::size_t k = i; k < std::min(glyphs.size(), i + kGlyphsPerLine); ++k) {
            if (k > i) out += '|';
            out += entry(glyphs[k]);
        }
        out += "]\n";
    }
}

void trace_outline(std::string& out, const std::vector<OutlineEntry>& entries, int depth) {
    for (const auto& entry : entries) {
        out += std::string(static_cast<std::size_t>(2 + 2 * depth), ' ') + "- " +
               quote_text(entry.title) + " -> " + quote_text(entry.destination) + "\n";
        trace_outline(out, entry.children, depth + 1);
    }
}

std::string image_kind(ImageAsset::Kind kind) {
    switch (kind) {
        case ImageAsset::Kind::kJpeg:
            return "jpeg";
        case ImageAsset::Kind::kPng:
            return "png";
        case ImageAsset::Kind::kUnknown:
            break;
    }
    return "unknown";
}

/// One display item, one line (glyph runs: a line and their glyphs).
struct ItemTracer {
    std::string& out;
    FontList& fonts;

    void operator()(const GlyphRunItem& run) const {
        out += "  glyphs " + fonts.name(run.font) + " " + pt(run.size) + "pt " + colour(run.color) +
               " at " + pt(run.x) + "," + pt(run.y) +
               (run.angle != 0.0 ? " angle " + format_number(run.angle) : std::string()) + " lang " +
               (run.lang.empty() ? "-" : run.lang) + " " + quote_text(run.text) + "\n";
        glyph_lines(out, run.glyphs, [](const PlacedGlyph& g) {
            return std::to_string(g.id) + "=" + std::to_string(g.cluster) + "@" + pt(g.x) + "," +
                   pt(g.y) + "+" + pt(g.advance);
        });
    }
    void operator()(const RectItem& rect) const {
        out += "  rect " + pt(rect.x) + "," + pt(rect.y) + " " + pt(rect.width) + "x" +
               pt(rect.height);
        if (rect.fill) out += " fill " + colour(*rect.fill);
        if (rect.stroke) out += " stroke " + colour(*rect.stroke) + " width " + pt(rect.line_width);
        out += "\n";
    }
    void operator()(const LineItem& line) const {
        out += "  line " + pt(line.x1) + "," + pt(line.y1) + " -> " + pt(line.x2) + "," +
               pt(line.y2) + " width " + pt(line.width) + " " + colour(line.color) +
               (line.dotted ? " dotted" : "") + "\n";
    }
    void operator()(const ImageItem& image) const {
        out += "  image " + std::to_string(image.image.value) + " at " + pt(image.x) + "," +
               pt(image.y) + " " + pt(image.width) + "x" + pt(image.height) + "\n";
    }
};

}  // namespace

std::string format_number(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0) rounded = 0.0;  // no "-0.00"
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

std::string trace_shaped_text(const text::ShapedText& shaped, const text::FontTable& fonts) {
    FontList used(fonts);
    std::string body = "text " + quote_text(shaped.source.text) + "\n";
    for (const auto& run : shaped.runs) {
        const std::string_view source =
            std::string_view(shaped.source.text).substr(run.begin, run.end - run.begin);
        body += "run " + std::to_string(run.begin) + "-" + std::to_string(run.end) + " " +
                text::script_name(run.script) + " " + (run.lang.empty() ? "-" : run.lang) + " " +
                used.name(run.font) + " " + pt(run.size) + "pt style " + std::to_string(run.style) +
                " " + quote_text(source) + "\n";
        glyph_lines(body, run.glyphs, [](const text::ShapedGlyph& g) {
            std::string entry =
                std::to_string(g.id) + "=" + std::to_string(g.cluster) + "+" + pt(g.advance);
            if (g.x_offset.value != 0.0 || g.y_offset.value != 0.0)
                entry += "@" + pt(g.x_offset) + "," + pt(g.y_offset);
            return entry;
        });
    }
    return used.header() + body;
}

std::string trace_document(const RenderedDocument& document, const text::FontTable& fonts) {
    FontList used(fonts);
    std::string body;
    const DocumentInfo& info = document.info;
    body += "info title " + quote_text(info.title) + " author " + quote_text(info.author) +
            " subject " + quote_text(info.subject) + " keywords " + quote_text(info.keywords) +
            " creator " + quote_text(info.creator) + " lang " + quote_text(info.lang) +
            " created " + std::to_string(info.created) + "\n";
    for (std::size_t i = 0; i < document.images.size(); ++i) {
        const ImageAsset& image = document.images[i];
        body += "image " + std::to_string(i) + " " + image_kind(image.kind) + " " +
                std::to_string(image.pixel_width) + "x" + std::to_string(image.pixel_height) + " " +
                (image.orientation == Orientation::kUpright
                     ? std::string()
                     : "orientation " + std::to_string(static_cast<int>(image.orientation)) + " ") +
                quote_text(image.path) + "\n";
    }
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        const Page& page = document.pages[p];
        body +=
            "page " + std::to_string(p + 1) + " " + pt(page.width) + "x" + pt(page.height) + "\n";
        for (const auto& item : page.items) std::visit(ItemTracer{body, used}, item);
        for (const auto& link : page.links) {
            body += "  link " + pt(link.x) + "," + pt(link.y) + " " + pt(link.width) + "x" +
                    pt(link.height) +
                    (link.uri.empty() ? " -> #" + link.destination : " -> " + link.uri) + "\n";
        }
        for (const auto& anchor : page.anchors)
            body += "  anchor " + quote_text(anchor.name) + " at " + pt(anchor.x) + "," +
                    pt(anchor.y) + "\n";
    }
    if (!document.outline.empty()) {
        body += "outline\n";
        trace_outline(body, document.outline, 0);
    }
    return used.header() + body;
}

}  // namespace briefbook::render
