#include <set>
#include <string>

#include "model/describe.hpp"
#include "model/validate.hpp"

namespace briefbook::model {

namespace {

/// What kind of thing an id names, if any ("person", "organization", "session").
std::string_view kind_of(const Briefing& briefing, std::string_view id) {
    if (briefing.find_person(id)) return "person";
    if (briefing.find_organization(id)) return "organization";
    if (briefing.find_session(id)) return "session";
    return {};
}

/// "a person", "an organization", "a session".
std::string with_article(std::string_view kind) {
    return (kind.front() == 'o' ? "an " : "a ") + std::string(kind);
}

/// Checks that `id`, named by `owner` at `where`, is an organization (as its `role`).
void check_organization(const Briefing& briefing, const std::string& owner, std::string_view role,
                        const std::string& id, TextPosition where, Diagnostics& diagnostics) {
    if (briefing.find_organization(id)) return;
    const std::string_view actual = kind_of(briefing, id);
    if (actual.empty()) {
        diagnostics.error(briefing.at(where), "ref.unknown",
                          owner + " names unknown " + std::string(role) + " '" + id + "'");
    } else {
        diagnostics.error(briefing.at(where), "ref.wrong-kind",
                          owner + " names '" + id + "' as its " + std::string(role) + ", but '" + id + "' is " +
                              with_article(actual) + ", not an organization");
    }
}

void check_attendees(const Briefing& briefing, const Session& session, Diagnostics& diagnostics) {
    const std::string owner = describe("session", session.id.value);
    std::set<std::string_view> seen;
    for (const auto& attendee : session.attendees) {
        const std::string& id = attendee.ref.value;
        if (id.empty()) continue;  // reported while parsing
        if (!seen.insert(id).second) {
            diagnostics.warning(briefing.at(attendee.ref_position), "attendee.duplicate",
                                owner + " lists person '" + id + "' twice");
            continue;
        }
        if (briefing.find_person(id)) continue;
        const std::string_view actual = kind_of(briefing, id);
        if (actual.empty()) {
            diagnostics.error(briefing.at(attendee.ref_position), "ref.unknown",
                              owner + " names unknown person '" + id + "'");
        } else {
            diagnostics.error(briefing.at(attendee.ref_position), "ref.wrong-kind",
                              owner + " names '" + id + "' as an attendee, but '" + id + "' is " +
                                  with_article(actual) + ", not a person");
        }
    }
}

void check_inline_refs(const Briefing& briefing, const std::vector<InlinePiece>& pieces, const std::string& owner,
                       Diagnostics& diagnostics) {
    for (const auto& piece : pieces) {
        if (piece.kind != InlinePiece::Kind::kRef || !kind_of(briefing, piece.ref_to).empty()) continue;
        diagnostics.error(briefing.at(piece.position), "ref.unknown",
                          "<ref> in " + owner + " names unknown id '" + piece.ref_to + "'");
    }
}

void check_inline_refs(const Briefing& briefing, const Blocks& blocks, const std::string& owner,
                       Diagnostics& diagnostics) {
    for (const auto& block : blocks.blocks) check_inline_refs(briefing, block.content, owner, diagnostics);
}

}  // namespace

void validate_references(const Briefing& briefing, Diagnostics& diagnostics) {
    check_inline_refs(briefing, briefing.overview, "<overview>", diagnostics);
    for (const auto& organization : briefing.organizations) {
        check_inline_refs(briefing, organization.profile, describe("organization", organization.id.value), diagnostics);
    }
    for (const auto& person : briefing.people) {
        const std::string owner = describe("person", person.id.value);
        if (person.org) check_organization(briefing, owner, "organization", person.org->value, person.org_position, diagnostics);
        check_inline_refs(briefing, person.bio, owner, diagnostics);
    }
    for (const auto& session : briefing.sessions) {
        const std::string owner = describe("session", session.id.value);
        if (session.host) check_organization(briefing, owner, "host organization", session.host->value, session.host_position, diagnostics);
        check_attendees(briefing, session, diagnostics);
        for (const auto* blocks : {&session.objectives, &session.talking_points, &session.logistics, &session.notes}) {
            check_inline_refs(briefing, *blocks, owner, diagnostics);
        }
        for (const auto& item : session.agenda) check_inline_refs(briefing, item.content, owner, diagnostics);
    }
}

}  // namespace briefbook::model
