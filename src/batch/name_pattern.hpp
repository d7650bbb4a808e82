#pragma once
// File names of a batch's books from a pattern such as '{id}.pdf' or '{family}-{given}.pdf'.
// Field values are made safe for a file name (no folder separators, no control or bidi
// characters); CJK and other letters stay as they are.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefbook::batch {

/// The values one book's name is made from (before they are made file-name safe).
struct NameFields {
    std::string id;        ///< the person's id; empty for a book that is not personalised
    std::string family;    ///< romanized family name (or the only name there is)
    std::string given;     ///< romanized given name
    std::string name;      ///< the full name as the book prints it ("SONG Ruilin")
    std::string briefing;  ///< the input file's name without folder and extension
};

class NamePattern {
  public:
    enum class Field { kId, kFamily, kGiven, kName, kBriefing };

    /// Parses a pattern: literal text with {id}, {family}, {given}, {name} and {briefing};
    /// '{{' and '}}' stand for braces. Nothing, with `problem` set, when the pattern names an
    /// unknown field, has an unbalanced brace, contains a '/', or has no field at all.
    [[nodiscard]] static std::optional<NamePattern> parse(std::string_view text,
                                                          std::string& problem);

    /// True when the pattern uses this field.
    [[nodiscard]] bool uses(Field field) const;
    /// The file name for one book: the pattern with each field's file-name-safe value.
    [[nodiscard]] std::string expand(const NameFields& fields) const;
    [[nodiscard]] const std::string& text() const { return text_; }

  private:
    struct Part {
        std::string literal;
        std::optional<Field> field;
    };
    std::string text_;
    std::vector<Part> parts_;
};

/// `text` made usable as (part of) a file name on any common system: '/', '\\', control
/// characters, bidirectional overrides and the characters Windows refuses (<>:"|?*) become '_';
/// invalid UTF-8 bytes too. Letters of every script, digits, spaces and punctuation stay.
[[nodiscard]] std::string file_name_safe(std::string_view text);

/// Why `name` cannot be a file name (empty, "." or "..", longer than 255 bytes), or nothing.
[[nodiscard]] std::optional<std::string> file_name_problem(std::string_view name);

}  // namespace briefbook::batch
