#include "layout/layout_parse.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "layout/values.hpp"
#include "layout/xml_file.hpp"

namespace briefbook::layout {

namespace {

constexpr std::string_view kPrefix = "layout";

struct NamedSize {
    std::string_view name;
    PageSizeSpec size;
};
const std::array<NamedSize, 5> kPageSizes = {{
    {"A3", {Pt::from_mm(297), Pt::from_mm(420)}},
    {"A4", {Pt::from_mm(210), Pt::from_mm(297)}},
    {"A5", {Pt::from_mm(148), Pt::from_mm(210)}},
    {"Letter", {Pt::from_inch(8.5), Pt::from_inch(11)}},
    {"Legal", {Pt::from_inch(8.5), Pt::from_inch(14)}},
}};

constexpr std::array<std::string_view, 5> kCjkDefaults = {"auto", "zh-Hans", "zh-Hant", "ja", "ko"};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

template <std::size_t N>
std::string list(const std::array<std::string_view, N>& names) {
    std::string out;
    for (const auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

/// What a length may be.
enum class Range { kAny, kNonNegative, kPositive };

/// Reads one file; each method reads one element and reports what is wrong in it.
class Parser {
public:
    Parser(const XmlFile& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

    LayoutSpec parse();

private:
    void parse_page(pugi::xml_node element, LayoutSpec& spec);
    void parse_margins(pugi::xml_node element, LayoutSpec& spec);
    void parse_sections(pugi::xml_node element, LayoutSpec& spec);
    void parse_styles(pugi::xml_node element, LayoutSpec& spec);
    [[nodiscard]] std::optional<StyleSpec> parse_style(pugi::xml_node element);
    [[nodiscard]] RunningSpec parse_running(pugi::xml_node element);
    [[nodiscard]] RunningSlots parse_slots(pugi::xml_node element);
    [[nodiscard]] TextTemplate parse_slot(pugi::xml_node element, const char* name);
    void parse_text(pugi::xml_node element, LayoutSpec& spec);
    void parse_links(pugi::xml_node element, LayoutSpec& spec);
    void parse_images(pugi::xml_node element, LayoutSpec& spec);

    // Attribute values: nothing when absent; an error and nothing when malformed.
    std::optional<Located<Pt>> length(pugi::xml_node element, const char* name, Range range);
    std::optional<bool> yes_no(pugi::xml_node element, const char* name);
    std::optional<Color> color(pugi::xml_node element, const char* name);
    template <std::size_t N>
    std::optional<std::string> one_of(pugi::xml_node element, const char* name,
                                      const std::array<std::string_view, N>& accepted);
    void bad_value(pugi::xml_node element, pugi::xml_attribute attribute, std::string_view code,
                   const std::string& expected);

    const XmlFile& file_;
    Diagnostics& diagnostics_;
};

LayoutSpec Parser::parse() {
    LayoutSpec spec;
    spec.where = file_.source().whole();
    const auto root = file_.root();
    if (!root) {
        spec.incomplete = true;
        return spec;
    }
    spec.where = file_.at(root);
    if (std::string_view(root.name()) != "layout") {
        diagnostics_.error(file_.at(root), "layout.root",
                           "a layout's root element is <layout>, not <" + std::string(root.name()) + ">");
        spec.incomplete = true;
        return spec;
    }
    check_attributes(file_, root, {"version", "base"}, kPrefix, diagnostics_);
    if (const auto version = root.attribute("version"); !version) {
        diagnostics_.warning(file_.at(root), "layout.version", "<layout> has no version; reading it as version 1");
    } else if (std::string_view(version.value()) != "1") {
        diagnostics_.error(file_.at(root, version), "layout.version",
                           "layout version '" + std::string(version.value()) + "' is not supported (only 1)");
    }
    if (const auto base = root.attribute("base")) spec.base = Located<std::string>{base.value(), file_.at(root, base)};

    for (const auto element : child_elements(file_, root, kPrefix, diagnostics_)) {
        const std::string_view name = element.name();
        if (name == "description") {
            check_attributes(file_, element, {}, kPrefix, diagnostics_);
            spec.description = element_text(file_, element, kPrefix, diagnostics_);
        } else if (name == "page") {
            parse_page(element, spec);
        } else if (name == "margins") {
            parse_margins(element, spec);
        } else if (name == "sections") {
            parse_sections(element, spec);
        } else if (name == "styles") {
            parse_styles(element, spec);
        } else if (name == "header") {
            spec.header = parse_running(element);
        } else if (name == "footer") {
            spec.footer = parse_running(element);
        } else if (name == "text") {
            parse_text(element, spec);
        } else if (name == "links") {
            parse_links(element, spec);
        } else if (name == "images") {
            parse_images(element, spec);
        } else {
            warn_unknown_element(file_, element, kPrefix, diagnostics_);
        }
    }
    return spec;
}

void Parser::parse_page(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element, {"size", "width", "height", "orientation", "duplex"}, kPrefix, diagnostics_);
    const auto size = element.attribute("size");
    const auto width = length(element, "width", Range::kPositive);
    const auto height = length(element, "height", Range::kPositive);
    const bool explicit_size = element.attribute("width") || element.attribute("height");
    if (size && explicit_size) {
        diagnostics_.error(file_.at(element), "layout.page-size",
                           "<page> gives both a size and a width or height; give one or the other");
    } else if (size) {
        const auto named = std::find_if(kPageSizes.begin(), kPageSizes.end(), [&](const NamedSize& s) {
            return equal_ignoring_case(s.name, size.value());
        });
        if (named == kPageSizes.end()) {
            bad_value(element, size, "layout.bad-value", "a page size: A3, A4, A5, Letter, Legal (or width and height)");
        } else {
            spec.page_size = Located<PageSizeSpec>{named->size, file_.at(element, size)};
        }
    } else if (width && height) {
        spec.page_size = Located<PageSizeSpec>{{width->value, height->value}, width->where};
    } else if (explicit_size && (width || height)) {
        diagnostics_.error(file_.at(element), "layout.page-size", "<page> needs both width and height");
    }
    if (const auto orientation = one_of(element, "orientation", std::array<std::string_view, 2>{"portrait", "landscape"})) {
        spec.landscape = *orientation == "landscape";
    }
    if (const auto duplex = yes_no(element, "duplex")) spec.duplex = duplex;
}

void Parser::parse_margins(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element, {"inner", "outer", "top", "bottom"}, kPrefix, diagnostics_);
    if (auto value = length(element, "inner", Range::kNonNegative)) spec.margin_inner = value;
    if (auto value = length(element, "outer", Range::kNonNegative)) spec.margin_outer = value;
    if (auto value = length(element, "top", Range::kNonNegative)) spec.margin_top = value;
    if (auto value = length(element, "bottom", Range::kNonNegative)) spec.margin_bottom = value;
}

void Parser::parse_sections(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element, {"recto-start"}, kPrefix, diagnostics_);
    if (const auto recto = yes_no(element, "recto-start")) spec.recto_start = recto;
    std::vector<SectionSpec> sections;
    for (const auto child : child_elements(file_, element, kPrefix, diagnostics_)) {
        if (std::string_view(child.name()) != "section") {
            warn_unknown_element(file_, child, kPrefix, diagnostics_);
            continue;
        }
        check_attributes(file_, child, {"name", "recto-start"}, kPrefix, diagnostics_);
        const auto name = child.attribute("name");
        if (!name) {
            diagnostics_.error(file_.at(child), "layout.missing-attribute", "<section> needs a name");
            continue;
        }
        const auto kind = section_from_name(name.value());
        if (!kind) {
            diagnostics_.error(file_.at(child, name), "layout.unknown-section",
                               "unknown section '" + std::string(name.value()) +
                                   "' (sections: cover, contents, overview, itinerary, sessions, people, "
                                   "organizations, contacts)");
            continue;
        }
        if (std::any_of(sections.begin(), sections.end(), [&](const SectionSpec& s) { return s.kind == *kind; })) {
            diagnostics_.error(file_.at(child, name), "layout.section-duplicate",
                               "section '" + std::string(name.value()) + "' is listed twice");
            continue;
        }
        sections.push_back({*kind, yes_no(child, "recto-start")});
    }
    // An empty <sections> only sets recto-start: a layout based on another keeps its list.
    if (!sections.empty()) spec.sections = std::move(sections);
}

void Parser::parse_styles(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element, {}, kPrefix, diagnostics_);
    for (const auto child : child_elements(file_, element, kPrefix, diagnostics_)) {
        if (std::string_view(child.name()) != "style") {
            warn_unknown_element(file_, child, kPrefix, diagnostics_);
            continue;
        }
        auto style = parse_style(child);
        if (!style) continue;
        const auto same = std::find_if(spec.styles.begin(), spec.styles.end(),
                                       [&](const StyleSpec& s) { return s.name == style->name; });
        if (same == spec.styles.end()) {
            spec.styles.push_back(std::move(*style));
            continue;
        }
        diagnostics_.warning(style->where, "layout.style-duplicate",
                             "style '" + style->name + "' is defined twice in this file; the second adds to the first");
        merge_over(*same, *style);
    }
}

std::optional<StyleSpec> Parser::parse_style(pugi::xml_node element) {
    check_attributes(file_, element,
                     {"name", "base", "font", "bold", "italic", "size", "leading", "color", "space-before",
                      "space-after", "first-line-indent", "start-indent", "align", "keep-with-next"},
                     kPrefix, diagnostics_);
    const auto name = element.attribute("name");
    if (!name || !*name.value()) {
        diagnostics_.error(file_.at(element), "layout.missing-attribute", "<style> needs a name");
        return std::nullopt;
    }
    StyleSpec style;
    style.name = name.value();
    style.where = file_.at(element);
    if (const auto base = element.attribute("base")) style.base = Located<std::string>{base.value(), file_.at(element, base)};
    if (const auto font = element.attribute("font")) {
        if (*font.value()) {
            style.font_role = font.value();
        } else {
            bad_value(element, font, "layout.bad-value", "a font role of fonts/fonts.xml (body, heading, label, mono)");
        }
    }
    style.bold = yes_no(element, "bold");
    style.italic = yes_no(element, "italic");
    if (const auto size = length(element, "size", Range::kPositive)) style.size = size->value;
    if (const auto leading = element.attribute("leading")) {
        // A plain number is a multiple of the size, so that it follows the size down a `base`.
        if (const auto factor = parse_number(leading.value()); factor && *factor > 0) {
            style.leading = LeadingSpec{*factor, Pt()};
        } else if (const auto absolute = parse_length(leading.value()); absolute && absolute->value > 0) {
            style.leading = LeadingSpec{std::nullopt, *absolute};
        } else {
            bad_value(element, leading, "layout.bad-length",
                      "a line height: a multiple of the size (1.45) or a length (15pt), above zero");
        }
    }
    style.color = color(element, "color");
    if (const auto value = length(element, "space-before", Range::kNonNegative)) style.space_before = value->value;
    if (const auto value = length(element, "space-after", Range::kNonNegative)) style.space_after = value->value;
    if (const auto value = length(element, "first-line-indent", Range::kAny)) style.first_line_indent = value->value;
    if (const auto value = length(element, "start-indent", Range::kNonNegative)) style.start_indent = value->value;
    if (const auto align = one_of(element, "align", std::array<std::string_view, 4>{"start", "center", "end", "justify"})) {
        style.align = *align == "start"    ? Alignment::kStart
                      : *align == "center" ? Alignment::kCenter
                      : *align == "end"    ? Alignment::kEnd
                                           : Alignment::kJustify;
    }
    style.keep_with_next = yes_no(element, "keep-with-next");
    return style;
}

RunningSpec Parser::parse_running(pugi::xml_node element) {
    check_attributes(file_, element, {"edge-distance", "rule", "on-blank-pages"}, kPrefix, diagnostics_);
    RunningSpec running;
    running.edge_distance = length(element, "edge-distance", Range::kNonNegative);
    running.rule = yes_no(element, "rule");
    running.on_blank_pages = yes_no(element, "on-blank-pages");
    for (const auto child : child_elements(file_, element, kPrefix, diagnostics_)) {
        const std::string_view name = child.name();
        if (name == "verso") {
            running.verso = parse_slots(child);
        } else if (name == "recto") {
            running.recto = parse_slots(child);
        } else if (name == "all") {
            running.verso = running.recto = parse_slots(child);
        } else {
            warn_unknown_element(file_, child, kPrefix, diagnostics_);
        }
    }
    return running;
}

RunningSlots Parser::parse_slots(pugi::xml_node element) {
    check_attributes(file_, element, {"start", "center", "end"}, kPrefix, diagnostics_);
    for (const auto child : child_elements(file_, element, kPrefix, diagnostics_)) {
        warn_unknown_element(file_, child, kPrefix, diagnostics_);
    }
    return {parse_slot(element, "start"), parse_slot(element, "center"), parse_slot(element, "end")};
}

TextTemplate Parser::parse_slot(pugi::xml_node element, const char* name) {
    const auto attribute = element.attribute(name);
    if (!attribute) return {};
    std::string error;
    auto parsed = parse_template(attribute.value(), error);
    if (!parsed) {
        diagnostics_.error(file_.at(element, attribute), "layout.template", error);
        return {};
    }
    bool ok = true;
    for (const auto& part : parsed->parts) {
        if (part.kind == TemplatePart::Kind::kField && !is_running_field(part.text)) {
            diagnostics_.error(file_.at(element, attribute), "layout.template-field",
                               "unknown field {" + part.text +
                                   "} (fields: {title}, {section}, {classification}, {version}, {date}, "
                                   "{page}, {pages}, {label:KEY})");
            ok = false;
        } else if (part.kind == TemplatePart::Kind::kLabel) {
            const auto label = label_from_key(part.text);
            const auto fields = label ? label_fields(*label) : std::vector<std::string_view>{};
            if (!label || !std::all_of(fields.begin(), fields.end(), is_running_field)) {
                diagnostics_.error(file_.at(element, attribute), "layout.template-label",
                                   "{label:" + part.text + "} is not a label running text can show");
                ok = false;
            }
        }
    }
    return ok ? std::move(*parsed) : TextTemplate{};
}

void Parser::parse_text(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element, {"inter-script-space", "cjk-default", "justify", "hyphenate"}, kPrefix,
                     diagnostics_);
    if (const auto space = element.attribute("inter-script-space")) {
        const auto em = parse_em(space.value());
        if (em && *em >= 0.0 && *em <= 1.0) {
            spec.inter_script_space = *em;
        } else {
            bad_value(element, space, "layout.bad-value", "a fraction of the font size from 0 to 1 (0.25em)");
        }
    }
    if (const auto cjk = one_of(element, "cjk-default", kCjkDefaults)) spec.cjk_default = *cjk == "auto" ? "" : *cjk;
    if (const auto justify = yes_no(element, "justify")) spec.justify = justify;
    if (const auto hyphenate = yes_no(element, "hyphenate")) spec.hyphenate = hyphenate;
}

