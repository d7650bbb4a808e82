#include "text/font_subset.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <memory>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

namespace {

/// Owning HarfBuzz handles: movable, not copyable, destroyed with their own function.
template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
    void operator()(T* handle) const { Destroy(handle); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using InputPtr =
    std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using PlanPtr =
    std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

/// Tables a PDF font program does without. Layout tables would make hb-subset add every glyph a
/// substitution can reach; the cmap would add the alternates of variation sequences (Noto Sans
/// CJK maps 直 + VS to other glyphs). Text is drawn by glyph id, so neither is needed.
constexpr std::array kDroppedTables = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
    HB_TAG('c', 'm', 'a', 'p'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('v', 'h', 'e', 'a'),
    HB_TAG('v', 'm', 't', 'x'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('k', 'e', 'r', 'n'),
};

[[noreturn]] void fail(const FontFace& face, const std::string& what) {
    throw Error("cannot subset font " + face.path().string() + " #" + std::to_string(face.index()) +
                    ": " + what,
                "font.subset-failed");
}

bool is_dropped(hb_tag_t tag) {
    return std::find(kDroppedTables.begin(), kDroppedTables.end(), tag) != kDroppedTables.end();
}

/// A copy of the face without the dropped tables. hb-subset 6 consults the source cmap even when
/// the cmap is dropped from the output, so the only way to keep variation-sequence alternates out
/// is a source face that has no cmap. Tables are referenced, then serialized once.
FacePtr face_without_dropped_tables(const FontFace& face) {
    hb_face_t* source = face.hb_face();
    FacePtr builder(hb_face_builder_create());
    unsigned offset = 0;
    std::array<hb_tag_t, 32> tags{};
    for (;;) {
        unsigned count = static_cast<unsigned>(tags.size());
        hb_face_get_table_tags(source, offset, &count, tags.data());
        if (count == 0) break;
        for (unsigned i = 0; i < count; ++i) {
            if (is_dropped(tags[i])) continue;
            BlobPtr table(hb_face_reference_table(source, tags[i]));
            if (!hb_face_builder_add_table(builder.get(), tags[i], table.get()))
                fail(face, "out of memory");
        }
        offset += count;
    }
    BlobPtr whole(hb_face_reference_blob(builder.get()));
    if (hb_blob_get_length(whole.get()) == 0) fail(face, "cannot copy its tables");
    return FacePtr(hb_face_create(whole.get(), 0));
}

InputPtr subset_input(std::span<const GlyphId> glyphs) {
    InputPtr input(hb_subset_input_create_or_fail());
    if (!input) return input;
    hb_set_t* glyph_set = hb_subset_input_glyph_set(input.get());
    hb_set_add(glyph_set, 0);  // .notdef must stay glyph 0
    for (GlyphId glyph : glyphs) hb_set_add(glyph_set, glyph);
    hb_set_clear(hb_subset_input_unicode_set(input.get()));
    hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t tag : kDroppedTables) hb_set_add(dropped, tag);
    // Desubroutinized CFF subsets came out smaller (after Flate) and twice as fast to make for
    // the glyph counts a briefing book uses (a few hundred to a thousand per face).
    hb_subset_input_set_flags(input.get(),
                              HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
    return input;
}

std::string blob_bytes(hb_blob_t* blob) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    return std::string(data ? data : "", length);
}

}  // namespace

GlyphId FontSubset::new_glyph(GlyphId original) const {
    const auto it =
        std::lower_bound(glyph_map.begin(), glyph_map.end(), original,
                         [](const auto& entry, GlyphId id) { return entry.first < id; });
    assert(it != glyph_map.end() && it->first == original && "glyph was not part of the subset");
    return it->second;
}

FontSubset subset_font(const FontFace& face, std::span<const GlyphId> glyphs) {
    for (GlyphId glyph : glyphs)
        if (glyph >= face.glyph_count())
            fail(face, "glyph " + std::to_string(glyph) + " out of range");

    // Not CFF, so it must be glyf: CFF2 (variable PostScript outlines) has no PDF font type.
    if (!face.has_cff_outlines()) {
        const BlobPtr glyf(hb_face_reference_table(face.hb_face(), HB_TAG('g', 'l', 'y', 'f')));
        if (hb_blob_get_length(glyf.get()) == 0)
            fail(face, "its outlines are neither TrueType nor CFF");
    }

    // A source without cmap and layout tables, so the plan holds exactly the requested glyphs.
    const FacePtr source = face_without_dropped_tables(face);
    const InputPtr input = subset_input(glyphs);
    if (!input) fail(face, "out of memory");
    const PlanPtr plan(hb_subset_plan_create_or_fail(source.get(), input.get()));
    if (!plan) fail(face, "HarfBuzz could not plan the subset");

    FontSubset subset;
    const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    std::vector<GlyphId> wanted(glyphs.begin(), glyphs.end());
    wanted.push_back(0);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (GlyphId glyph : wanted) {
        if (!hb_map_has(old_to_new, glyph))
            fail(face, "glyph " + std::to_string(glyph) + " was dropped");
        subset.glyph_map.emplace_back(glyph, hb_map_get(old_to_new, glyph));
    }

    const FacePtr result(hb_subset_plan_execute_or_fail(plan.get()));
    if (!result) fail(face, "HarfBuzz could not write the subset");
    if (face.has_cff_outlines()) {
        // PDF embeds the bare CFF table (FontFile3 /CIDFontType0C): wrapped as OpenType, poppler
        // and MuPDF disagree about which glyphs the codes select.
        subset.format = OutlineFormat::kCff;
        const BlobPtr cff(hb_face_reference_table(result.get(), HB_TAG('C', 'F', 'F', ' ')));
        subset.program = blob_bytes(cff.get());
    } else {
        subset.format = OutlineFormat::kTrueType;
        const BlobPtr whole(hb_face_reference_blob(result.get()));
        subset.program = blob_bytes(whole.get());
    }
    if (subset.program.empty()) fail(face, "the subset is empty");
    return subset;
}

}  // namespace briefbook::text
