#pragma once
// Where an English word may take a hyphen at a line end: libhyphen with Debian's TeX-derived
// patterns (package hyphen-en-us). libhyphen's types stay inside hyphenator.cpp.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace briefbook::para {

/// Where Debian's hyphen-en-us package puts the US English patterns.
inline constexpr std::string_view kDebianEnglishPatterns = "/usr/share/hyphen/hyph_en_US.dic";

/// A set of hyphenation dictionaries, one per language. Immutable once built, so one instance can
/// serve every paragraph on every thread. An empty Hyphenator hyphenates nothing.
class Hyphenator {
  public:
    Hyphenator();
    ~Hyphenator();
    Hyphenator(Hyphenator&&) noexcept;
    Hyphenator& operator=(Hyphenator&&) noexcept;
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    /// A Hyphenator for English with the patterns at `patterns`. Throws briefbook::Error (code
    /// "hyphen.unreadable") when the file cannot be loaded.
    static Hyphenator english(
        const std::filesystem::path& patterns = std::filesystem::path(kDebianEnglishPatterns));

    /// Adds the patterns for a primary language subtag ("en"). Throws like english().
    void add(std::string language, const std::filesystem::path& patterns);

    /// True when words of this BCP 47 language can be hyphenated.
    [[nodiscard]] bool covers(std::string_view bcp47) const;

    /// Byte offsets inside `word` (UTF-8, letters only) where a hyphen may go, in increasing
    /// order: at least 2 letters before and 3 after (TeX's English \lefthyphenmin and
    /// \righthyphenmin). Words shorter than 5 letters, all-capital words (acronyms) and languages
    /// without patterns give none.
    [[nodiscard]] std::vector<std::uint32_t> points(std::string_view bcp47,
                                                    std::string_view word) const;

  private:
    struct Dictionary;
    std::vector<std::unique_ptr<Dictionary>> dictionaries_;
    [[nodiscard]] const Dictionary* find(std::string_view bcp47) const;
};

}  // namespace briefbook::para
