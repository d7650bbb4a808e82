#include "batch/book_order.hpp"

#include <algorithm>
#include <numeric>

#include "book/schedule.hpp"

namespace briefbook::batch {

namespace {

std::size_t sessions_in_book(const PlannedBook& book, std::span<const BatchInput> inputs) {
    const model::Briefing& briefing = *inputs[book.input].briefing;
    if (book.person.empty()) return briefing.sessions.size();
    return static_cast<std::size_t>(
        std::count_if(briefing.sessions.begin(), briefing.sessions.end(),
                      [&](const model::Session& session) { return book::attends(session, book.person); }));
}

}  // namespace

std::vector<std::size_t> longest_first(std::span<const PlannedBook> books,
                                       std::span<const BatchInput> inputs) {
    std::vector<std::size_t> sessions;
    sessions.reserve(books.size());
    for (const auto& book : books) sessions.push_back(sessions_in_book(book, inputs));
    std::vector<std::size_t> order(books.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sessions[a] > sessions[b]; });
    return order;
}

}  // namespace briefbook::batch
