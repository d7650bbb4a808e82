#include "text/font_subset.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>

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

/// A private, copy-on-write mapping of a font file: the source face hb-subset reads. Writing to it
/// copies only the pages written (the table directory), never the file.
class PrivateMapping {
  public:
    explicit PrivateMapping(const std::filesystem::path& path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat info {};
        if (::fstat(fd, &info) == 0 && info.st_size > 0) {
            void* data = ::mmap(nullptr, static_cast<std::size_t>(info.st_size),
                                PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
            if (data != MAP_FAILED) {
                data_ = static_cast<unsigned char*>(data);
                size_ = static_cast<std::size_t>(info.st_size);
            }
        }
        ::close(fd);
    }
    ~PrivateMapping() {
        if (data_) ::munmap(data_, size_);
    }
    PrivateMapping(const PrivateMapping&) = delete;
    PrivateMapping& operator=(const PrivateMapping&) = delete;

    [[nodiscard]] unsigned char* data() const { return data_; }
    [[nodiscard]] std::size_t size() const { return size_; }

  private:
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

std::uint32_t read_u32(const unsigned char* at) {
    return (std::uint32_t{at[0]} << 24) | (std::uint32_t{at[1]} << 16) |
           (std::uint32_t{at[2]} << 8) | std::uint32_t{at[3]};
}

/// The face's table directory in a mapped file (a .ttc points to one per face), with bounds
/// checked; nothing when the file is not laid out as OpenType says.
std::optional<std::pair<std::size_t, std::size_t>> table_records(const PrivateMapping& file,
                                                                 unsigned index) {
    const unsigned char* bytes = file.data();
    const std::size_t size = file.size();
    std::size_t directory = 0;
    if (size >= 12 && std::memcmp(bytes, "ttcf", 4) == 0) {
        const std::uint32_t faces = read_u32(bytes + 8);
        if (index >= faces || 12 + 4 * std::size_t{index} + 4 > size) return std::nullopt;
        directory = read_u32(bytes + 12 + 4 * std::size_t{index});
    } else if (index != 0) {
        return std::nullopt;
    }
    if (directory + 12 > size) return std::nullopt;
    const std::size_t tables =
        (std::size_t{bytes[directory + 4]} << 8) | std::size_t{bytes[directory + 5]};
    if (directory + 12 + 16 * tables > size) return std::nullopt;
    return std::make_pair(directory + 12, tables);
}

/// The face with the dropped tables made empty. hb-subset 6 consults the source cmap even when
/// the cmap is dropped from the output, so the only way to keep variation-sequence alternates out
/// is a source face that has no cmap. The file is mapped copy-on-write and only the lengths in
/// its table directory are zeroed (an empty table is an absent one to HarfBuzz; the directory
/// stays sorted): copying a CJK collection's 20 MB to rebuild it without them cost more than the
/// whole rest of writing the PDF.
FacePtr face_without_dropped_tables(const FontFace& face) {
    auto file = std::make_unique<PrivateMapping>(face.path());
    if (!file->data()) fail(face, "cannot map the file");
    const auto records = table_records(*file, face.index());
    if (!records) fail(face, "its table directory is not where OpenType puts it");
    for (std::size_t i = 0; i < records->second; ++i) {
        unsigned char* record = file->data() + records->first + 16 * i;
        if (is_dropped(read_u32(record))) std::memset(record + 12, 0, 4);  // length
    }
    if (file->size() > std::numeric_limits<unsigned>::max()) fail(face, "the file is too large");
    const auto length = static_cast<unsigned>(file->size());
    const char* data = reinterpret_cast<const char*>(file->data());
    // The blob owns the mapping from here on (and destroys it itself when it cannot be made).
    BlobPtr blob(hb_blob_create_or_fail(data, length, HB_MEMORY_MODE_READONLY, file.release(),
                                        [](void* mapping) {
                                            delete static_cast<PrivateMapping*>(mapping);
                                        }));
    if (!blob) fail(face, "out of memory");
    return FacePtr(hb_face_create(blob.get(), face.index()));
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
