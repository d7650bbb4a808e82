#include "pdf/cid_font.hpp"

#include <cassert>
#include <cmath>

#include "pdf/cff_charset.hpp"
#include "pdf/digest.hpp"
#include "pdf/font_widths.hpp"
#include "pdf/to_unicode.hpp"
#include "text/font_subset.hpp"

namespace briefbook::pdf {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfString;
using PoDoFo::PdfVariant;

namespace {

/// Content-stream codes of the subset's glyphs. A CID-keyed CFF keeps the original CIDs in its
/// charset and a reader looks glyphs up by CID, so drawing with the new glyph ids that hb-subset
/// assigns would show other glyphs (while text extraction still looks right).
std::map<text::GlyphId, std::uint16_t> content_codes(const text::FontFace& face,
                                                     const text::FontSubset& subset) {
    std::map<text::GlyphId, std::uint16_t> codes;
    std::optional<CffCharset> charset;
    if (subset.format == text::OutlineFormat::kCff) {
        charset = read_cff_charset(subset.program);
        if (!charset)
            throw Error("cannot read the CFF charset of the subset of " + face.path().string(),
                        "font.subset-failed");
    }
    for (const auto& [original, subset_glyph] : subset.glyph_map) {
        std::uint32_t code = subset_glyph;
        if (charset && charset->cid_keyed) {
            assert(subset_glyph < charset->cid_of_glyph.size());
            code = charset->cid_of_glyph[subset_glyph];
        }
        assert(code <= 0xFFFF);
        codes[original] = static_cast<std::uint16_t>(code);
    }
    return codes;
}

/// Design units to the 1/1000 em of PDF glyph space, rounded to 1/100 so the W array and the
/// content stream's pen agree to the digit.
double glyph_space(const text::FontFace& face, double design_units) {
    return std::round(design_units * 1000.0 / face.metrics().units_per_em * 100.0) / 100.0;
}

/// FontDescriptor /Flags (PDF 32000-1 9.8.2). Symbolic: the glyphs are addressed by CID, not
/// through the standard Latin character set.
std::int64_t descriptor_flags(const text::FontMetrics& metrics) {
    std::int64_t flags = 4;  // Symbolic
    if (metrics.fixed_pitch) flags |= 1;
    if (metrics.serif) flags |= 2;
    if (metrics.italic) flags |= 64;
    return flags;
}

PdfObject* write_program(PoDoFo::PdfVecObjects& objects, const text::FontSubset& subset,
                         bool compress) {
    PdfObject* program = objects.CreateObject();
    set_stream(*program, subset.program, compress);
    if (subset.format == text::OutlineFormat::kCff) {
        program->GetDictionary().AddKey(PdfName::KeySubtype, PdfName("CIDFontType0C"));
    } else {
        program->GetDictionary().AddKey("Length1",
                                        integer(static_cast<std::int64_t>(subset.program.size())));
    }
    return program;
}

PdfObject* write_descriptor(PoDoFo::PdfVecObjects& objects, const text::FontFace& face,
                            const std::string& base_name, const text::FontSubset& subset,
                            const PdfObject& program) {
    const text::FontMetrics& m = face.metrics();
    PdfObject* descriptor = objects.CreateObject("FontDescriptor");
    PdfDictionary& d = descriptor->GetDictionary();
    d.AddKey("FontName", PdfName(base_name));
    d.AddKey("Flags", integer(descriptor_flags(m)));
    d.AddKey("FontBBox",
             rectangle(glyph_space(face, m.bbox_x_min), glyph_space(face, m.bbox_y_min),
                       glyph_space(face, m.bbox_x_max), glyph_space(face, m.bbox_y_max)));
    d.AddKey("ItalicAngle", number(m.italic_angle));
    d.AddKey("Ascent", number(glyph_space(face, m.ascender)));
    d.AddKey("Descent", number(glyph_space(face, m.descender)));
    d.AddKey("CapHeight", number(glyph_space(face, m.cap_height)));
    d.AddKey("XHeight", number(glyph_space(face, m.x_height)));
    // Fonts do not record their stem width; the usual estimate from the weight class.
    const double weight = m.weight / 65.0;
    d.AddKey("StemV", number(std::round(50.0 + weight * weight)));
    d.AddKey(subset.format == text::OutlineFormat::kCff ? "FontFile3" : "FontFile2",
             program.Reference());
    return descriptor;
}

PdfArray w_array(const WidthTable& table) {
    PdfArray w;
    for (const auto& entry : table.entries) {
        w.push_back(integer(static_cast<std::int64_t>(entry.first)));
        if (entry.last > entry.first) {
            w.push_back(integer(static_cast<std::int64_t>(entry.last)));
            w.push_back(number(entry.widths.front()));
        } else {
            PdfArray widths;
            for (double width : entry.widths) widths.push_back(number(width));
            w.push_back(widths);
        }
    }
    return w;
}

PdfObject* write_cid_font(PoDoFo::PdfVecObjects& objects, const std::string& base_name,
                          const text::FontSubset& subset, const WidthTable& widths,
                          const PdfObject& descriptor) {
    PdfObject* cid_font = objects.CreateObject("Font");
    PdfDictionary& d = cid_font->GetDictionary();
    const bool cff = subset.format == text::OutlineFormat::kCff;
    d.AddKey(PdfName::KeySubtype, PdfName(cff ? "CIDFontType0" : "CIDFontType2"));
    d.AddKey("BaseFont", PdfName(base_name));
    PdfDictionary system_info;
    system_info.AddKey("Registry", PdfString("Adobe"));
    system_info.AddKey("Ordering", PdfString("Identity"));
    system_info.AddKey("Supplement", integer(0));
    d.AddKey("CIDSystemInfo", system_info);
    d.AddKey("FontDescriptor", descriptor.Reference());
    d.AddKey("DW", number(widths.default_width));
    if (!widths.entries.empty()) d.AddKey("W", w_array(widths));
    if (!cff) d.AddKey("CIDToGIDMap", PdfName("Identity"));
    return cid_font;
}

PdfObject* write_to_unicode(PoDoFo::PdfVecObjects& objects, const FontCodes& codes,
                            text::FontId font, const GlyphTextMap& glyph_text, bool compress) {
    std::map<std::uint16_t, std::u32string> text_of_code;
    for (const auto& [glyph, code] : codes.code_of_glyph)
        if (const std::u32string* text = glyph_text.unicode(font, glyph))
            text_of_code[code] = *text;
    PdfObject* cmap = objects.CreateObject();
    set_stream(*cmap, to_unicode_cmap(text_of_code), compress);
    return cmap;
}

}  // namespace

std::string subset_tag(const std::string& postscript_name,
                       const std::map<text::GlyphId, std::uint16_t>& code_of_glyph) {
    Sha256 hash;
    hash.add(postscript_name);
    for (const auto& [glyph, code] : code_of_glyph) {
        const char bytes[4] = {static_cast<char>(glyph >> 8), static_cast<char>(glyph & 0xFF),
                               static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
        hash.add(std::string_view(bytes, sizeof bytes));
    }
    const Digest digest = hash.finish();
    std::string tag;
    for (std::size_t i = 0; i < 6; ++i) tag.push_back(static_cast<char>('A' + digest[i] % 26));
    return tag;
}

EmbeddedFont embed_cid_font(PoDoFo::PdfVecObjects& objects, const text::FontFace& face,
                            text::FontId font, const GlyphTextMap& glyph_text, std::string resource,
                            bool compress) {
    // The glyphs the document draws, as a subset program and the codes that select them.
    const text::FontSubset subset = text::subset_font(face, glyph_text.glyphs(font));
    EmbeddedFont embedded;
    embedded.codes.resource = std::move(resource);
    embedded.codes.code_of_glyph = content_codes(face, subset);
    for (const auto& [glyph, code] : embedded.codes.code_of_glyph)
        embedded.codes.width_of_code[code] = glyph_space(face, face.advance(glyph));
    const std::string base_name = subset_tag(face.postscript_name(), embedded.codes.code_of_glyph) +
                                  "+" + face.postscript_name();

    // Program, descriptor, descendant CIDFont, ToUnicode, and the Type0 font over them.
    const PdfObject* program = write_program(objects, subset, compress);
    const PdfObject* descriptor = write_descriptor(objects, face, base_name, subset, *program);
    const PdfObject* cid_font = write_cid_font(
        objects, base_name, subset, compact_widths(embedded.codes.width_of_code), *descriptor);
    const PdfObject* to_unicode =
        write_to_unicode(objects, embedded.codes, font, glyph_text, compress);

    PdfObject* type0 = objects.CreateObject("Font");
    PdfDictionary& d = type0->GetDictionary();
    d.AddKey(PdfName::KeySubtype, PdfName("Type0"));
    // PDF 32000-1 9.7.6.1: a CIDFontType0's Type0 name appends the CMap name.
    const bool cff = subset.format == text::OutlineFormat::kCff;
    d.AddKey("BaseFont", PdfName(cff ? base_name + "-Identity-H" : base_name));
    d.AddKey("Encoding", PdfName("Identity-H"));
    PdfArray descendants;
    descendants.push_back(cid_font->Reference());
    d.AddKey("DescendantFonts", descendants);
    d.AddKey("ToUnicode", to_unicode->Reference());
    embedded.reference = type0->Reference();
    return embedded;
}

}  // namespace briefbook::pdf
