#include "model/parse_elements.hpp"

namespace briefbook::model {

namespace {

constexpr std::string_view kFormatVersion = "1";

Contact parse_contact(pugi::xml_node element, const std::string& lang, ParseContext& context) {
    context.check_attributes(element, {"name", "phone", "email", "role"});
    context.parse_children(element, {});
    Contact contact;
    contact.position = context.position(element);
    contact.lang = context.language(element, lang);
    contact.name = context.required_attribute(element, "name").value_or("");
    contact.phone = element.attribute("phone").value();
    contact.email = element.attribute("email").value();
    contact.role = element.attribute("role").value();
    return contact;
}

void check_version(pugi::xml_node root, ParseContext& context, Briefing& briefing) {
    const auto version = context.required_attribute(root, "version");
    if (!version) return;
    briefing.version = *version;
    if (*version != kFormatVersion) {
        context.error(context.attribute_position(root, "version"), "xml.version",
                      "unsupported format version '" + *version + "' (this briefbook reads version 1)");
    }
}

void check_required_parts(pugi::xml_node root, ParseContext& context, const Briefing& briefing) {
    if (!root.child("meta")) {
        context.error(context.position(root), "element.missing", "the briefing has no <meta> (it holds the title)");
    } else if (briefing.meta.title.empty()) {
        context.error(briefing.meta.position, "element.missing", "<meta> has no <title>");
    }
    if (!root.child("sessions") && !root.child("people") && !root.child("organizations")) {
        context.error(context.position(root), "element.missing",
                      "the briefing needs at least one of <sessions>, <people> or <organizations>");
    }
}

/// Sessions without their own time zone take <meta>'s.
void resolve_time_zones(ParseContext& context, Briefing& briefing) {
    for (auto& session : briefing.sessions) {
        if (!session.timezone.empty()) continue;
        session.timezone = briefing.meta.timezone;
        if (session.timezone.empty()) {
            context.error(session.position, "time.zone-missing",
                          describe("session", session.id.value) +
                              " has no time zone: give it a timezone attribute or set <timezone> in <meta>");
        }
    }
}

}  // namespace

void parse_briefing(pugi::xml_node root, ParseContext& context, Briefing& briefing) {
    if (std::string_view(root.name()) != "briefing") {
        context.error(context.position(root), "xml.root",
                      "the root element is <" + std::string(root.name()) +
                          ">; a briefing file starts with <briefing version=\"1\">");
        return;
    }
    context.check_attributes(root, {"version"});
    check_version(root, context, briefing);
    briefing.lang = context.language(root, "en");
    if (briefing.lang.empty()) briefing.lang = "en";
    const std::string& lang = briefing.lang;
    const auto& base_dir = briefing.base_dir;
    bool meta_seen = false;
    context.parse_children(
        root,
        {{"meta",
          [&](pugi::xml_node e) {
              if (context.first_of_its_kind(e, meta_seen)) briefing.meta = parse_meta(e, lang, context, base_dir);
          }},
         {"overview", [&](pugi::xml_node e) { append_blocks(briefing.overview, e, lang, context); }},
         {"organizations",
          [&](pugi::xml_node e) {
              parse_list(e, "organization", lang, context, [&](pugi::xml_node child, const std::string& child_lang) {
                  briefing.organizations.push_back(parse_organization(child, child_lang, context, base_dir));
              });
          }},
         {"people",
          [&](pugi::xml_node e) {
              parse_list(e, "person", lang, context, [&](pugi::xml_node child, const std::string& child_lang) {
                  briefing.people.push_back(parse_person(child, child_lang, context, base_dir));
              });
          }},
         {"sessions",
          [&](pugi::xml_node e) {
              parse_list(e, "session", lang, context, [&](pugi::xml_node child, const std::string& child_lang) {
                  briefing.sessions.push_back(parse_session(child, child_lang, context));
              });
          }},
         {"contacts", [&](pugi::xml_node e) {
              parse_list(e, "contact", lang, context, [&](pugi::xml_node child, const std::string& child_lang) {
                  briefing.contacts.push_back(parse_contact(child, child_lang, context));
              });
          }}});
    check_required_parts(root, context, briefing);
    resolve_time_zones(context, briefing);
}

}  // namespace briefbook::model
