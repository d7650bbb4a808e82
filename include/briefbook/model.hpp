#pragma once
// The briefing as plain, typed values: what ../shared/spec/briefing-format.md describes, after
// parsing. Every node keeps the line and column of the element it came from, so that any later
// stage can point the user at the source.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "briefbook/diagnostics.hpp"

namespace briefbook::model {

// ---- Ids ----------------------------------------------------------------------------------------

/// An `id` attribute value. Distinct types per kind so a person cannot be passed for an org.
template <class Tag>
struct Id {
    std::string value;
    friend bool operator==(const Id&, const Id&) = default;
    friend auto operator<=>(const Id&, const Id&) = default;
};
using PersonId = Id<struct PersonTag>;
using OrgId = Id<struct OrgTag>;
using SessionId = Id<struct SessionTag>;

// ---- Text ---------------------------------------------------------------------------------------

/// One element of a repeatable, language-tagged text (`<title>`, `<venue>`, ...).
struct LocalizedText {
    std::string lang;  ///< effective xml:lang (inherited), BCP 47
    std::string text;  ///< white space collapsed
    TextPosition position;
};

/// All language variants of one text, in file order.
struct Localized {
    std::vector<LocalizedText> variants;

    [[nodiscard]] bool empty() const { return variants.empty(); }
    /// The variant whose language matches `lang` (by primary subtag and script), else the first.
    [[nodiscard]] const LocalizedText* primary(std::string_view lang) const;
    /// The first variant in another language than the primary one (shown beside it), if any.
    [[nodiscard]] const LocalizedText* native(std::string_view lang) const;
};

/// A piece of inline content with everything its enclosing inline elements said about it.
/// Inline markup is flattened at parse time (no recursion later, whatever the nesting depth).
struct InlinePiece {
    enum class Kind { kText, kRef, kLineBreak };
    Kind kind = Kind::kText;
    std::string text;    ///< kText: white space collapsed as in HTML (spec: BLOCKS and inline content)
    std::string lang;    ///< effective xml:lang
    bool bold = false;
    bool italic = false;
    std::string href;    ///< inside `<a href>`
    std::string ref_to;  ///< kRef: the id `<ref to>` names
    TextPosition position;
};

/// A paragraph-level block of BLOCKS content. Lists are flattened into their items.
struct Block {
    enum class Kind { kParagraph, kListItem, kQuote };
    Kind kind = Kind::kParagraph;
    bool ordered = false;       ///< kListItem inside `<ol>`
    std::uint32_t number = 0;   ///< kListItem: 1-based position in its list
    std::uint32_t depth = 0;    ///< list nesting depth (0 = top level)
    /// kListItem: more content of the item above (after a nested list, or a further `<p>` in the
    /// `<li>`): no marker of its own, same number.
    bool continuation = false;
    std::string lang;           ///< effective xml:lang of the block element
    std::vector<InlinePiece> content;
    TextPosition position;
};

/// A BLOCKS element (`<overview>`, `<bio>`, `<profile>`, ...).
struct Blocks {
    std::vector<Block> blocks;
    TextPosition position;
    [[nodiscard]] bool empty() const { return blocks.empty(); }
};

/// An image reference (`<logo src>`, `<photo src>`).
struct ImageRef {
    std::string src;                ///< as written
    std::filesystem::path resolved; ///< relative to the briefing's folder
    TextPosition position;          ///< of the element
    TextPosition src_position;      ///< of the `src` attribute
};

// ---- Time ---------------------------------------------------------------------------------------

struct LocalDate {
    int year = 0, month = 0, day = 0;
    friend auto operator<=>(const LocalDate&, const LocalDate&) = default;
};

/// A wall-clock time in some zone, as written in the file (ISO 8601 without offset).
struct LocalDateTime {
    LocalDate date;
    int hour = 0, minute = 0;
    friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
    /// False when the time was missing or malformed: parsed years are 1..9999, so year 0 marks it.
    [[nodiscard]] bool is_set() const { return date.year != 0; }
};

// ---- Things the briefing describes -------------------------------------------------------------

struct Meta {
    Localized title;
    Localized subtitle;
    Localized classification;
    Localized prepared_by;
    Localized version;
    std::optional<LocalDate> date;   ///< issue date of this edition
    std::string timezone;            ///< default for sessions (IANA)
    std::string home_timezone;       ///< times are also shown in it
    std::optional<ImageRef> logo;
    TextPosition position;
};

struct Organization {
    OrgId id;
    std::string country;  ///< ISO 3166 alpha-2, as written
    std::string kind;
    Localized name;
    Localized short_name;
    Localized location;
    std::string website;
    std::optional<ImageRef> logo;
    Blocks profile;
    TextPosition position;
};

enum class Side { kUnknown, kDelegation, kHost, kOther };

/// A `<name>`: either family and given parts, or plain text.
struct PersonName {
    enum class Order { kDefault, kGivenFirst, kFamilyFirst };
    std::string lang;  ///< effective xml:lang
    std::string family;
    std::string given;
    std::string plain;  ///< when the parts are unknown
    Order order = Order::kDefault;
    TextPosition position;
};

struct Person {
    PersonId id;
    std::optional<OrgId> org;
    Side side = Side::kOther;
    std::optional<int> precedence;  ///< 1 = highest
    std::vector<PersonName> names;
    Localized title;
    Localized role;
    std::optional<ImageRef> photo;
    Localized pronunciation;
    Blocks bio;
    TextPosition position;
    /// Attribute positions, for diagnostics that point at the attribute rather than the element.
    TextPosition org_position;
};

struct Attendee {
    PersonId ref;
    std::string role;
    TextPosition position;
    TextPosition ref_position;  ///< of the `ref` attribute
};

struct AgendaItem {
    std::string time;  ///< "09:30" as written (validated as HH:MM)
    std::vector<InlinePiece> content;
    TextPosition position;
};

enum class SessionKind { kMeeting, kVisit, kMeal, kCeremony, kTravel, kFree };

struct Session {
    SessionId id;
    SessionKind kind = SessionKind::kMeeting;
    std::optional<OrgId> host;
    LocalDateTime start;
    LocalDateTime end;
    std::string timezone;  ///< the session's own, else meta's (resolved at parse)
    Localized title;
    Localized venue;
    Localized address;
    std::vector<Attendee> attendees;
    Blocks objectives;
    std::vector<AgendaItem> agenda;
    Blocks talking_points;
    Blocks logistics;
    Blocks notes;
    TextPosition position;
    TextPosition host_position;
    TextPosition start_position;
    TextPosition end_position;
};

struct Contact {
    std::string name;
    std::string phone;
    std::string email;
    std::string role;
    std::string lang;
    TextPosition position;
};

/// Where each id lives: sorted (id, index into its vector) pairs, one list per kind. A plain value
/// built once after parsing (Briefing::build_index); lookups check each hit against the vectors, so
/// a stale index is slow, never wrong.
struct IdIndex {
    std::vector<std::pair<std::string, std::uint32_t>> people;
    std::vector<std::pair<std::string, std::uint32_t>> organizations;
    std::vector<std::pair<std::string, std::uint32_t>> sessions;
};

/// One parsed briefing file.
struct Briefing {
    std::filesystem::path source;     ///< the file as the user named it (for diagnostics)
    std::filesystem::path base_dir;   ///< where relative `src` paths resolve
    std::string version;              ///< root `version` attribute
    std::string lang = "en";          ///< the book's language (root xml:lang)
    Meta meta;
    Blocks overview;
    std::vector<Organization> organizations;
    std::vector<Person> people;
    std::vector<Session> sessions;
    std::vector<Contact> contacts;
    IdIndex index;

    /// (Re)builds `index` from the vectors; call after adding or removing people, organizations or
    /// sessions (load_briefing does it once).
    void build_index();
    [[nodiscard]] const Person* find_person(std::string_view id) const;
    [[nodiscard]] const Organization* find_organization(std::string_view id) const;
    [[nodiscard]] const Session* find_session(std::string_view id) const;
    /// A location in this file, for diagnostics.
    [[nodiscard]] SourceLocation at(TextPosition position) const { return {source.string(), position}; }
};

/// The model as indented text, one node a line with its line:column (what
/// `briefbook dump --stage model` prints; golden tests compare it).
[[nodiscard]] std::string dump(const Briefing& briefing);

}  // namespace briefbook::model
