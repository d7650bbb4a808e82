#include "layout/labels.hpp"

#include <algorithm>
#include <array>
#include <cassert>

#include "layout/language_tag.hpp"
#include "layout/xml_file.hpp"

namespace briefbook::layout {

namespace {

constexpr std::string_view kPrefix = "labels";
constexpr std::string_view kFallbackLanguage = "en";

struct LabelInfo {
    Label label;
    std::string_view key;
    std::string_view fields;  ///< the fields its text may use, space-separated
};

// In enum order.
constexpr std::array<LabelInfo, kLabelCount> kLabels = {{
    {Label::kContents, "contents", ""},
    {Label::kOverview, "overview", ""},
    {Label::kItinerary, "itinerary", ""},
    {Label::kTripAtAGlance, "trip-at-a-glance", ""},
    {Label::kSessions, "sessions", ""},
    {Label::kPeople, "people", ""},
    {Label::kOrganizations, "organizations", ""},
    {Label::kContacts, "contacts", ""},
    {Label::kParticipants, "participants", ""},
    {Label::kDelegation, "delegation", ""},
    {Label::kHosts, "hosts", ""},
    {Label::kOthers, "others", ""},
    {Label::kObjectives, "objectives", ""},
    {Label::kAgenda, "agenda", ""},
    {Label::kTalkingPoints, "talking-points", ""},
    {Label::kLogistics, "logistics", ""},
    {Label::kNotes, "notes", ""},
    {Label::kVenue, "venue", ""},
    {Label::kAddress, "address", ""},
    {Label::kHost, "host", ""},
    {Label::kDate, "date", ""},
    {Label::kTime, "time", ""},
    {Label::kLocalTime, "local-time", ""},
    {Label::kHomeTime, "home-time", ""},
    {Label::kDayNumber, "day-number", "number"},
    {Label::kSession, "session", ""},
    {Label::kName, "name", ""},
    {Label::kTitle, "title", ""},
    {Label::kRole, "role", ""},
    {Label::kOrganization, "organization", ""},
    {Label::kShortName, "short-name", ""},
    {Label::kLocation, "location", ""},
    {Label::kWebsite, "website", ""},
    {Label::kPronunciation, "pronunciation", ""},
    {Label::kPhone, "phone", ""},
    {Label::kEmail, "email", ""},
    {Label::kPageOfPages, "page-of-pages", "page pages"},
    {Label::kPreparedFor, "prepared-for", "name"},
    {Label::kPreparedBy, "prepared-by", ""},
    {Label::kVersion, "version", ""},
    {Label::kIssued, "issued", ""},
    {Label::kDraft, "draft", ""},
    {Label::kSeePage, "see-page", "page"},
    {Label::kPreviousDay, "previous-day", ""},
    {Label::kNextDay, "next-day", ""},
    {Label::kKindMeeting, "kind-meeting", ""},
    {Label::kKindVisit, "kind-visit", ""},
    {Label::kKindMeal, "kind-meal", ""},
    {Label::kKindCeremony, "kind-ceremony", ""},
    {Label::kKindTravel, "kind-travel", ""},
    {Label::kKindFree, "kind-free", ""},
}};

const LabelInfo& info(Label label) {
    const auto& entry = kLabels[static_cast<std::size_t>(label)];
    assert(entry.label == label);
    return entry;
}

std::filesystem::path labels_dir(const std::filesystem::path& data_dir) {
    return data_dir / "layouts" / "labels";
}

/// What one label file says: a template for each label it defines (validated), nothing for the
/// others.
using LabelFile = std::vector<std::optional<TextTemplate>>;

/// Checks that `text` only uses the fields `label` has; reports each other one.
bool check_fields(const XmlFile& file, pugi::xml_node element, Label label, const TextTemplate& text,
                  Diagnostics& diagnostics) {
    const auto allowed = label_fields(label);
    bool ok = true;
    for (const auto& part : text.parts) {
        if (part.kind == TemplatePart::Kind::kLiteral) continue;
        const bool known = part.kind == TemplatePart::Kind::kField &&
                           std::find(allowed.begin(), allowed.end(), part.text) != allowed.end();
        if (known) continue;
        std::string may = "has no fields";
        if (!allowed.empty()) {
            may = "may use";
            for (const auto field : allowed) may += " {" + std::string(field) + "}";
        }
        const std::string written =
            (part.kind == TemplatePart::Kind::kLabel ? "{label:" : "{") + part.text + "}";
        diagnostics.error(file.at(element), "labels.field",
                          "label '" + std::string(label_key(label)) + "' cannot use " + written +
                              "; it " + may);
        ok = false;
    }
    return ok;
}

LabelFile parse_label_file(const XmlFile& file, std::string_view language, Diagnostics& diagnostics) {
    LabelFile labels(kLabelCount);
    const auto root = file.root();
    if (!root) return labels;
    if (std::string_view(root.name()) != "labels") {
        diagnostics.error(file.at(root), "labels.root",
                          "a label file's root element is <labels>, not <" + std::string(root.name()) + ">");
        return labels;
    }
    check_attributes(file, root, {"version", "xml:lang"}, kPrefix, diagnostics);
    if (const auto version = root.attribute("version"); version && std::string_view(version.value()) != "1") {
        diagnostics.error(file.at(root, version), "labels.version",
                          "label file version '" + std::string(version.value()) + "' is not supported (only 1)");
    }
    if (const auto lang = root.attribute("xml:lang"); lang && std::string_view(lang.value()) != language) {
        diagnostics.warning(file.at(root, lang), "labels.language-mismatch",
                            "file for '" + std::string(language) + "' says xml:lang=\"" + lang.value() + "\"");
    }
    for (const auto element : child_elements(file, root, kPrefix, diagnostics)) {
        if (std::string_view(element.name()) != "label") {
            warn_unknown_element(file, element, kPrefix, diagnostics);
            continue;
        }
        check_attributes(file, element, {"key"}, kPrefix, diagnostics);
        const auto key_attribute = element.attribute("key");
        if (!key_attribute) {
            diagnostics.error(file.at(element), "labels.missing-attribute", "<label> needs a key");
            continue;
        }
        const auto label = label_from_key(key_attribute.value());
        if (!label) {
            diagnostics.warning(file.at(element, key_attribute), "labels.unknown-key",
                                "unknown label key '" + std::string(key_attribute.value()) + "'");
            continue;
        }
        auto& slot = labels[static_cast<std::size_t>(*label)];
        if (slot) {
            diagnostics.warning(file.at(element), "labels.duplicate",
                                "label '" + std::string(key_attribute.value()) +
                                    "' is given twice; the first one stands");
            continue;
        }
        std::string error;
        auto text = parse_template(element_text(file, element, kPrefix, diagnostics), error);
        if (!text) {
            diagnostics.error(file.at(element), "labels.template",
                              "label '" + std::string(key_attribute.value()) + "': " + error);
            continue;
        }
        if (check_fields(file, element, *label, *text, diagnostics)) slot = std::move(*text);
    }
    return labels;
}

LabelFile load_label_file(const std::filesystem::path& data_dir, std::string_view language,
                          Diagnostics& diagnostics) {
    const auto path = labels_dir(data_dir) / (std::string(language) + ".xml");
    auto source = read_source_text(path, path.string());
    if (!source) {
        throw Error("cannot read the label file " + path.string(), "env.data-missing");
    }
    const XmlFile file(std::move(*source), diagnostics);
    return parse_label_file(file, language, diagnostics);
}

/// The first of the language's candidate tags with a label file.
std::optional<std::string> find_label_language(std::string_view book_lang,
                                               const std::filesystem::path& data_dir) {
    for (const auto& candidate : language_candidates(book_lang)) {
        std::error_code error;
        if (std::filesystem::is_regular_file(labels_dir(data_dir) / (candidate + ".xml"), error)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace

std::string_view label_key(Label label) { return info(label).key; }

std::optional<Label> label_from_key(std::string_view key) {
    for (const auto& entry : kLabels) {
        if (entry.key == key) return entry.label;
    }
    return std::nullopt;
}

std::vector<std::string_view> label_fields(Label label) {
    std::vector<std::string_view> fields;
    std::string_view rest = info(label).fields;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        fields.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    return fields;
}

std::string Labels::text(Label label) const { return format(label, {}); }

std::string Labels::format(
    Label label, std::initializer_list<std::pair<std::string_view, std::string_view>> fields) const {
    assert(texts.size() == kLabelCount);
    return expand_template(texts[static_cast<std::size_t>(label)], [&](const TemplatePart& part) {
        for (const auto& [name, value] : fields) {
            if (name == part.text) return std::string(value);
        }
        return std::string();
    });
}

Labels load_labels(std::string_view book_lang, const std::filesystem::path& data_dir,
                   Diagnostics& diagnostics, const SourceLocation& lang_where) {
    // English is complete by construction: every other language falls back to it.
    auto english = load_label_file(data_dir, kFallbackLanguage, diagnostics);
    const auto language = find_label_language(book_lang.empty() ? kFallbackLanguage : book_lang, data_dir);
    LabelFile chosen;
    if (!language) {
        diagnostics.warning(lang_where, "labels.language-missing",
                            "no labels in language '" + std::string(book_lang) + "' (there are " +
                                join(available_label_languages(data_dir)) + "); using English");
    } else if (*language != kFallbackLanguage) {
        chosen = load_label_file(data_dir, *language, diagnostics);
    }

    Labels labels;
    labels.language = language && !chosen.empty() ? *language : std::string(kFallbackLanguage);
    std::vector<std::string> missing;
    std::vector<std::string> missing_in_english;
    for (std::size_t i = 0; i < kLabelCount; ++i) {
        const auto key = std::string(kLabels[i].key);
        if (!chosen.empty() && chosen[i]) {
            labels.texts.push_back(std::move(*chosen[i]));
            continue;
        }
        if (!chosen.empty()) missing.push_back(key);
        if (english[i]) {
            labels.texts.push_back(*english[i]);
        } else {
            missing_in_english.push_back(key);
            labels.texts.push_back({{{TemplatePart::Kind::kLiteral, key}}});
        }
    }
    if (!missing.empty()) {
        const auto path = labels_dir(data_dir) / (labels.language + ".xml");
        diagnostics.warning({path.string(), {}}, "labels.missing",
                            "no " + labels.language + " text for " + join(missing) + "; using English");
    }
    if (!missing_in_english.empty()) {
        const auto path = labels_dir(data_dir) / "en.xml";
        diagnostics.error({path.string(), {}}, "labels.missing",
                          "the English labels lack " + join(missing_in_english));
    }
    return labels;
}

std::vector<std::string> available_label_languages(const std::filesystem::path& data_dir) {
    std::vector<std::string> languages;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(labels_dir(data_dir), error)) {
        if (entry.path().extension() == ".xml") languages.push_back(entry.path().stem().string());
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

}  // namespace briefbook::layout
