#pragma once
// Text with named fields, as layouts and labels write it: "Page {page} of {pages}",
// "{title}", "{label:page-of-pages}". Parsed once when the file loads (so that a misspelt field
// is a located diagnostic, not a blank in the book), expanded many times.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefbook::layout {

/// One piece of a template.
struct TemplatePart {
    enum class Kind { kLiteral, kField, kLabel };
    Kind kind = Kind::kLiteral;
    std::string text;  ///< the literal text, the field name, or the label key
    friend bool operator==(const TemplatePart&, const TemplatePart&) = default;
};

/// A parsed template: its parts in order.
struct TextTemplate {
    std::vector<TemplatePart> parts;
    [[nodiscard]] bool empty() const { return parts.empty(); }
    friend bool operator==(const TextTemplate&, const TextTemplate&) = default;
};

/// Parses `text`: "{name}" is a field, "{label:key}" a generated label, "{{" and "}}" stand for
/// braces. Returns nothing and says why in `error` when a brace is unbalanced or a name empty.
[[nodiscard]] std::optional<TextTemplate> parse_template(std::string_view text, std::string& error);

/// The template written back as text ("Page {page} of {pages}"), braces doubled: for dumps.
[[nodiscard]] std::string template_source(const TextTemplate& text);

/// What a field or label part stands for in one expansion.
using TemplateValues = std::function<std::string(const TemplatePart&)>;

/// Expands a template. A literal next to a field that came out empty is left out with it, so
/// that "{version} · {date}" prints "20 November 2023" rather than " · 20 November 2023" when
/// there is no version.
[[nodiscard]] std::string expand_template(const TextTemplate& text, const TemplateValues& values);

}  // namespace briefbook::layout
