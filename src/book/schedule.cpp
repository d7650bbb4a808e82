#include "book/schedule.hpp"

#include <algorithm>

namespace briefbook::book {

bool attends(const model::Session& session, std::string_view person) {
    return std::any_of(session.attendees.begin(), session.attendees.end(),
                       [&](const model::Attendee& a) { return a.ref.value == person; });
}

bool Schedule::includes(std::string_view session_id) const {
    return std::binary_search(ids.begin(), ids.end(), session_id);
}

std::vector<model::LocalDate> Schedule::days() const {
    std::vector<model::LocalDate> out;
    for (const auto& s : sessions)
        if (out.empty() || !(out.back() == s.session->start.date)) out.push_back(s.session->start.date);
    // Sessions in several zones can interleave dates; keep each day once, in order of first use.
    std::vector<model::LocalDate> unique;
    for (const auto& day : out)
        if (std::find(unique.begin(), unique.end(), day) == unique.end()) unique.push_back(day);
    return unique;
}

Schedule make_schedule(const model::Briefing& briefing, const std::string& for_person) {
    Schedule schedule;
    if (!for_person.empty()) schedule.recipient = briefing.find_person(for_person);
    const std::string& home = briefing.meta.home_timezone;
    for (const auto& session : briefing.sessions) {
        if (!for_person.empty() && !attends(session, for_person)) continue;
        ScheduledSession entry;
        entry.session = &session;
        entry.start = model::to_instant(session.start, session.timezone).value_or(model::Instant{});
        if (!home.empty()) {
            entry.home_start = model::convert_zone(session.start, session.timezone, home);
            entry.home_end = model::convert_zone(session.end, session.timezone, home);
        }
        schedule.sessions.push_back(entry);
    }
    std::stable_sort(schedule.sessions.begin(), schedule.sessions.end(),
                     [](const ScheduledSession& a, const ScheduledSession& b) { return a.start < b.start; });
    for (const auto& entry : schedule.sessions) schedule.ids.push_back(entry.session->id.value);
    std::sort(schedule.ids.begin(), schedule.ids.end());
    return schedule;
}

}  // namespace briefbook::book
