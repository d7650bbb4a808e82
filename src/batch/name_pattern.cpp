#include "batch/name_pattern.hpp"

#include <array>
#include <utility>

namespace briefbook::batch {

namespace {

constexpr std::array<std::pair<std::string_view, NamePattern::Field>, 5> kFields = {{
    {"id", NamePattern::Field::kId},
    {"family", NamePattern::Field::kFamily},
    {"given", NamePattern::Field::kGiven},
    {"name", NamePattern::Field::kName},
    {"briefing", NamePattern::Field::kBriefing},
}};

/// The longest file name Linux, macOS and Windows file systems accept, in bytes (NAME_MAX).
constexpr std::size_t kMaxNameBytes = 255;

const std::string& value_of(const NameFields& fields, NamePattern::Field field) {
    switch (field) {
        case NamePattern::Field::kId:
            return fields.id;
        case NamePattern::Field::kFamily:
            return fields.family;
        case NamePattern::Field::kGiven:
            return fields.given;
        case NamePattern::Field::kName:
            return fields.name;
        case NamePattern::Field::kBriefing:
            return fields.briefing;
    }
    return fields.id;
}

/// Decodes one UTF-8 sequence at `i`; returns the code point and its length, or length 0 when
/// the bytes there are not valid UTF-8.
std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return {lead, 1};
    std::size_t length = 0;
    char32_t code = 0;
    if ((lead & 0xE0) == 0xC0)
        length = 2, code = lead & 0x1F;
    else if ((lead & 0xF0) == 0xE0)
        length = 3, code = lead & 0x0F;
    else if ((lead & 0xF8) == 0xF0)
        length = 4, code = lead & 0x07;
    else
        return {0, 0};
    if (i + length > text.size()) return {0, 0};
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return {0, 0};
    return {code, length};
}

bool unsafe_in_file_name(char32_t c) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true;  // C0, DEL, C1 controls
    switch (c) {
        case '/':
        case '\\':
        case '<':
        case '>':
        case ':':
        case '"':
        case '|':
        case '?':
        case '*':
            return true;
        default:
            break;
    }
    // Bidirectional embeddings, overrides and isolates can make 'gpj.exe' read as 'exe.jpg';
    // line and paragraph separators break listings.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x2028 || c == 0x2029;
}

}  // namespace

std::string file_name_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto [code, length] = decode_utf8(text, i);
        if (length == 0 || unsafe_in_file_name(code)) {
            out += '_';
            i += length == 0 ? 1 : length;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::optional<std::string> file_name_problem(std::string_view name) {
    if (name.empty()) return "the file name is empty";
    if (name == "." || name == "..") return "'" + std::string(name) + "' is not a file name";
    if (name.size() > kMaxNameBytes)
        return "the file name is longer than " + std::to_string(kMaxNameBytes) + " bytes";
    return std::nullopt;
}

std::optional<NamePattern> NamePattern::parse(std::string_view text, std::string& problem) {
    NamePattern pattern;
    pattern.text_ = std::string(text);
    std::string literal;
    bool has_field = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            literal += c;  // '{{' or '}}'
            ++i;
            continue;
        }
        if (c == '}') {
            problem = "unbalanced '}' in --name '" + pattern.text_ + "' (write '}}' for a brace)";
            return std::nullopt;
        }
        if (c == '/' || c == '\\') {
            problem = "--name '" + pattern.text_ +
                      "' contains a folder separator; give the folder with -o";
            return std::nullopt;
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos) {
            problem = "unbalanced '{' in --name '" + pattern.text_ + "' (write '{{' for a brace)";
            return std::nullopt;
        }
        const std::string_view name = text.substr(i + 1, close - i - 1);
        std::optional<Field> field;
        for (const auto& [field_name, value] : kFields)
            if (field_name == name) field = value;
        if (!field) {
            problem = "unknown field '{" + std::string(name) +
                      "}' in --name (fields: {id}, {family}, {given}, {name}, {briefing})";
            return std::nullopt;
        }
        pattern.parts_.push_back({std::move(literal), field});
        literal.clear();
        has_field = true;
        i = close;
    }
    if (!literal.empty()) pattern.parts_.push_back({std::move(literal), std::nullopt});
    if (!has_field) {
        problem = "--name '" + pattern.text_ + "' has no field: every book would get the same name";
        return std::nullopt;
    }
    return pattern;
}

bool NamePattern::uses(Field field) const {
    for (const auto& part : parts_)
        if (part.field == field) return true;
    return false;
}

std::string NamePattern::expand(const NameFields& fields) const {
    std::string out;
    for (const auto& part : parts_) {
        out += part.literal;
        if (part.field) out += file_name_safe(value_of(fields, *part.field));
    }
    return out;
}

}  // namespace briefbook::batch
