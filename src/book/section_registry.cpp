#include "book/sections.hpp"

namespace briefbook::book {

extern const SectionComposer kCoverComposer;
extern const SectionComposer kOverviewComposer;
extern const SectionComposer kItineraryComposer;
extern const SectionComposer kSessionsComposer;
extern const SectionComposer kPeopleComposer;
extern const SectionComposer kOrganizationsComposer;
extern const SectionComposer kContactsComposer;
extern const SectionComposer kContentsComposer;

const SectionComposer& section_composer(layout::SectionKind kind) {
    using layout::SectionKind;
    switch (kind) {
        case SectionKind::kCover: return kCoverComposer;
        case SectionKind::kContents: return kContentsComposer;
        case SectionKind::kOverview: return kOverviewComposer;
        case SectionKind::kItinerary: return kItineraryComposer;
        case SectionKind::kSessions: return kSessionsComposer;
        case SectionKind::kPeople: return kPeopleComposer;
        case SectionKind::kOrganizations: return kOrganizationsComposer;
        case SectionKind::kContacts: return kContactsComposer;
    }
    return kCoverComposer;
}

}  // namespace briefbook::book