void Parser::parse_links(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element, {"every-reference"}, kPrefix, diagnostics_);
    if (const auto every = yes_no(element, "every-reference")) spec.every_reference_a_link = every;
}

void Parser::parse_images(pugi::xml_node element, LayoutSpec& spec) {
    check_attributes(file_, element,
                     {"photo-width", "photo-height", "logo-width", "logo-height", "cover-logo-width",
                      "cover-logo-height"},
                     kPrefix, diagnostics_);
    const auto read = [&](const char* name, std::optional<Pt>& into) {
        if (const auto value = length(element, name, Range::kPositive)) into = value->value;
    };
    read("photo-width", spec.photo_width);
    read("photo-height", spec.photo_height);
    read("logo-width", spec.logo_width);
    read("logo-height", spec.logo_height);
    read("cover-logo-width", spec.cover_logo_width);
    read("cover-logo-height", spec.cover_logo_height);
}

std::optional<Located<Pt>> Parser::length(pugi::xml_node element, const char* name, Range range) {
    const auto attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    const auto value = parse_length(attribute.value());
    if (!value) {
        bad_value(element, attribute, "layout.bad-length", "a length with a unit: mm, cm, pt or in (25mm, 10.5pt)");
        return std::nullopt;
    }
    if ((range == Range::kNonNegative && value->value < 0) || (range == Range::kPositive && value->value <= 0)) {
        bad_value(element, attribute, "layout.bad-length",
                  range == Range::kPositive ? "a length above zero" : "a length of zero or more");
        return std::nullopt;
    }
    return Located<Pt>{*value, file_.at(element, attribute)};
}

