#pragma once
// The words the book generates itself ("Contents", "Participants", "Page 3 of 40"), in the book's
// language. They are data: layouts/labels/LANG.xml, one file per language, English complete.

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "layout/text_template.hpp"

namespace briefbook::layout {

/// Every generated label. The key in the files is the name in label_key().
enum class Label {
    // Sections and their parts
    kContents, kOverview, kItinerary, kTripAtAGlance, kSessions, kPeople, kOrganizations,
    kContacts, kParticipants, kDelegation, kHosts, kOthers, kObjectives, kAgenda, kTalkingPoints,
    kLogistics, kNotes,
    // Field names in sessions, profiles and tables
    kVenue, kAddress, kHost, kDate, kTime, kLocalTime, kHomeTime, kDayNumber, kSession, kName,
    kTitle, kRole, kOrganization, kShortName, kLocation, kWebsite, kPronunciation, kPhone, kEmail,
    // Cover, running text and cross references
    kPageOfPages, kPreparedFor, kPreparedBy, kVersion, kIssued, kDraft, kSeePage,
    kPreviousDay, kNextDay,
    // Session kinds
    kKindMeeting, kKindVisit, kKindMeal, kKindCeremony, kKindTravel, kKindFree,
};
inline constexpr std::size_t kLabelCount = static_cast<std::size_t>(Label::kKindFree) + 1;

/// The key of a label in the label files: "talking-points", "page-of-pages".
[[nodiscard]] std::string_view label_key(Label label);
/// The label a key names, if any.
[[nodiscard]] std::optional<Label> label_from_key(std::string_view key);
/// The fields a label's text may use: {page} and {pages} for "page-of-pages", {name} for
/// "prepared-for", {number} for "day-number", {page} for "see-page"; none for the others.
[[nodiscard]] std::vector<std::string_view> label_fields(Label label);

/// The labels of one book: one template per Label, in enum order.
struct Labels {
    std::string language;  ///< the language they are in ("ja"); "en" after a fallback
    std::vector<TextTemplate> texts;

    /// A label without fields, as printed.
    [[nodiscard]] std::string text(Label label) const;
    /// A label with its fields filled in: format(Label::kPageOfPages, {{"page", "3"}, {"pages", "40"}}).
    [[nodiscard]] std::string format(
        Label label, std::initializer_list<std::pair<std::string_view, std::string_view>> fields) const;
};

/// The labels for a book in `book_lang` (BCP 47), from `data_dir`/layouts/labels/. The most
/// specific file for the language is used (language_candidates); a label it lacks, or every label
/// when there is no file for the language, is taken from English with a warning
/// [labels.missing] / [labels.language-missing] located at `lang_where` (where the book states its
/// language). Problems in a label file are located diagnostics. Throws briefbook::Error when the
/// English file, the installation's own data, is missing.
[[nodiscard]] Labels load_labels(std::string_view book_lang, const std::filesystem::path& data_dir,
                                 Diagnostics& diagnostics, const SourceLocation& lang_where = {});

/// The language tags with a label file in `data_dir`, sorted.
[[nodiscard]] std::vector<std::string> available_label_languages(const std::filesystem::path& data_dir);

}  // namespace briefbook::layout
