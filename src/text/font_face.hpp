#pragma once
// One face of one font file, loaded once per process and shared read-only between threads.
// This is the only place where FreeType is used; HarfBuzz objects stay inside src/text/.

#include <compare>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "briefbook/units.hpp"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace briefbook::text {

/// Index of a face in a FontRegistry. Plain value: display lists and PDF output refer to faces by id.
struct FontId {
    std::uint32_t value = 0;
    friend constexpr auto operator<=>(FontId, FontId) = default;
};

/// A glyph index in a font (not a CID, not a code point).
using GlyphId = std::uint32_t;

/// Face-wide metrics in font design units, as a PDF FontDescriptor needs them.
struct FontMetrics {
    int units_per_em = 1000;
    int ascender = 0;   ///< typographic ascender (OS/2 sTypoAscender or hhea), positive up
    int descender = 0;  ///< negative below the baseline
    int line_gap = 0;
    int cap_height = 0;
    int x_height = 0;
    int bbox_x_min = 0, bbox_y_min = 0, bbox_x_max = 0, bbox_y_max = 0;
    double italic_angle = 0.0;
    bool fixed_pitch = false;
    bool serif = false;
    bool italic = false;
    int weight = 400;  ///< OS/2 usWeightClass
};

/// Shared bytes of one font file (a .ttc holds several faces; they share one blob).
class FontFile;

/// One face of a font file, with its HarfBuzz face and font (scaled to design units).
/// Immutable after load, so shaping from several threads is safe.
class FontFace {
public:
    /// Loads face `index` of `file`. Throws briefbook::Error (code "font.unreadable") when the
    /// file is missing or is not a font.
    static std::shared_ptr<const FontFace> load(const std::filesystem::path& file, unsigned index);
    /// Loads another face of a file that is already open (shares its bytes).
    static std::shared_ptr<const FontFace> load(std::shared_ptr<const FontFile> file, unsigned index);

    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const;
    [[nodiscard]] const std::shared_ptr<const FontFile>& file() const { return file_; }
    [[nodiscard]] unsigned index() const { return index_; }
    /// The PostScript name (from the name table, else FreeType's, else "FontN").
    [[nodiscard]] const std::string& postscript_name() const;
    [[nodiscard]] const std::string& family_name() const { return family_name_; }
    /// Read through FreeType on first use: a registry loads some seventy faces, a book draws
    /// with a handful, and opening a CJK face with FreeType costs about a million instructions.
    [[nodiscard]] const FontMetrics& metrics() const;
    /// True for CFF (PostScript) outlines, as in Noto Sans CJK; false for TrueType glyf outlines.
    [[nodiscard]] bool has_cff_outlines() const { return cff_; }
    [[nodiscard]] unsigned glyph_count() const { return glyph_count_; }

    /// The nominal glyph of a code point, or 0 (.notdef) when the face lacks it.
    [[nodiscard]] GlyphId nominal_glyph(char32_t code_point) const;
    [[nodiscard]] bool has_code_point(char32_t code_point) const { return nominal_glyph(code_point) != 0; }
    /// Horizontal advance of a glyph in design units.
    [[nodiscard]] int advance(GlyphId glyph) const;

    /// Converts design units to points at a font size.
    [[nodiscard]] Pt to_pt(double design_units, Pt size) const {
        return Pt(design_units * size.value / units_per_em_);
    }

    /// HarfBuzz handles, for src/text/ only (shaping, subsetting).
    [[nodiscard]] hb_face_t* hb_face() const { return face_; }
    [[nodiscard]] hb_font_t* hb_font() const { return font_; }

private:
    FontFace(std::shared_ptr<const FontFile> file, unsigned index);

    std::shared_ptr<const FontFile> file_;
    unsigned index_ = 0;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    /// What FreeType reads, filled once by the first metrics() or postscript_name().
    struct FreeTypeData {
        std::once_flag once;
        FontMetrics metrics;
        std::string postscript_name;
    };
    void read_with_freetype() const;

    std::string postscript_name_;  ///< from the name table; may be empty
    std::string family_name_;
    int units_per_em_ = 1000;
    mutable FreeTypeData freetype_;
    bool cff_ = false;
    unsigned glyph_count_ = 0;
};

/// The bytes of one font file, memory-mapped by HarfBuzz.
class FontFile {
public:
    /// Throws briefbook::Error (code "font.unreadable") when the file cannot be read.
    static std::shared_ptr<const FontFile> open(const std::filesystem::path& path);
    ~FontFile();
    FontFile(const FontFile&) = delete;
    FontFile& operator=(const FontFile&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] unsigned face_count() const { return face_count_; }
    [[nodiscard]] hb_blob_t* hb_blob() const { return blob_; }

private:
    FontFile(std::filesystem::path path, hb_blob_t* blob, unsigned face_count);
    std::filesystem::path path_;
    hb_blob_t* blob_ = nullptr;
    unsigned face_count_ = 0;
};

}  // namespace briefbook::text
