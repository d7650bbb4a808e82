#include "model/parse_elements.hpp"

namespace briefbook::model {

Organization parse_organization(pugi::xml_node element, const std::string& inherited_lang, ParseContext& context,
                                const std::filesystem::path& base_dir) {
    Organization organization;
    organization.position = context.position(element);
    context.check_attributes(element, {"id", "country", "kind"});
    organization.id.value = parse_id(element, context);
    organization.country = element.attribute("country").value();
    organization.kind = element.attribute("kind").value();
    const std::string lang = context.language(element, inherited_lang);
    bool website_seen = false;
    bool logo_seen = false;
    context.parse_children(
        element,
        {{"name", [&](pugi::xml_node e) { add_localized(organization.name, e, lang, context); }},
         {"short", [&](pugi::xml_node e) { add_localized(organization.short_name, e, lang, context); }},
         {"location", [&](pugi::xml_node e) { add_localized(organization.location, e, lang, context); }},
         {"website",
          [&](pugi::xml_node e) {
              if (!context.first_of_its_kind(e, website_seen)) return;
              context.check_attributes(e, {});
              organization.website = context.text_of(e);
          }},
         {"logo",
          [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, logo_seen)) organization.logo = parse_image(e, context, base_dir);
          }},
         {"profile", [&](pugi::xml_node e) { append_blocks(organization.profile, e, lang, context); }}});
    if (organization.name.empty()) {
        context.warning(organization.position, "name.missing",
                        describe("organization", organization.id.value) + " has no <name>; the book shows its id");
    }
    return organization;
}

}  // namespace briefbook::model
