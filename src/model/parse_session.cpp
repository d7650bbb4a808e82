#include "model/parse_blocks.hpp"
#include "model/parse_elements.hpp"
#include "model/parse_values.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::model {

namespace {

struct KindName {
    std::string_view name;
    SessionKind kind;
};
constexpr KindName kSessionKinds[] = {{"meeting", SessionKind::kMeeting},   {"visit", SessionKind::kVisit},
                                      {"meal", SessionKind::kMeal},         {"ceremony", SessionKind::kCeremony},
                                      {"travel", SessionKind::kTravel},     {"free", SessionKind::kFree}};

SessionKind parse_kind(pugi::xml_node element, ParseContext& context, const std::string& what) {
    const pugi::xml_attribute attribute = element.attribute("kind");
    if (!attribute) return SessionKind::kMeeting;
    const std::string_view kind = attribute.value();
    for (const auto& known : kSessionKinds) {
        if (known.name == kind) return known.kind;
    }
    context.error(context.attribute_position(element, "kind"), "value.invalid",
                  "kind '" + std::string(kind) + "' of " + what +
                      " is not one of meeting, visit, meal, ceremony, travel, free");
    return SessionKind::kMeeting;
}

/// The `start` or `end` attribute: YYYY-MM-DDTHH:MM, a real date, a real time of day.
LocalDateTime parse_session_time(pugi::xml_node element, const char* attribute, ParseContext& context,
                                 const std::string& what) {
    const auto text = context.required_attribute(element, attribute);
    if (!text) return {};
    const TextPosition where = context.attribute_position(element, attribute);
    const auto time = read_date_time(*text);
    const std::string which = std::string(attribute) + " time";
    if (!time) {
        context.error(where, "time.malformed",
                      "malformed " + which + " '" + *text + "' of " + what + " (expected YYYY-MM-DDTHH:MM)");
        return {};
    }
    if (!is_valid_date(time->date)) {
        context.error(where, "date.impossible",
                      "impossible date '" + text->substr(0, 10) + "' in the " + which + " of " + what);
        return {};
    }
    if (!is_valid_clock_time(time->hour, time->minute)) {
        context.error(where, "time.impossible",
                      "impossible time of day '" + text->substr(11) + "' in the " + which + " of " + what);
        return {};
    }
    return *time;
}

Attendee parse_attendee(pugi::xml_node element, ParseContext& context) {
    context.check_attributes(element, {"ref", "role"});
    context.parse_children(element, {});
    Attendee attendee;
    attendee.position = context.position(element);
    attendee.ref.value = context.required_attribute(element, "ref").value_or("");
    attendee.ref_position = context.attribute_position(element, "ref");
    attendee.role = element.attribute("role").value();
    return attendee;
}

AgendaItem parse_agenda_item(pugi::xml_node element, const std::string& lang, ParseContext& context) {
    context.check_attributes(element, {"time"});
    AgendaItem item;
    item.position = context.position(element);
    if (const pugi::xml_attribute time = element.attribute("time")) {
        item.time = time.value();
        const TextPosition where = context.attribute_position(element, "time");
        const auto clock = read_clock_time(item.time);
        if (!clock) {
            context.error(where, "time.malformed", "malformed time '" + item.time + "' of agenda <item> (expected HH:MM)");
        } else if (!is_valid_clock_time(clock->hour, clock->minute)) {
            context.error(where, "time.impossible", "impossible time of day '" + item.time + "' of agenda <item>");
        }
    }
    item.content = parse_inline_content(element, lang, context);
    return item;
}

}  // namespace

Session parse_session(pugi::xml_node element, const std::string& inherited_lang, ParseContext& context) {
    Session session;
    session.position = context.position(element);
    context.check_attributes(element, {"id", "kind", "host", "start", "end", "timezone"});
    session.id.value = parse_id(element, context);
    const std::string what = describe("session", session.id.value);
    session.kind = parse_kind(element, context, what);
    if (const auto host = context.optional_reference(element, "host")) {
        session.host = OrgId{*host};
        session.host_position = context.attribute_position(element, "host");
    }
    session.start = parse_session_time(element, "start", context, what);
    session.start_position = context.attribute_position(element, "start");
    session.end = parse_session_time(element, "end", context, what);
    session.end_position = context.attribute_position(element, "end");
    if (const pugi::xml_attribute zone = element.attribute("timezone")) {
        session.timezone = zone.value();
        context.check_time_zone(session.timezone, context.attribute_position(element, "timezone"));
    }
    const std::string lang = context.language(element, inherited_lang);
    context.parse_children(
        element,
        {{"title", [&](pugi::xml_node e) { add_localized(session.title, e, lang, context); }},
         {"venue", [&](pugi::xml_node e) { add_localized(session.venue, e, lang, context); }},
         {"address", [&](pugi::xml_node e) { add_localized(session.address, e, lang, context); }},
         {"attendees",
          [&](pugi::xml_node e) {
              parse_list(e, "attendee", lang, context, [&](pugi::xml_node child, const std::string&) {
                  session.attendees.push_back(parse_attendee(child, context));
              });
          }},
         {"objectives", [&](pugi::xml_node e) { append_blocks(session.objectives, e, lang, context); }},
         {"agenda",
          [&](pugi::xml_node e) {
              parse_list(e, "item", lang, context, [&](pugi::xml_node child, const std::string& list_lang) {
                  session.agenda.push_back(parse_agenda_item(child, list_lang, context));
              });
          }},
         {"talking-points", [&](pugi::xml_node e) { append_blocks(session.talking_points, e, lang, context); }},
         {"logistics", [&](pugi::xml_node e) { append_blocks(session.logistics, e, lang, context); }},
         {"notes", [&](pugi::xml_node e) { append_blocks(session.notes, e, lang, context); }}});
    if (session.title.empty()) {
        context.warning(session.position, "name.missing", what + " has no <title>; the book shows its id");
    }
    return session;
}

}  // namespace briefbook::model
