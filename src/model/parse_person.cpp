#include "model/collapse_white_space.hpp"
#include "model/parse_elements.hpp"
#include "model/parse_values.hpp"

namespace briefbook::model {

namespace {

Side parse_side(pugi::xml_node element, ParseContext& context, const std::string& who) {
    const pugi::xml_attribute attribute = element.attribute("side");
    if (!attribute) return Side::kOther;
    const std::string_view side = attribute.value();
    if (side == "delegation") return Side::kDelegation;
    if (side == "host") return Side::kHost;
    if (side == "other") return Side::kOther;
    context.error(context.attribute_position(element, "side"), "value.invalid",
                  "side '" + std::string(side) + "' of " + who + " is not one of delegation, host, other");
    return Side::kUnknown;
}

std::optional<int> parse_precedence(pugi::xml_node element, ParseContext& context, const std::string& who) {
    const pugi::xml_attribute attribute = element.attribute("precedence");
    if (!attribute) return std::nullopt;
    const auto precedence = read_positive_integer(attribute.value());
    if (!precedence) {
        context.error(context.attribute_position(element, "precedence"), "value.invalid",
                      "precedence '" + std::string(attribute.value()) + "' of " + who +
                          " is not a whole number from 1 (highest) up");
    }
    return precedence;
}

PersonName::Order parse_name_order(pugi::xml_node element, ParseContext& context) {
    const pugi::xml_attribute attribute = element.attribute("order");
    if (!attribute) return PersonName::Order::kDefault;
    const std::string_view order = attribute.value();
    if (order == "given-first") return PersonName::Order::kGivenFirst;
    if (order == "family-first") return PersonName::Order::kFamilyFirst;
    context.error(context.attribute_position(element, "order"), "value.invalid",
                  "order '" + std::string(order) + "' of <name> is not one of given-first, family-first");
    return PersonName::Order::kDefault;
}

std::optional<PersonName> parse_name(pugi::xml_node element, const std::string& inherited_lang,
                                     ParseContext& context) {
    context.check_attributes(element, {"family", "given", "order"});
    PersonName name;
    name.position = context.position(element);
    name.lang = context.language(element, inherited_lang);
    name.family = collapse_white_space(element.attribute("family").value());
    name.given = collapse_white_space(element.attribute("given").value());
    name.order = parse_name_order(element, context);
    const std::string text = context.text_of(element);
    if (!name.family.empty() || !name.given.empty()) {
        if (!text.empty()) {
            context.warning(name.position, "name.mixed",
                            "<name> has family/given attributes and text; the text is ignored");
        }
        return name;
    }
    if (text.empty()) {
        context.warning(name.position, "text.empty", "empty <name> is ignored");
        return std::nullopt;
    }
    name.plain = text;
    return name;
}

}  // namespace

Person parse_person(pugi::xml_node element, const std::string& inherited_lang, ParseContext& context,
                    const std::filesystem::path& base_dir) {
    Person person;
    person.position = context.position(element);
    context.check_attributes(element, {"id", "org", "side", "precedence"});
    person.id.value = parse_id(element, context);
    const std::string who = describe("person", person.id.value);
    if (const auto org = context.optional_reference(element, "org")) {
        person.org = OrgId{*org};
        person.org_position = context.attribute_position(element, "org");
    }
    person.side = parse_side(element, context, who);
    person.precedence = parse_precedence(element, context, who);
    const std::string lang = context.language(element, inherited_lang);
    bool photo_seen = false;
    context.parse_children(
        element,
        {{"name",
          [&](pugi::xml_node e) {
              if (auto name = parse_name(e, lang, context)) person.names.push_back(std::move(*name));
          }},
         {"title", [&](pugi::xml_node e) { add_localized(person.title, e, lang, context); }},
         {"role", [&](pugi::xml_node e) { add_localized(person.role, e, lang, context); }},
         {"photo",
          [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, photo_seen)) person.photo = parse_image(e, context, base_dir);
          }},
         {"pronunciation", [&](pugi::xml_node e) { add_localized(person.pronunciation, e, lang, context); }},
         {"bio", [&](pugi::xml_node e) { append_blocks(person.bio, e, lang, context); }}});
    if (person.names.empty()) {
        context.warning(person.position, "name.missing", who + " has no <name>; the book shows its id");
    }
    return person;
}

}  // namespace briefbook::model
