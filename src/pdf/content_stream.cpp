#include "pdf/content_stream.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <optional>

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

namespace {

/// Grey of the box drawn where an image could not be embedded.
constexpr double kPlaceholderFill = 0.85;
constexpr double kPlaceholderStroke = 0.6;

/// Rounds a TJ adjustment (1/1000 of the font size) to what gets printed, so the pen the writer
/// tracks is the pen a reader computes.
double round_adjustment(double value) {
    return std::round(value * 100.0) / 100.0;
}

std::string code_hex(std::uint16_t code) {
    const char bytes[2] = {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
    return hex_upper(std::string_view(bytes, 2));
}

/// Only the characters a BCP 47 tag may hold, so the tag can go in a literal string unescaped.
std::string clean_language_tag(const std::string& lang) {
    std::string tag;
    for (char c : lang)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
            tag += c;
    return tag;
}

/// Writes one page, tracking the graphics state that persists between items (font and fill
/// colour) so that it is set only when it changes.
class ContentWriter {
  public:
    ContentWriter(const render::Page& page, const ContentResources& resources)
        : page_height_(page.height.value), resources_(resources) {}

    PageContent write(const render::Page& page) {
        for (const auto& item : page.items) std::visit([this](const auto& it) { draw(it); }, item);
        std::sort(content_.fonts.begin(), content_.fonts.end());
        content_.fonts.erase(std::unique(content_.fonts.begin(), content_.fonts.end()),
                             content_.fonts.end());
        std::sort(content_.images.begin(), content_.images.end());
        content_.images.erase(std::unique(content_.images.begin(), content_.images.end()),
                              content_.images.end());
        return std::move(content_);
    }

  private:
    // ---- low-level output ---------------------------------------------------------------------
    void put(double value) {
        append_number(out(), value);
        out() += ' ';
    }
    void op(const char* name) {
        out() += name;
        out() += '\n';
    }
    std::string& out() { return content_.operators; }
    double flip(double y) const { return page_height_ - y; }

    void color(const Color& c) { put(c.r), put(c.g), put(c.b); }
    void set_fill(const Color& c) {
        if (fill_ && *fill_ == c) return;
        color(c);
        op("rg");
        fill_ = c;
    }

    // ---- items ----------------------------------------------------------------------------------
    void draw(const render::GlyphRunItem& run) {
        if (run.glyphs.empty()) return;
        assert(run.font.value < resources_.fonts.size() && resources_.fonts[run.font.value]);
        const FontCodes& font = *resources_.fonts[run.font.value];
        content_.fonts.push_back(run.font.value);

        const std::string lang = clean_language_tag(run.lang);
        const bool mark_lang = !lang.empty() && lang != resources_.document_lang;
        if (mark_lang) out() += "/Span<</Lang(" + lang + ")>>BDC\n";
        op("BT");
        if (font_resource_ != font.resource || font_size_ != run.size.value) {
            out() += '/' + font.resource + ' ';
            put(run.size.value);
            op("Tf");
            font_resource_ = font.resource;
            font_size_ = run.size.value;
        }
        set_fill(run.color);
        text_matrix(run);
        glyphs(run, font);
        op("ET");
        if (mark_lang) op("EMC");
    }

    /// Places the run's origin, turned by its angle: counter-clockwise on the page is
    /// counter-clockwise in PDF space too, since flipping y flips both the page and the sense.
    void text_matrix(const render::GlyphRunItem& run) {
        if (run.angle == 0.0) {
            out() += "1 0 0 1 ";
        } else {
            constexpr double kPi = 3.14159265358979323846;
            const double c = std::cos(run.angle * kPi / 180.0),
                         s = std::sin(run.angle * kPi / 180.0);
            put(c), put(s), put(-s), put(c);
        }
        put(run.x.value);
        put(flip(run.y.value));
        op("Tm");
    }

    /// The glyphs of a run as TJ arrays: each glyph moved to its display-list x by an adjustment
    /// where the font's width does not already put it there, vertical offsets as text rise, and
    /// clusters whose glyphs do not spell their text wrapped in ActualText.
    void glyphs(const render::GlyphRunItem& run, const FontCodes& font) {
        const double size = run.size.value;
        double pen = 0.0;   // where the reader's pen is, in points from the run origin
        double rise = 0.0;  // current Ts
        std::string tj;     // the pending TJ array's elements
        bool in_hex = false;
        auto flush = [&] {
            if (in_hex) tj += '>';
            in_hex = false;
            if (tj.empty()) return;
            out() += '[' + tj + "]TJ\n";
            tj.clear();
        };
        for (const ClusterSpan& cluster : split_clusters(run)) {
            const bool actual =
                resources_.glyph_text && resources_.glyph_text->needs_actual_text(run, cluster);
            if (actual) {
                flush();
                const std::u32string text = decode_utf8(std::string_view(run.text).substr(
                    cluster.text_begin, cluster.text_end - cluster.text_begin));
                out() += "/Span<</ActualText<FEFF" + hex_upper(encode_utf16be(text)) + ">>>BDC\n";
            }
            for (std::size_t i = cluster.first_glyph; i < cluster.first_glyph + cluster.glyph_count;
                 ++i) {
                const render::PlacedGlyph& glyph = run.glyphs[i];
                const double wanted_rise = -glyph.y.value;
                if (std::fabs(wanted_rise - rise) > 1e-4) {
                    flush();
                    put(wanted_rise);
                    op("Ts");
                    rise = wanted_rise;
                }
                const double adjustment = round_adjustment(-(glyph.x.value - pen) * 1000.0 / size);
                if (adjustment != 0.0) {
                    if (in_hex) tj += '>';
                    in_hex = false;
                    append_number(tj, adjustment);
                    pen -= adjustment * size / 1000.0;
                }
                if (!in_hex) tj += '<';
                in_hex = true;
                const std::uint16_t code = font.code(glyph.id);
                tj += code_hex(code);
                pen += font.width(code) * size / 1000.0;
            }
            if (actual) {
                flush();
                op("EMC");
            }
        }
        flush();
        if (rise != 0.0) op("0 Ts");
    }

    void draw(const render::RectItem& rect) {
        if (!rect.fill && !rect.stroke) return;
        op("q");
        if (rect.fill) {
            color(*rect.fill);
            op("rg");
        }
        if (rect.stroke) {
            color(*rect.stroke);
            op("RG");
            put(rect.line_width.value);
            op("w");
        }
        put(rect.x.value), put(flip(rect.y.value + rect.height.value)), put(rect.width.value),
            put(rect.height.value);
        op("re");
        op(rect.fill && rect.stroke ? "B" : rect.fill ? "f" : "S");
        op("Q");
    }

    void draw(const render::LineItem& line) {
        op("q");
        color(line.color);
        op("RG");
        put(line.width.value);
        op("w");
        if (line.dotted) {
            // Round caps on zero-length dashes draw dots one line width across.
            out() += "1 J [0 ";
            put(line.width.value * 2.0);
            op("] 0 d");
        }
        put(line.x1.value), put(flip(line.y1.value));
        op("m");
        put(line.x2.value), put(flip(line.y2.value));
        op("l");
        op("S");
        op("Q");
    }

    void draw(const render::ImageItem& image) {
        const double x = image.x.value, y = flip(image.y.value + image.height.value);
        const double w = image.width.value, h = image.height.value;
        const bool embedded = image.image.value < resources_.images.size() &&
                              !resources_.images[image.image.value].empty();
        op("q");
        if (embedded) {
            put(w), put(0), put(0), put(h), put(x), put(y);
            op("cm");
            out() += '/' + resources_.images[image.image.value] + " Do\n";
            content_.images.push_back(image.image.value);
        } else {
            // A grey box with a cross where the image would be: visibly missing, never a crash.
            put(kPlaceholderFill);
            op("g");
            put(x), put(y), put(w), put(h);
            op("re f");
            put(kPlaceholderStroke);
            op("G");
            put(x), put(y);
            op("m");
            put(x + w), put(y + h);
            op("l");
            put(x + w), put(y);
            op("m");
            put(x), put(y + h);
            op("l S");
        }
        op("Q");
    }

    double page_height_;
    const ContentResources& resources_;
    PageContent content_;
    std::optional<Color> fill_;  // unknown until first set
    std::string font_resource_;
    double font_size_ = 0.0;
};

}  // namespace

void append_number(std::string& out, double value) {
    double rounded = std::round(value * 1000.0) / 1000.0;
    if (rounded == 0.0) rounded = 0.0;  // no "-0"
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 3);
    assert(result.ec == std::errc());
    std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    while (text.back() == '0') text.remove_suffix(1);
    if (text.back() == '.') text.remove_suffix(1);
    out += text;
}

PageContent page_content(const render::Page& page, const ContentResources& resources) {
    return ContentWriter(page, resources).write(page);
}

}  // namespace briefbook::pdf
