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
/// tracks is the pen a reader computes. Whole units: 0.005 pt at 10 pt, and no error adds up
/// along a line, because each glyph's adjustment is taken from where the reader's pen is.
double round_adjustment(double value) {
    return std::round(value);
}

/// What append_number prints, as a number: the writer keeps positions as the reader reads them.
double printed(double value) {
    return std::round(value * 1000.0) / 1000.0;
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
/// colour) so that it is set only when it changes. Consecutive glyph runs share one text object,
/// each placed by Td from the one before, and consecutive runs in the same language share one
/// /Lang span: a book page is mostly runs, and writing each as its own BT, Tm, ET and span made
/// the content streams a quarter larger after compression.
class ContentWriter {
  public:
    ContentWriter(const render::Page& page, const ContentResources& resources)
        : page_height_(page.height.value), resources_(resources) {}

    PageContent write(const render::Page& page) {
        for (const auto& item : page.items) std::visit([this](const auto& it) { draw(it); }, item);
        end_text();
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

    // ---- text objects ---------------------------------------------------------------------------
    void begin_text() {
        if (in_text_) return;
        op("BT");
        in_text_ = true;
        line_origin_ = Origin{};  // BT resets the line matrix to the identity
        pen_x_.reset();
    }
    /// Paths, images and q/Q are not allowed inside a text object.
    void end_text() {
        if (!in_text_) return;
        set_lang_span("");
        op("ET");
        in_text_ = false;
    }
    /// Opens a /Lang span for `lang` (none for the empty tag), closing the one open before.
    void set_lang_span(const std::string& lang) {
        if (lang == lang_span_) return;
        if (!lang_span_.empty()) op("EMC");
        if (!lang.empty()) out() += "/Span<</Lang(" + lang + ")>>BDC\n";
        lang_span_ = lang;
    }

    // ---- items ----------------------------------------------------------------------------------
    void draw(const render::GlyphRunItem& run) {
        if (run.glyphs.empty()) return;
        assert(run.font.value < resources_.fonts.size() && resources_.fonts[run.font.value]);
        const FontCodes& font = *resources_.fonts[run.font.value];
        content_.fonts.push_back(run.font.value);

        const std::string lang = clean_language_tag(run.lang);
        const bool mark_lang = !lang.empty() && lang != resources_.document_lang;
        begin_text();
        set_lang_span(mark_lang ? lang : "");
        if (font_resource_ != font.resource || font_size_ != run.size.value) {
            out() += '/' + font.resource + ' ';
            put(run.size.value);
            op("Tf");
            font_resource_ = font.resource;
            font_size_ = run.size.value;
        }
        set_fill(run.color);
        const double pen = glyphs(run, font, place(run));
        if (line_origin_)
            pen_x_ = run.x.value + pen;
        else
            pen_x_.reset();
    }

    /// Moves the reader's pen to the run's origin and says where it is, in points from that
    /// origin (not exactly 0 where a position was rounded for printing). A run on the baseline
    /// the pen is on needs no operator: the first adjustment of its TJ array moves the pen (Tf
    /// and colours leave the text matrix alone). Otherwise the line matrix moves by Td from the
    /// previous run's origin or, for a run turned by an angle (counter-clockwise on the page is
    /// counter-clockwise in PDF space too, since flipping y flips both the page and the sense)
    /// and for the first upright run after one, is set by Tm.
    double place(const render::GlyphRunItem& run) {
        const double x = run.x.value, y = flip(run.y.value);
        if (run.angle == 0.0 && line_origin_) {
            if (pen_x_ && printed(y) == line_origin_->y) return *pen_x_ - x;
            const double dx = printed(x - line_origin_->x), dy = printed(y - line_origin_->y);
            put(dx), put(dy);
            op("Td");
            line_origin_->x += dx;
            line_origin_->y += dy;
            return line_origin_->x - x;
        }
        if (run.angle == 0.0) {
            out() += "1 0 0 1 ";
            line_origin_ = Origin{printed(x), printed(y)};
        } else {
            constexpr double kPi = 3.14159265358979323846;
            const double c = std::cos(run.angle * kPi / 180.0),
                         s = std::sin(run.angle * kPi / 180.0);
            put(c), put(s), put(-s), put(c);
            line_origin_.reset();  // a turned line matrix: the next run is placed by Tm
        }
        put(x);
        put(y);
        op("Tm");
        return printed(x) - x;
    }

    /// The glyphs of a run as TJ arrays: each glyph moved to its display-list x by an adjustment
    /// where the font's width does not already put it there, vertical offsets as text rise, and
    /// clusters whose glyphs do not spell their text wrapped in ActualText. `pen` is where the
    /// reader's pen starts, in points from the run's origin; returns where it ends.
    double glyphs(const render::GlyphRunItem& run, const FontCodes& font, double pen) {
        const double size = run.size.value;
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
        return pen;
    }

    void draw(const render::RectItem& rect) {
        end_text();
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
        end_text();
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

    /// Maps the image's unit square onto itself so that the stored pixels show upright (EXIF
    /// orientation). The image's first row is at the top (y = 1) of the unit square.
    void turn(render::Orientation orientation) {
        using render::Orientation;
        static constexpr int kMatrices[9][6] = {
            {1, 0, 0, 1, 0, 0},    // (unused)
            {1, 0, 0, 1, 0, 0},    // upright
            {-1, 0, 0, 1, 1, 0},   // mirrored
            {-1, 0, 0, -1, 1, 1},  // upside down
            {1, 0, 0, -1, 0, 1},   // flipped
            {0, -1, -1, 0, 1, 1},  // transposed: the first row becomes the left column
            {0, -1, 1, 0, 0, 1},   // turned right: the first row becomes the right column
            {0, 1, 1, 0, 0, 0},    // transverse: the first row becomes the right column, upwards
            {0, 1, -1, 0, 1, 0},   // turned left: the first row becomes the left column, upwards
        };
        if (orientation == Orientation::kUpright) return;
        for (const int value : kMatrices[static_cast<int>(orientation)]) put(value);
        op("cm");
    }

    void draw(const render::ImageItem& image) {
        end_text();
        const double x = image.x.value, y = flip(image.y.value + image.height.value);
        const double w = image.width.value, h = image.height.value;
        const bool embedded = image.image.value < resources_.images.size() &&
                              !resources_.images[image.image.value].empty();
        op("q");
        if (embedded) {
            put(w), put(0), put(0), put(h), put(x), put(y);
            op("cm");
            if (image.image.value < resources_.image_assets.size())
                turn(resources_.image_assets[image.image.value].orientation);
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
    struct Origin {
        double x = 0.0, y = 0.0;
    };
    bool in_text_ = false;
    std::optional<Origin> line_origin_;  ///< the line matrix's translation, unless it is turned
    std::optional<double> pen_x_;        ///< where the last upright run left the pen, in points
    std::string lang_span_;              ///< the language of the open /Lang span, if any
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
