#pragma once
// Shared by the PDF writer's tests: fonts from the machine's Noto files, hand-built glyph runs and
// documents, and running the PDF tools.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/display_list.hpp"
#include "text/font_table.hpp"

namespace briefbook::pdf::testing {

inline constexpr const char* kCjkSans = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
inline constexpr unsigned kCjkJapanese = 0;  ///< face index of Noto Sans CJK JP in the collection
inline constexpr unsigned kCjkChinese = 2;   ///< Noto Sans CJK SC
inline constexpr const char* kSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

/// A FontTable over a plain list of faces.
class TestFonts : public text::FontTable {
  public:
    text::FontId add(const std::filesystem::path& file, unsigned index = 0);
    [[nodiscard]] const text::FontFace& face(text::FontId id) const override;
    [[nodiscard]] std::size_t size() const override { return faces_.size(); }

  private:
    std::vector<std::shared_ptr<const text::FontFace>> faces_;
};

/// A glyph run as a very small shaper would make it: the nominal glyph of each code point at its
/// advance, except that "fi" becomes the U+FB01 ligature glyph (one glyph, one two-letter
/// cluster) when the face has one.
[[nodiscard]] render::GlyphRunItem nominal_run(const TestFonts& fonts, text::FontId font,
                                               const std::string& text, double size, double x,
                                               double y, const std::string& lang);

/// The width of a run: the last glyph's x plus its advance.
[[nodiscard]] double run_width(const render::GlyphRunItem& run);

/// The faces of the sample document, in the FontId order `mixed_document` uses.
struct SampleFonts {
    TestFonts table;
    text::FontId serif, japanese, chinese;
};
[[nodiscard]] std::unique_ptr<SampleFonts> sample_fonts();

/// The sample book: two A4 pages of Latin (with a ligature), Chinese and Japanese paragraphs, the
/// names 直骨返 set in the Japanese and in the Chinese face, look-alike code points, rules, a
/// dotted leader, images (JPEG, RGBA/palette/grey/16-bit PNG, and a corrupt one), anchors, links
/// and a two-level outline with CJK titles.
[[nodiscard]] render::RenderedDocument mixed_document(const SampleFonts& fonts);

/// One A4 page filled with text, as a briefing's densest pages are: 14 lines of Japanese, 13 of
/// Simplified Chinese and 12 of English. What its fonts cost is the figure the text engine issue
/// asks for.
[[nodiscard]] render::RenderedDocument dense_page_document(const SampleFonts& fonts);

/// The text the sample's pages say, one line a run, for comparing with extracted text.
[[nodiscard]] std::vector<std::string> mixed_document_lines();

/// The folder of the test images (tests/data/images).
[[nodiscard]] std::filesystem::path image_dir();

/// A fresh empty folder for one test's files, removed with the object. Unique per process, since
/// ctest runs the tests of one suite in parallel processes.
class ScratchDir {
  public:
    explicit ScratchDir(const std::string& name);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    /// A file in the folder, as a string for command lines.
    [[nodiscard]] std::string file(const std::string& name) const {
        return (path_ / name).string();
    }

  private:
    std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, const std::string& bytes);
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

/// Runs a shell command; its standard output and exit status.
struct CommandResult {
    int status = -1;
    std::string out;
};
[[nodiscard]] CommandResult run_command(const std::string& command);

/// Removes all white space (text extraction puts line breaks and spaces in its own places).
[[nodiscard]] std::string without_space(const std::string& text);

}  // namespace briefbook::pdf::testing
