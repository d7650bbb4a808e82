#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/describe.hpp"
#include "model/validate.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::model {

namespace {

std::string format_date_time(const LocalDateTime& time) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d", time.date.year, time.date.month, time.date.day,
                  time.hour, time.minute);
    return text;
}

std::string format_clock(const LocalDateTime& time) { return format_date_time(time).substr(11); }

/// A session as a stretch of absolute time.
struct Interval {
    Instant start;
    Instant end;
};

/// Nullopt when a time or the zone is missing or wrong (reported while parsing).
std::optional<Interval> interval_of(const Session& session) {
    if (!session.start.is_set() || !session.end.is_set()) return std::nullopt;
    const auto start = to_instant(session.start, session.timezone);
    const auto end = to_instant(session.end, session.timezone);
    if (!start || !end) return std::nullopt;
    return Interval{*start, *end};
}

void check_exists(const Briefing& briefing, const Session& session, const LocalDateTime& time, std::string_view which,
                  TextPosition where, Diagnostics& diagnostics) {
    if (exists_in_zone(time, session.timezone)) return;
    const auto read_as = to_local_time(*to_instant(time, session.timezone), session.timezone);
    diagnostics.warning(briefing.at(where), "time.nonexistent",
                        "the " + std::string(which) + " time " + format_date_time(time) + " of " +
                            describe("session", session.id.value) + " does not exist in " + session.timezone +
                            " (the clocks skip it); it is read as " + format_clock(*read_as));
}

void check_order(const Briefing& briefing, const Session& session, const Interval& interval,
                 Diagnostics& diagnostics) {
    const std::string what = describe("session", session.id.value);
    if (interval.end < interval.start) {
        diagnostics.error(briefing.at(session.end_position), "time.end-before-start",
                          what + " ends (" + format_date_time(session.end) + ") before it starts (" +
                              format_date_time(session.start) + ")");
    } else if (interval.end == interval.start) {
        diagnostics.error(briefing.at(session.end_position), "time.end-before-start",
                          what + " ends when it starts (" + format_date_time(session.start) + ")");
    }
}

/// One person in one session, for the overlap sweep.
struct Presence {
    Interval interval;
    const Session* session;
    const Attendee* attendee;
    std::size_t order;  ///< in the file, to break ties
};

void check_overlaps(const Briefing& briefing, const std::vector<std::optional<Interval>>& intervals,
                    Diagnostics& diagnostics) {
    std::map<std::string_view, std::vector<Presence>> by_person;
    for (std::size_t i = 0; i < briefing.sessions.size(); ++i) {
        const auto& interval = intervals[i];
        if (!interval || !(interval->start < interval->end)) continue;
        const Session& session = briefing.sessions[i];
        std::set<std::string_view> seen;
        for (const auto& attendee : session.attendees) {
            const std::string& id = attendee.ref.value;
            if (!briefing.find_person(id) || !seen.insert(id).second) continue;
            by_person[id].push_back({*interval, &session, &attendee, i});
        }
    }
    for (auto& [person, presences] : by_person) {
        std::sort(presences.begin(), presences.end(), [](const Presence& a, const Presence& b) {
            return a.interval.start != b.interval.start ? a.interval.start < b.interval.start : a.order < b.order;
        });
        // Against the session that ends last among those already passed, so that each overlap is
        // reported once, at the later session.
        const Presence* latest = &presences.front();
        for (std::size_t k = 1; k < presences.size(); ++k) {
            const Presence& next = presences[k];
            if (next.interval.start < latest->interval.end) {
                diagnostics.warning(briefing.at(next.attendee->ref_position), "time.overlap",
                                    "person '" + std::string(person) + "' attends overlapping sessions '" +
                                        latest->session->id.value + "' and '" + next.session->id.value + "'");
            }
            if (latest->interval.end < next.interval.end) latest = &next;
        }
    }
}

}  // namespace

void validate_times(const Briefing& briefing, Diagnostics& diagnostics) {
    std::vector<std::optional<Interval>> intervals;
    intervals.reserve(briefing.sessions.size());
    for (const auto& session : briefing.sessions) {
        intervals.push_back(interval_of(session));
        if (!intervals.back()) continue;
        check_exists(briefing, session, session.start, "start", session.start_position, diagnostics);
        check_exists(briefing, session, session.end, "end", session.end_position, diagnostics);
        check_order(briefing, session, *intervals.back(), diagnostics);
    }
    check_overlaps(briefing, intervals, diagnostics);
}

}  // namespace briefbook::model
