#include "book/session_times.hpp"

namespace briefbook::book {

std::string local_time_text(const BookContext& context, const ScheduledSession& session) {
    const auto& s = *session.session;
    std::string text = context.dates.time_range(s.start, s.end);
    if (!s.timezone.empty() && s.timezone != context.briefing.meta.timezone)
        text += context.parenthetical(context.dates.zone_city(s.timezone));
    return text;
}

std::string home_time_text(const BookContext& context, const ScheduledSession& session) {
    if (!session.home_start || !session.home_end) return {};
    std::string text = context.dates.time_range(session.home_start->local, session.home_end->local);
    if (session.home_start->day_offset < 0)
        text += context.parenthetical(context.label(layout::Label::kPreviousDay));
    else if (session.home_start->day_offset > 0)
        text += context.parenthetical(context.label(layout::Label::kNextDay));
    return text;
}

}  // namespace briefbook::book
