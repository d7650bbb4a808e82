#pragma once
// The font configuration (fonts/fonts.xml) as plain values: which families draw each role in each
// language, with the Debian package that installs each family. Loading it only reads the file;
// FontRegistry resolves the families to font files.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

/// A family the configuration may name, and the Debian package that provides it.
struct FontFamilyConfig {
    std::string name;     ///< fontconfig family name: "Noto Serif CJK JP"
    std::string package;  ///< Debian package: "fonts-noto-cjk"
    SourceLocation where;
};

/// One entry of a chain: a family, tried in order.
struct FontChainEntry {
    std::string family;
    SourceLocation where;
};

/// The families for one role in one language. `lang` is a language key (see font_language_key):
/// empty for the default chain (Latin and every script without a chain of its own).
struct FontChainConfig {
    std::string lang;
    std::vector<FontChainEntry> fonts;
    SourceLocation where;
};

/// A role of the layouts ("body", "heading", "label", "mono") and its chains.
struct FontRoleConfig {
    std::string name;
    int weight = 400;       ///< OpenType weight (usWeightClass) of regular text in this role
    int bold_weight = 700;  ///< weight when a span asks for bold
    std::vector<FontChainConfig> chains;
    SourceLocation where;

    /// The chain for a language key, or the default chain when the role has none for it.
    [[nodiscard]] const FontChainConfig& chain(std::string_view lang_key) const;
};

/// The whole configuration. A loaded configuration without errors is complete: every role has a
/// default chain and every family it names is declared with its package.
struct FontConfig {
    std::string source;  ///< the file as named to the loader, for messages
    std::vector<FontFamilyConfig> families;
    std::vector<FontRoleConfig> roles;
    std::vector<FontChainEntry> fallback;  ///< appended to every chain

    /// The declared family with this name, or nullptr.
    [[nodiscard]] const FontFamilyConfig* find_family(std::string_view name) const;
    /// The role with this name, or nullptr.
    [[nodiscard]] const FontRoleConfig* find_role(std::string_view name) const;
};

/// Roles every configuration must define, because layouts and the composer ask for them.
inline constexpr std::string_view kRequiredFontRoles[] = {"body", "heading", "label", "mono"};

/// Reads a font configuration. Problems in the file are reported with file:line:col under codes
/// `fonts.*`; the result is only usable when `diagnostics.has_errors()` is false.
FontConfig load_font_config(const std::filesystem::path& file, Diagnostics& diagnostics);

/// Same, from memory (tests); `display_name` names the file in diagnostics.
FontConfig load_font_config_from_memory(std::string_view xml, std::string display_name,
                                        Diagnostics& diagnostics);

}  // namespace briefbook::text