std::optional<bool> Parser::yes_no(pugi::xml_node element, const char* name) {
    const auto attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    const auto value = parse_yes_no(attribute.value());
    if (!value) bad_value(element, attribute, "layout.bad-yes-no", "yes or no");
    return value;
}

std::optional<Color> Parser::color(pugi::xml_node element, const char* name) {
    const auto attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    const auto value = parse_color(attribute.value());
    if (!value) bad_value(element, attribute, "layout.bad-color", "a colour written #rrggbb");
    return value;
}

template <std::size_t N>
std::optional<std::string> Parser::one_of(pugi::xml_node element, const char* name,
                                          const std::array<std::string_view, N>& accepted) {
    const auto attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    if (std::find(accepted.begin(), accepted.end(), attribute.value()) == accepted.end()) {
        bad_value(element, attribute, "layout.bad-value", "one of " + list(accepted));
        return std::nullopt;
    }
    return std::string(attribute.value());
}

void Parser::bad_value(pugi::xml_node element, pugi::xml_attribute attribute, std::string_view code,
                       const std::string& expected) {
    diagnostics_.error(file_.at(element, attribute), std::string(code),
                       std::string(attribute.name()) + "=\"" + attribute.value() + "\" on <" + element.name() +
                           "> is not " + expected);
}

}  // namespace

LayoutSpec parse_layout(const SourceText& source, Diagnostics& diagnostics) {
    const XmlFile file(source, diagnostics);
    return Parser(file, diagnostics).parse();
}

}  // namespace briefbook::layout
