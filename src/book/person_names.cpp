#include "book/person_names.hpp"

#include <algorithm>

#include <limits>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace briefbook::book {

namespace {

std::string_view primary_subtag(std::string_view lang) { return lang.substr(0, lang.find('-')); }

std::string upper(const std::string& utf8) {
    std::string out;
    icu::UnicodeString::fromUTF8(utf8).toUpper(icu::Locale::getRoot()).toUTF8String(out);
    return out;
}

bool same_language(std::string_view a, std::string_view b) { return primary_subtag(a) == primary_subtag(b); }

}  // namespace

bool is_cjk_language(std::string_view lang) {
    const auto primary = primary_subtag(lang);
    return primary == "zh" || primary == "ja" || primary == "ko" || primary == "yue";
}

std::string format_name(const model::PersonName& name, bool family_first_default) {
    if (!name.plain.empty()) return name.plain;
    using Order = model::PersonName::Order;
    const bool native_cjk = is_cjk_language(name.lang);
    const bool family_first = name.order == Order::kFamilyFirst ||
                              (name.order == Order::kDefault && (native_cjk || family_first_default));
    if (native_cjk) {
        // 宋瑞霖: no space, no capitals. A given-first order in a CJK language keeps a space.
        return family_first ? name.family + name.given : name.given + " " + name.family;
    }
    const std::string family = upper(name.family);
    if (name.given.empty()) return family;
    if (name.family.empty()) return name.given;
    return family_first ? family + " " + name.given : name.given + " " + family;
}

DisplayName display_name(const model::Person& person, std::string_view book_lang) {
    DisplayName out;
    if (person.names.empty()) return out;
    const bool has_cjk_name = std::any_of(person.names.begin(), person.names.end(),
                                          [](const model::PersonName& n) { return is_cjk_language(n.lang); });
    // The primary name: the one in the book's language, else a romanized one, else the first.
    const model::PersonName* primary = nullptr;
    for (const auto& name : person.names)
        if (!primary && same_language(name.lang, book_lang)) primary = &name;
    for (const auto& name : person.names)
        if (!primary && !is_cjk_language(name.lang)) primary = &name;
    if (!primary) primary = &person.names.front();
    out.primary = format_name(*primary, has_cjk_name);
    out.primary_lang = primary->lang;
    for (const auto& name : person.names) {
        if (&name == primary || same_language(name.lang, primary->lang)) continue;
        out.native = format_name(name, has_cjk_name);
        out.native_lang = name.lang;
        break;
    }
    return out;
}

std::vector<const model::Person*> in_precedence_order(const std::vector<model::Person>& people, model::Side side) {
    std::vector<const model::Person*> out;
    for (const auto& person : people)
        if (person.side == side) out.push_back(&person);
    std::stable_sort(out.begin(), out.end(), [](const model::Person* a, const model::Person* b) {
        const int pa = a->precedence.value_or(std::numeric_limits<int>::max());
        const int pb = b->precedence.value_or(std::numeric_limits<int>::max());
        return pa < pb;
    });
    return out;
}

}  // namespace briefbook::book
