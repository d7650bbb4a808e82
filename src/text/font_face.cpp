#include "text/font_face.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

namespace {

/// RAII for the FreeType library and face used while reading a face's metrics.
struct FreeTypeFace {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    FreeTypeFace(hb_blob_t* blob, unsigned index) {
        unsigned length = 0;
        const char* data = hb_blob_get_data(blob, &length);
        if (FT_Init_FreeType(&library) != 0) return;
        if (FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(data),
                               static_cast<FT_Long>(length), static_cast<FT_Long>(index), &face) != 0)
            face = nullptr;
    }
    ~FreeTypeFace() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
    FreeTypeFace(const FreeTypeFace&) = delete;
    FreeTypeFace& operator=(const FreeTypeFace&) = delete;
};

std::string hb_name(hb_face_t* face, hb_ot_name_id_t id) {
    char buffer[256];
    unsigned size = sizeof buffer;
    if (hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, buffer) == 0) {
        size = sizeof buffer;
        if (hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, buffer) == 0) return {};
    }
    return std::string(buffer, size);
}

/// The tag of the first table that shaping, measuring or subsetting reads (or "the table
/// directory") whose bytes run past the end of the file, or nothing. A truncated file whose header
/// survived would otherwise load, with every table beyond the cut read as empty: a book drawn all
/// in replacement marks. Tables nothing reads (DSIG) may be damaged.
std::optional<std::string> table_past_end(std::string_view bytes) {
    constexpr std::string_view kRead[] = {"cmap", "head", "hhea", "hmtx", "maxp", "glyf", "loca", "CFF ",
                                          "CFF2", "GSUB", "GPOS", "GDEF", "OS/2", "name", "post", "vhea", "vmtx"};
    const auto read = [&](std::size_t at, std::size_t size) -> std::optional<std::uint32_t> {
        if (at + size > bytes.size()) return std::nullopt;
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
        return value;
    };
    std::vector<std::uint32_t> directories{0};
    if (bytes.substr(0, 4) == "ttcf") {  // a collection: one table directory per face
        directories.clear();
        const auto faces = read(8, 4).value_or(0);
        for (std::uint32_t i = 0; i < faces; ++i) {
            const auto offset = read(12 + 4 * std::size_t{i}, 4);
            if (!offset) return "the table directory";
            directories.push_back(*offset);
        }
    }
    for (const std::uint32_t directory : directories) {
        const auto tables = read(directory + std::size_t{4}, 2);
        if (!tables) return "the table directory";
        for (std::size_t i = 0; i < *tables; ++i) {
            const std::size_t record = directory + 12 + 16 * i;
            const auto offset = read(record + 8, 4);
            const auto length = read(record + 12, 4);
            if (!offset || !length) return "the table directory";
            const std::string_view tag = bytes.substr(record, 4);
            const bool read_by_us = std::find(std::begin(kRead), std::end(kRead), tag) != std::end(kRead);
            if (read_by_us && std::uint64_t{*offset} + *length > bytes.size()) return "table '" + std::string(tag) + "'";
        }
    }
    return std::nullopt;
}

}  // namespace

// ---- FontFile --------------------------------------------------------------------------------

FontFile::FontFile(std::filesystem::path path, hb_blob_t* blob, unsigned face_count)
    : path_(std::move(path)), blob_(blob), face_count_(face_count) {}

FontFile::~FontFile() { hb_blob_destroy(blob_); }

std::shared_ptr<const FontFile> FontFile::open(const std::filesystem::path& path) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) throw Error("cannot read font file " + path.string(), "font.unreadable");
    const unsigned faces = hb_face_count(blob);
    if (faces == 0) {
        hb_blob_destroy(blob);
        throw Error("not a font file (no OpenType faces): " + path.string(), "font.unreadable");
    }
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    if (const auto table = table_past_end({data, length})) {
        hb_blob_destroy(blob);
        throw Error("damaged font file (" + *table + " ends past the end of the file; truncated?): " + path.string(),
                    "font.unreadable");
    }
    return std::shared_ptr<const FontFile>(new FontFile(path, blob, faces));
}

// ---- FontFace --------------------------------------------------------------------------------

std::shared_ptr<const FontFace> FontFace::load(const std::filesystem::path& file, unsigned index) {
    return load(FontFile::open(file), index);
}

