#pragma once
// The sessions a book shows, in time order, with their times in the home time zone: the whole
// programme, or a personalised book's share of it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "briefbook/model.hpp"
#include "model/zoned_time.hpp"

namespace briefbook::book {

/// A session placed in time.
struct ScheduledSession {
    const model::Session* session = nullptr;
    model::Instant start;
    /// Start and end on the home clock (the briefing's home-timezone), when the book has one.
    std::optional<model::ShiftedTime> home_start;
    std::optional<model::ShiftedTime> home_end;
};

struct Schedule {
    std::vector<ScheduledSession> sessions;   ///< chronological (ties: file order)
    const model::Person* recipient = nullptr; ///< a personalised book's person
    std::vector<std::string_view> ids;        ///< the sessions' ids, sorted (includes() is asked per link)
    [[nodiscard]] bool includes(std::string_view session_id) const;
    /// The local dates the sessions start on, in order, each once.
    [[nodiscard]] std::vector<model::LocalDate> days() const;
};

/// True when `person` (an id) is among the session's attendees: whose personalised book holds it.
[[nodiscard]] bool attends(const model::Session& session, std::string_view person);

/// The sessions of the book: all of them, or those `for_person` attends (empty: all).
Schedule make_schedule(const model::Briefing& briefing, const std::string& for_person);

}  // namespace briefbook::book
