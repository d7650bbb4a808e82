#pragma once
// Every face the font configuration names, resolved through fontconfig and loaded once per
// process, with the chain of faces to try for each role, style and language.

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/font_config.hpp"
#include "text/font_table.hpp"
#include "text/styled_text.hpp"

namespace briefbook::text {

/// How one face of the registry was found: what the configuration asked for, what it got.
struct FontOrigin {
    std::string family;    ///< the configured family ("Noto Serif CJK JP")
    std::string package;   ///< the Debian package that provides it
    std::string style;     ///< the style fontconfig matched ("Bold")
    SourceLocation where;  ///< the configuration entry that first named the face
};

/// The language keys a role may have chains for, default ("") first.
inline constexpr std::array<std::string_view, 5> kFontLanguageKeys = {"", "ja", "zh-Hans",
                                                                      "zh-Hant", "ko"};

/// The faces of a FontConfig, resolved and loaded at construction. After construction every member
/// is const and reads only immutable data, so several threads may shape with one registry.
class FontRegistry final : public FontTable {
  public:
    /// Resolves every family of `config` (which must have loaded without errors) in regular, bold,
    /// italic and bold italic through fontconfig and loads the faces, each file once (the faces of
    /// a .ttc share its bytes). Throws briefbook::Error with code "font.family-missing", naming
    /// each family that is not installed and its Debian package, and "font.unreadable" for a file
    /// that cannot be read.
    explicit FontRegistry(FontConfig config);
    ~FontRegistry() override;
    FontRegistry(const FontRegistry&) = delete;
    FontRegistry& operator=(const FontRegistry&) = delete;

    /// FontTable: the face with this id.
    [[nodiscard]] const FontFace& face(FontId id) const override;
    /// FontTable: number of faces.
    [[nodiscard]] std::size_t size() const override { return faces_.size(); }

    /// The faces to try, in order, for text in a role and style and a BCP 47 language ("ja-JP",
    /// "zh-TW", "en", ""): the role's chain for the language's key (see font_language_key), or its
    /// default chain, followed by the configuration's fallback families. Never empty. An unknown
    /// role gets the "body" chains (layouts check their roles with has_role).
    [[nodiscard]] std::span<const FontId> chain(const FontRequest& request,
                                                std::string_view lang) const;

    /// True when the configuration defines the role.
    [[nodiscard]] bool has_role(std::string_view role) const;
    /// How a face was resolved (for `briefbook fonts` and error messages).
    [[nodiscard]] const FontOrigin& origin(FontId id) const;
    /// The configuration the registry was built from.
    [[nodiscard]] const FontConfig& config() const { return config_; }

  private:
    struct Resolver;
    /// Index into chains_: role, then style (bold * 2 + italic), then language key.
    [[nodiscard]] std::size_t chain_index(std::size_t role, bool bold, bool italic,
                                          std::size_t lang) const;

    FontConfig config_;
    std::vector<std::shared_ptr<const FontFace>> faces_;
    std::vector<FontOrigin> origins_;
    std::vector<std::vector<FontId>> chains_;
    std::size_t body_role_ = 0;
};

/// Reads a font configuration file and resolves it: what a command calls once per process.
/// Returns nullptr when the file has errors (reported in `diagnostics`, file:line:col); throws
/// briefbook::Error like the FontRegistry constructor when a family is not installed.
std::unique_ptr<FontRegistry> load_font_registry(const std::filesystem::path& file,
                                                 Diagnostics& diagnostics);

}  // namespace briefbook::text
