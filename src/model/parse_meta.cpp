#include "model/parse_elements.hpp"
#include "model/parse_values.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::model {

namespace {

std::optional<LocalDate> parse_date_element(pugi::xml_node element, ParseContext& context) {
    context.check_attributes(element, {});
    const std::string text = context.text_of(element);
    const TextPosition where = context.position(element);
    const auto date = read_date(text);
    if (!date) {
        context.error(where, "date.malformed", "malformed date '" + text + "' in <date> (expected YYYY-MM-DD)");
        return std::nullopt;
    }
    if (!is_valid_date(*date)) {
        context.error(where, "date.impossible", "impossible date '" + text + "' in <date>");
        return std::nullopt;
    }
    return date;
}

std::string parse_zone_element(pugi::xml_node element, ParseContext& context) {
    context.check_attributes(element, {});
    const std::string zone = context.text_of(element);
    context.check_time_zone(zone, context.position(element));
    return zone;
}

}  // namespace

Meta parse_meta(pugi::xml_node element, const std::string& inherited_lang, ParseContext& context,
                const std::filesystem::path& base_dir) {
    Meta meta;
    meta.position = context.position(element);
    context.check_attributes(element, {});
    const std::string lang = context.language(element, inherited_lang);
    bool date_seen = false;
    bool zone_seen = false;
    bool home_zone_seen = false;
    bool logo_seen = false;
    context.parse_children(
        element,
        {{"title", [&](pugi::xml_node e) { add_localized(meta.title, e, lang, context); }},
         {"subtitle", [&](pugi::xml_node e) { add_localized(meta.subtitle, e, lang, context); }},
         {"classification", [&](pugi::xml_node e) { add_localized(meta.classification, e, lang, context); }},
         {"prepared-by", [&](pugi::xml_node e) { add_localized(meta.prepared_by, e, lang, context); }},
         {"version", [&](pugi::xml_node e) { add_localized(meta.version, e, lang, context); }},
         {"date",
          [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, date_seen)) meta.date = parse_date_element(e, context);
          }},
         {"timezone",
          [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, zone_seen)) meta.timezone = parse_zone_element(e, context);
          }},
         {"home-timezone",
          [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, home_zone_seen)) meta.home_timezone = parse_zone_element(e, context);
          }},
         {"logo", [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, logo_seen)) meta.logo = parse_image(e, context, base_dir);
          }}});
    return meta;
}

}  // namespace briefbook::model
