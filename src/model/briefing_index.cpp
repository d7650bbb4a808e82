// Briefing::build_index and the find_* lookups: binary search in a sorted index, checked against
// the vectors themselves, with a linear search when the index does not know the id.

#include <algorithm>

#include "briefbook/model.hpp"

namespace briefbook::model {

namespace {

using IndexEntries = std::vector<std::pair<std::string, std::uint32_t>>;

template <class Thing>
IndexEntries index_of(const std::vector<Thing>& things) {
    IndexEntries entries;
    entries.reserve(things.size());
    for (std::size_t i = 0; i < things.size(); ++i) {
        entries.emplace_back(things[i].id.value, static_cast<std::uint32_t>(i));
    }
    // Stable: for a duplicated id the first in the file wins, as the validator's message says.
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return entries;
}

template <class Thing>
const Thing* find_in(const std::vector<Thing>& things, const IndexEntries& entries, std::string_view id) {
    const auto hit = std::lower_bound(entries.begin(), entries.end(), id,
                                      [](const auto& entry, std::string_view key) { return entry.first < key; });
    if (hit != entries.end() && hit->first == id && hit->second < things.size() && things[hit->second].id.value == id) {
        return &things[hit->second];
    }
    const auto found = std::find_if(things.begin(), things.end(), [&](const Thing& t) { return t.id.value == id; });
    return found == things.end() ? nullptr : &*found;
}

}  // namespace

void Briefing::build_index() {
    index.people = index_of(people);
    index.organizations = index_of(organizations);
    index.sessions = index_of(sessions);
}

const Person* Briefing::find_person(std::string_view id) const { return find_in(people, index.people, id); }

const Organization* Briefing::find_organization(std::string_view id) const {
    return find_in(organizations, index.organizations, id);
}

const Session* Briefing::find_session(std::string_view id) const { return find_in(sessions, index.sessions, id); }

}  // namespace briefbook::model