std::shared_ptr<const FontFace> FontFace::load(std::shared_ptr<const FontFile> file, unsigned index) {
    if (index >= file->face_count())
        throw Error("font file " + file->path().string() + " has no face " + std::to_string(index),
                    "font.unreadable");
    return std::shared_ptr<const FontFace>(new FontFace(std::move(file), index));
}

FontFace::FontFace(std::shared_ptr<const FontFile> file, unsigned index)
    : file_(std::move(file)), index_(index) {
    face_ = hb_face_create(file_->hb_blob(), index);
    glyph_count_ = hb_face_get_glyph_count(face_);
    if (glyph_count_ == 0) {
        hb_face_destroy(face_);
        throw Error("font face has no glyphs: " + file_->path().string() + " #" + std::to_string(index),
                    "font.unreadable");
    }
    hb_face_make_immutable(face_);
    font_ = hb_font_create(face_);  // OpenType functions, scaled to design units
    hb_font_make_immutable(font_);

    units_per_em_ = static_cast<int>(hb_face_get_upem(face_));
    hb_blob_t* cff_table = hb_face_reference_table(face_, HB_TAG('C', 'F', 'F', ' '));
    cff_ = hb_blob_get_length(cff_table) > 0;
    hb_blob_destroy(cff_table);
    family_name_ = hb_name(face_, HB_OT_NAME_ID_FONT_FAMILY);
    postscript_name_ = hb_name(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME);
}

const FontMetrics& FontFace::metrics() const {
    std::call_once(freetype_.once, [this] { read_with_freetype(); });
    return freetype_.metrics;
}

const std::string& FontFace::postscript_name() const {
    if (!postscript_name_.empty()) return postscript_name_;
    std::call_once(freetype_.once, [this] { read_with_freetype(); });
    return freetype_.postscript_name;
}

void FontFace::read_with_freetype() const {
    FontMetrics& m = freetype_.metrics;
    std::string& postscript_name = freetype_.postscript_name;
    m.units_per_em = units_per_em_;
    postscript_name = postscript_name_;
    // Metrics through FreeType, which reads OS/2, hhea, head and post with the usual fallbacks.
    FreeTypeFace ft(file_->hb_blob(), index_);
    if (ft.face) {
        const FT_Face f = ft.face;
        if (const char* ps = FT_Get_Postscript_Name(f); ps && postscript_name.empty()) postscript_name = ps;
        m.ascender = f->ascender;
        m.descender = f->descender;
        m.line_gap = f->height - f->ascender + f->descender;
        m.bbox_x_min = static_cast<int>(f->bbox.xMin);
        m.bbox_y_min = static_cast<int>(f->bbox.yMin);
        m.bbox_x_max = static_cast<int>(f->bbox.xMax);
        m.bbox_y_max = static_cast<int>(f->bbox.yMax);
        m.fixed_pitch = FT_IS_FIXED_WIDTH(f);
        m.italic = (f->style_flags & FT_STYLE_FLAG_ITALIC) != 0;
        if (const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(f, FT_SFNT_OS2))) {
            if (os2->sTypoAscender != 0) {
                m.ascender = os2->sTypoAscender;
                m.descender = os2->sTypoDescender;
                m.line_gap = os2->sTypoLineGap;
            }
            m.cap_height = os2->version >= 2 ? os2->sCapHeight : 0;
            m.x_height = os2->version >= 2 ? os2->sxHeight : 0;
            m.weight = os2->usWeightClass;
            // IBM font class 1..7 and 10 are serif families (OS/2 sFamilyClass high byte).
            const int font_class = os2->sFamilyClass >> 8;
            m.serif = (font_class >= 1 && font_class <= 7) || font_class == 10;
        }
        if (const auto* post = static_cast<const TT_Postscript*>(FT_Get_Sfnt_Table(f, FT_SFNT_POST)))
            m.italic_angle = static_cast<double>(post->italicAngle) / 65536.0;
    }
    if (m.cap_height == 0) m.cap_height = m.ascender;
    if (m.x_height == 0) m.x_height = m.ascender / 2;
    if (postscript_name.empty()) postscript_name = "Font" + std::to_string(index_);
}

FontFace::~FontFace() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
}

const std::filesystem::path& FontFace::path() const { return file_->path(); }

GlyphId FontFace::nominal_glyph(char32_t code_point) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font_, code_point, &glyph) ? glyph : 0;
}

int FontFace::advance(GlyphId glyph) const {
    return hb_font_get_glyph_h_advance(font_, glyph);
}

}  // namespace briefbook::text
