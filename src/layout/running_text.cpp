#include "layout/running_text.hpp"

#include <cassert>

namespace briefbook::layout {

namespace {

const std::string* field(const RunningFields& fields, std::string_view name) {
    if (name == "title") return &fields.title;
    if (name == "section") return &fields.section;
    if (name == "classification") return &fields.classification;
    if (name == "version") return &fields.version;
    if (name == "date") return &fields.date;
    if (name == "page") return &fields.page;
    if (name == "pages") return &fields.pages;
    return nullptr;
}

}  // namespace

bool is_running_field(std::string_view name) { return field(RunningFields{}, name) != nullptr; }

std::string expand_running(const TextTemplate& text, const RunningFields& fields, const Labels& labels) {
    const TemplateValues field_values = [&](const TemplatePart& part) {
        const auto* value = field(fields, part.text);
        assert(value);  // the layout loader accepts only known fields, the label loader only theirs
        return value ? *value : std::string();
    };
    return expand_template(text, [&](const TemplatePart& part) {
        if (part.kind == TemplatePart::Kind::kField) return field_values(part);
        const auto label = label_from_key(part.text);
        assert(label);  // the layout loader accepts only known label keys
        // A label's own parts are fields only: label files cannot name other labels.
        return expand_template(labels.texts[static_cast<std::size_t>(*label)], field_values);
    });
}

}  // namespace briefbook::layout
