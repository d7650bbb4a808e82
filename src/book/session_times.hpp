#pragma once
// A session's times as the book prints them: in the session's own zone, and on the home clock
// with a marker when that falls on another day.

#include <string>

#include "book/book_context.hpp"

namespace briefbook::book {

/// "09:30–12:00", with the zone's city (in the book's language) when the session is not in the
/// briefing's time zone: "09:30–12:00 (Seoul)".
std::string local_time_text(const BookContext& context, const ScheduledSession& session);

/// "08:30–11:00" on the home clock, "(previous day)" or "(next day)" added when it starts on
/// another date than the local time; empty when the briefing has no home time zone.
std::string home_time_text(const BookContext& context, const ScheduledSession& session);

}  // namespace briefbook::book
