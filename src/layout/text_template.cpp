#include "layout/text_template.hpp"

namespace briefbook::layout {

namespace {
constexpr std::string_view kLabelPrefix = "label:";
}  // namespace

std::optional<TextTemplate> parse_template(std::string_view text, std::string& error) {
    TextTemplate result;
    std::string literal;
    const auto flush_literal = [&] {
        if (!literal.empty()) result.parts.push_back({TemplatePart::Kind::kLiteral, std::move(literal)});
        literal.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool doubled = i + 1 < text.size() && text[i + 1] == c;
        if (c == '}') {
            if (!doubled) {
                error = "'}' without '{' (write '}}' for a brace)";
                return std::nullopt;
            }
            literal += '}';
            ++i;
            continue;
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        if (doubled) {
            literal += '{';
            ++i;
            continue;
        }
        const auto close = text.find('}', i + 1);
        if (close == std::string_view::npos) {
            error = "'{' without '}' (write '{{' for a brace)";
            return std::nullopt;
        }
        std::string_view name = text.substr(i + 1, close - i - 1);
        TemplatePart part{TemplatePart::Kind::kField, {}};
        if (name.substr(0, kLabelPrefix.size()) == kLabelPrefix) {
            part.kind = TemplatePart::Kind::kLabel;
            name.remove_prefix(kLabelPrefix.size());
        }
        if (name.empty() || name.find_first_of("{ \t\n") != std::string_view::npos) {
            error = "'{" + std::string(text.substr(i + 1, close - i - 1)) + "}' is not a field name";
            return std::nullopt;
        }
        part.text = std::string(name);
        flush_literal();
        result.parts.push_back(std::move(part));
        i = close;
    }
    flush_literal();
    return result;
}

std::string template_source(const TextTemplate& text) {
    std::string out;
    for (const auto& part : text.parts) {
        switch (part.kind) {
            case TemplatePart::Kind::kLiteral:
                for (const char c : part.text) out += c == '{' ? "{{" : c == '}' ? "}}" : std::string(1, c);
                break;
            case TemplatePart::Kind::kField: out += '{' + part.text + '}'; break;
            case TemplatePart::Kind::kLabel: out += std::string("{") + std::string(kLabelPrefix) + part.text + '}'; break;
        }
    }
    return out;
}

std::string expand_template(const TextTemplate& text, const TemplateValues& values) {
    const auto& parts = text.parts;
    std::vector<std::string> expanded(parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        expanded[i] = parts[i].kind == TemplatePart::Kind::kLiteral ? parts[i].text : values(parts[i]);
    }
    const auto empty_field = [&](std::size_t i) {
        return parts[i].kind != TemplatePart::Kind::kLiteral && expanded[i].empty();
    };
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].kind == TemplatePart::Kind::kLiteral &&
            ((i > 0 && empty_field(i - 1)) || (i + 1 < parts.size() && empty_field(i + 1)))) {
            continue;
        }
        out += expanded[i];
    }
    return out;
}

}  // namespace briefbook::layout
