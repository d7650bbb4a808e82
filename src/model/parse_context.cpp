#include "model/parse_context.hpp"

#include <algorithm>
#include <iterator>

#include "model/collapse_white_space.hpp"
#include "model/parse_values.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::model {

namespace {

/// Every element name the format knows, to tell "unknown" from "not allowed here".
constexpr std::string_view kFormatElements[] = {
    "briefing", "meta", "title", "subtitle", "classification", "prepared-by", "version", "date", "timezone",
    "home-timezone", "logo", "overview", "organizations", "organization", "name", "short", "location",
    "website", "profile", "people", "person", "role", "photo", "pronunciation", "bio", "sessions", "session",
    "venue", "address", "attendees", "attendee", "objectives", "agenda", "item", "talking-points", "logistics",
    "notes", "contacts", "contact", "p", "ul", "ol", "li", "quote", "b", "i", "span", "a", "ref", "br"};

bool is_format_element(std::string_view name) {
    return std::find(std::begin(kFormatElements), std::end(kFormatElements), name) != std::end(kFormatElements);
}

bool is_ignored_attribute(std::string_view name) {
    return name == "xml:lang" || name == "xmlns" || name.rfind("xmlns:", 0) == 0 || name.rfind("xsi:", 0) == 0;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
    return text;
}

/// The next node after `node` in document order, staying inside `root`; null at the end.
pugi::xml_node next_in_subtree(pugi::xml_node node, pugi::xml_node root) {
    if (node.first_child()) return node.first_child();
    while (node && node != root) {
        if (node.next_sibling()) return node.next_sibling();
        node = node.parent();
    }
    return {};
}

}  // namespace

bool is_text(pugi::xml_node node) { return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata; }

bool is_blank_text(pugi::xml_node node) { return is_text(node) && trim(node.value()).empty(); }

TextPosition ParseContext::position(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {};
    const auto at = static_cast<std::size_t>(offset);
    if (node.type() == pugi::node_element) return source_.position_at(at - 1);  // pugixml points past '<'
    if (node.type() == pugi::node_pcdata) return source_.position_at(source_.skip_white_space(at));
    return source_.position_at(at);
}

TextPosition ParseContext::attribute_position(pugi::xml_node element, std::string_view name) const {
    const std::ptrdiff_t offset = element.offset_debug();
    if (offset < 0) return {};
    const auto at = source_.find_attribute(static_cast<std::size_t>(offset), name);
    return at ? source_.position_at(*at) : position(element);
}

void ParseContext::error(TextPosition where, std::string code, std::string message) {
    diagnostics_.error({file_, where}, std::move(code), std::move(message));
}

void ParseContext::warning(TextPosition where, std::string code, std::string message) {
    diagnostics_.warning({file_, where}, std::move(code), std::move(message));
}

void ParseContext::check_attributes(pugi::xml_node element, std::initializer_list<std::string_view> known) {
    for (pugi::xml_attribute attribute : element.attributes()) {
        const std::string_view name = attribute.name();
        if (is_ignored_attribute(name) || std::find(known.begin(), known.end(), name) != known.end()) continue;
        if (element.attribute(attribute.name()) != attribute) continue;  // a repeat: check_markup said so
        warning(attribute_position(element, name), "xml.unknown-attribute",
                "unknown attribute '" + std::string(name) + "' on <" + element.name() + ">; it is ignored");
    }
}

std::optional<std::string> ParseContext::required_attribute(pugi::xml_node element, std::string_view name) {
    const pugi::xml_attribute attribute = element.attribute(std::string(name).c_str());
    if (!attribute) {
        error(position(element), "attr.missing",
              "missing required attribute '" + std::string(name) + "' on <" + element.name() + ">");
        return std::nullopt;
    }
    if (trim(attribute.value()).empty()) {
        error(attribute_position(element, name), "attr.missing",
              "the '" + std::string(name) + "' attribute of <" + element.name() + "> is empty");
        return std::nullopt;
    }
    return std::string(attribute.value());
}

std::string ParseContext::language(pugi::xml_node element, const std::string& inherited) {
    const pugi::xml_attribute attribute = element.attribute("xml:lang");
    if (!attribute) return inherited;
    const std::string tag = attribute.value();
    // xml:lang="" is XML's way to say "no language"; anything else must look like BCP 47.
    if (!tag.empty() && !is_well_formed_language_tag(tag)) {
        warning(attribute_position(element, "xml:lang"), "lang.invalid",
                "'" + tag + "' is not a BCP 47 language tag (like en, zh-Hans, ja)");
    }
    return tag;
}

void ParseContext::parse_children(pugi::xml_node parent, std::initializer_list<ChildRule> rules) {
    for (const pugi::xml_node child : parent.children()) {
        if (is_text(child)) {
            if (!is_blank_text(child)) stray_text(child);
            continue;
        }
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = child.name();
        const auto rule = std::find_if(rules.begin(), rules.end(), [&](const ChildRule& r) { return r.name == name; });
        if (rule == rules.end()) {
            unexpected_element(child, "it is ignored");
            continue;
        }
        rule->parse(child);
    }
}

bool ParseContext::first_of_its_kind(pugi::xml_node element, bool& seen) {
    if (!seen) {
        seen = true;
        return true;
    }
    warning(position(element), "xml.duplicate-element",
            "<" + std::string(element.name()) + "> appears twice in <" + element.parent().name() +
                ">; the first one is used");
    return false;
}

std::string ParseContext::text_of(pugi::xml_node element) {
    std::string text;
    for (pugi::xml_node node = element.first_child(); node; node = next_in_subtree(node, element)) {
        if (is_text(node)) {
            text += node.value();
        } else if (node.type() == pugi::node_element && node.parent() == element) {
            unexpected_element(node, "its text is kept");
        }
    }
    return collapse_white_space(text);
}

void ParseContext::unexpected_element(pugi::xml_node element, std::string_view consequence) {
    const std::string name = element.name();
    const std::string parent = element.parent().name();
    if (is_format_element(name)) {
        warning(position(element), "xml.misplaced-element",
                "<" + name + "> does not belong in <" + parent + ">; " + std::string(consequence));
    } else {
        warning(position(element), "xml.unknown-element",
                "unknown element <" + name + "> in <" + parent + ">; " + std::string(consequence));
    }
}

void ParseContext::stray_text(pugi::xml_node text) {
    warning(position(text), "xml.stray-text",
            "text directly in <" + std::string(text.parent().name()) + "> is ignored (it belongs in an element)");
}

std::optional<std::string> ParseContext::optional_reference(pugi::xml_node element, std::string_view name) {
    if (!element.attribute(std::string(name).c_str())) return std::nullopt;
    return required_attribute(element, name);
}

void ParseContext::check_time_zone(std::string_view zone, TextPosition where) {
    zone = trim(zone);
    if (zone.empty()) {
        error(where, "time.zone-unknown", "empty time zone name");
    } else if (!is_known_zone(zone)) {
        error(where, "time.zone-unknown",
              "unknown time zone '" + std::string(zone) + "' (expected an IANA name like Asia/Tokyo)");
    }
}

}  // namespace briefbook::model
