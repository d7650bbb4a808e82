#pragma once
// The engine: what is loaded once per process (fonts, hyphenation patterns) and the books built
// from it. Safe to build several books at once from several threads.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "briefbook/diagnostics.hpp"
#include "briefbook/limits.hpp"
#include "briefbook/model.hpp"

namespace briefbook {

/// What to make of one briefing.
struct BuildOptions {
    std::string layout = "a4";   ///< a layout name (layouts/NAME.xml in the data folder) or a path
    std::string for_person;      ///< a personalised book: this person's sessions only
    bool draft = false;          ///< DRAFT across every page (also when the version says Draft)
    bool watermark = false;      ///< the personalised book's recipient faintly on every page
    std::int64_t created = 0;    ///< creation date (seconds since the epoch); 0: the issue date
    std::string password;        ///< AES-256 user password; empty: not encrypted
    std::size_t max_pages = limits::kMaxPages;  ///< a longer book is refused [limit.pages]
    /// Images with more pixels per inch than this at the size the book places them are
    /// downsampled (photos re-encoded as JPEG); 0: every image as it is (docs/pdf.md, Images).
    unsigned max_image_ppi = 0;
};

/// A built book.
struct Book {
    std::string pdf;          ///< the file's bytes
    std::size_t pages = 0;
    std::uint64_t image_bytes = 0;       ///< of `pdf`, the image streams' (the rest: fonts, text)
    std::size_t images_downsampled = 0;  ///< image files downsampled for max_image_ppi
};

/// A book laid out but not yet written (the display list), to write once or several times: at
/// several image resolutions, to fit a size budget, without composing it again. Move-only.
class ComposedBook {
public:
    ComposedBook(ComposedBook&&) noexcept;
    ComposedBook& operator=(ComposedBook&&) noexcept;
    ~ComposedBook();
    [[nodiscard]] std::size_t pages() const;

private:
    friend class Engine;
    struct Impl;
    explicit ComposedBook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

class Engine {
public:
    /// Loads the font configuration (DATA/fonts/fonts.xml) and resolves every face through
    /// fontconfig, and the hyphenation patterns. Throws briefbook::Error when a font or file the
    /// configuration needs is missing (code "font.family-missing", "font.unreadable", ...) or
    /// when the configuration itself has errors ("font.config").
    explicit Engine(std::filesystem::path data_dir);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    /// Lays out and writes one book. Nothing when the briefing, the layout or the person asked
    /// for has errors (reported in `diagnostics`, with warnings).
    [[nodiscard]] std::optional<Book> build(const model::Briefing& briefing, const BuildOptions& options,
                                            Diagnostics& diagnostics) const;

    /// The first half of build(): lays out the book. Nothing when it has errors, as build().
    [[nodiscard]] std::optional<ComposedBook> compose(const model::Briefing& briefing,
                                                      const BuildOptions& options,
                                                      Diagnostics& diagnostics) const;

    /// The second half of build(): writes a composed book. Of `options`, only the writer's fields
    /// count (password, max_image_ppi): build(b, o) gives the bytes of write(*compose(b, o), o).
    /// Image warnings go to `diagnostics`; throws briefbook::Error as build() does.
    [[nodiscard]] Book write(const ComposedBook& book, const BuildOptions& options,
                             Diagnostics& diagnostics) const;

    /// The display list of the book as text (the golden-test form of what goes into the PDF).
    [[nodiscard]] std::optional<std::string> trace(const model::Briefing& briefing, const BuildOptions& options,
                                                   Diagnostics& diagnostics) const;

    /// A layout as the engine resolves it (base layouts and style inheritance applied), one
    /// setting a line; nothing when the layout has errors.
    [[nodiscard]] std::optional<std::string> layout_dump(const std::string& layout, Diagnostics& diagnostics) const;

    [[nodiscard]] const std::filesystem::path& data_dir() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace briefbook
