#pragma once
// The checks that need the whole briefing read: ids, references between things, times across
// sessions, image files. Each adds what it finds to the diagnostics and never stops early.

#include "briefbook/diagnostics.hpp"
#include "briefbook/load.hpp"
#include "briefbook/model.hpp"

namespace briefbook::model {

/// Every id (person, organization, session) is unique across all kinds.
void validate_ids(const Briefing& briefing, Diagnostics& diagnostics);

/// `org`, `host`, attendee `ref` and `<ref to>` name things that exist, of the right kind; nobody
/// attends a session twice.
void validate_references(const Briefing& briefing, Diagnostics& diagnostics);

/// Sessions end after they start (as instants, in their zones); times that a DST change skips
/// are pointed out; nobody is in two sessions at once (a warning: plans change).
void validate_times(const Briefing& briefing, Diagnostics& diagnostics);

/// Image paths stay inside the briefing's folder (unless options allow any path) and name files
/// that exist (a warning: the book shows a placeholder).
void validate_images(const Briefing& briefing, const LoadOptions& options, Diagnostics& diagnostics);

}  // namespace briefbook::model
