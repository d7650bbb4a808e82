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
};

/// A built book.
struct Book {
    std::string pdf;          ///< the file's bytes
    std::size_t pages = 0;
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
