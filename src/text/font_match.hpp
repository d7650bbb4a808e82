#pragma once
// Finding font files through fontconfig: the only place that talks to it.

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace briefbook::text {

/// What fontconfig chose for a request: a file, the face in it, and the family it really is.
struct FontMatch {
    std::filesystem::path file;
    unsigned index = 0;  ///< face index in a collection (.ttc); 0 for a plain file
    std::string family;  ///< the family fontconfig matched (may differ from the one asked for)
    std::string style;   ///< "Regular", "Bold", ...
    /// True when `family` is among the matched font's family names (it has several, in languages).
    bool is_family = false;
};

/// The system's font configuration, loaded once. Matching is const and thread-safe.
class FontMatcher {
  public:
    /// Loads the default fontconfig configuration and font list. Throws briefbook::Error
    /// (code "font.config") when fontconfig cannot start. With `families`, requests are first
    /// matched among the installed fonts of those families only (the same ranking, against a
    /// few dozen fonts instead of every font of the system); a request those cannot answer with
    /// its own family is matched against every font, as without them.
    explicit FontMatcher(std::span<const std::string> families = {});
    ~FontMatcher();
    FontMatcher(const FontMatcher&) = delete;
    FontMatcher& operator=(const FontMatcher&) = delete;

    /// The best font for a family at an OpenType weight and slant, as fontconfig ranks them. When
    /// the family is not installed fontconfig still returns its substitute; `is_family` says so.
    [[nodiscard]] FontMatch match(std::string_view family, int weight, bool italic) const;

  private:
    struct Config;
    std::unique_ptr<Config> config_;
};

}  // namespace briefbook::text
