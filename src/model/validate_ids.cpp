#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "model/validate.hpp"

namespace briefbook::model {

namespace {

struct IdUse {
    std::string_view id;
    std::string_view kind;
    TextPosition position;
};

bool earlier(const IdUse& a, const IdUse& b) {
    return a.position.line != b.position.line ? a.position.line < b.position.line : a.position.column < b.position.column;
}

std::string format_position(TextPosition position) {
    return std::to_string(position.line) + ":" + std::to_string(position.column);
}

template <class Thing>
void collect(std::vector<IdUse>& uses, const std::vector<Thing>& things, std::string_view kind) {
    for (const auto& thing : things) {
        if (!thing.id.value.empty()) uses.push_back({thing.id.value, kind, thing.position});
    }
}

}  // namespace

void validate_ids(const Briefing& briefing, Diagnostics& diagnostics) {
    std::vector<IdUse> uses;
    collect(uses, briefing.organizations, "organization");
    collect(uses, briefing.people, "person");
    collect(uses, briefing.sessions, "session");
    // In file order, so that the first definition is the one that stands.
    std::stable_sort(uses.begin(), uses.end(), earlier);
    std::map<std::string_view, const IdUse*> first_use;
    for (const auto& use : uses) {
        const auto [found, inserted] = first_use.emplace(use.id, &use);
        if (inserted) continue;
        const IdUse& first = *found->second;
        diagnostics.error(briefing.at(use.position), "id.duplicate",
                          "duplicate id '" + std::string(use.id) + "': already the id of the " +
                              std::string(first.kind) + " at " + format_position(first.position));
    }
}

}  // namespace briefbook::model
