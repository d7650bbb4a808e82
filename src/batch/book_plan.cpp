#include "batch/book_plan.hpp"

#include <algorithm>
#include <map>

#include "book/person_names.hpp"

namespace briefbook::batch {

namespace {

std::vector<const model::Person*> people_of(const model::Briefing& briefing, EachSide side) {
    switch (side) {
        case EachSide::kDelegation:
            return book::in_precedence_order(briefing.people, model::Side::kDelegation);
        case EachSide::kHost:
            return book::in_precedence_order(briefing.people, model::Side::kHost);
        case EachSide::kAll:
            break;
    }
    std::vector<const model::Person*> all;
    for (const auto each : {model::Side::kDelegation, model::Side::kHost, model::Side::kOther,
                            model::Side::kUnknown}) {
        const auto some = book::in_precedence_order(briefing.people, each);
        all.insert(all.end(), some.begin(), some.end());
    }
    return all;
}

const char* side_word(EachSide side) {
    switch (side) {
        case EachSide::kDelegation:
            return "delegation";
        case EachSide::kHost:
            return "host";
        case EachSide::kAll:
            break;
    }
    return "";
}

/// "the book of 'wang-li' from delegation-40.xml", or "the book from a.xml".
std::string describe(const PlannedBook& book, std::span<const BatchInput> inputs) {
    const std::string source = inputs[book.input].briefing->source.string();
    return book.person.empty() ? "the book from " + source
                               : "the book of '" + book.person + "' from " + source;
}

/// Fields a book without a person cannot fill.
std::optional<std::string> missing_person_field(const NamePattern& names) {
    using Field = NamePattern::Field;
    for (const auto& [field, name] :
         {std::pair{Field::kId, "{id}"}, std::pair{Field::kFamily, "{family}"},
          std::pair{Field::kGiven, "{given}"}, std::pair{Field::kName, "{name}"}})
        if (names.uses(field)) return name;
    return std::nullopt;
}

}  // namespace

std::optional<EachSide> parse_each_side(std::string_view text) {
    if (text == "delegation") return EachSide::kDelegation;
    if (text == "host") return EachSide::kHost;
    if (text == "all") return EachSide::kAll;
    return std::nullopt;
}

NameFields person_name_fields(const model::Person& person, std::string stem) {
    NameFields fields;
    fields.id = person.id.value;
    fields.briefing = std::move(stem);
    if (person.names.empty()) return fields;
    // A romanized name when there is one: file names are typed and read by people who may not
    // read the native script.
    const auto romanized =
        std::find_if(person.names.begin(), person.names.end(),
                     [](const model::PersonName& n) { return !book::is_cjk_language(n.lang); });
    const model::PersonName& name =
        romanized != person.names.end() ? *romanized : person.names.front();
    const bool has_cjk_name =
        std::any_of(person.names.begin(), person.names.end(),
                    [](const model::PersonName& n) { return book::is_cjk_language(n.lang); });
    fields.family = name.plain.empty() ? name.family : name.plain;
    fields.given = name.given;
    fields.name = book::format_name(name, has_cjk_name);
    return fields;
}

BookPlan plan_books(std::span<const BatchInput> inputs, const BatchSpec& spec) {
    BookPlan plan;
    const bool personalised = spec.each || !spec.for_person.empty();
    if (!personalised) {
        if (const auto field = missing_person_field(spec.names))
            plan.problems.push_back("--name uses " + *field +
                                    ", but the books are not personalised (use --each or --for)");
    }
    // The books and their names, input by input.
    std::vector<std::string> names;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const model::Briefing& briefing = *inputs[i].briefing;
        std::vector<const model::Person*> people;
        if (spec.each) {
            people = people_of(briefing, *spec.each);
            if (people.empty())
                plan.problems.push_back(briefing.source.string() + ": nobody on the " +
                                        side_word(*spec.each) + " side (--each " +
                                        side_word(*spec.each) + ")");
        } else if (!spec.for_person.empty()) {
            const model::Person* person = briefing.find_person(spec.for_person);
            if (!person) {
                plan.problems.push_back(briefing.source.string() + ": no person with id '" +
                                        spec.for_person + "' (--for)");
                continue;
            }
            people.push_back(person);
        }
        if (!personalised) {
            NameFields fields;
            fields.briefing = inputs[i].stem;
            plan.books.push_back({i, {}, {}});
            names.push_back(spec.names.expand(fields));
        }
        for (const model::Person* person : people) {
            plan.books.push_back({i, person->id.value, {}});
            names.push_back(spec.names.expand(person_name_fields(*person, inputs[i].stem)));
        }
    }
    // Each name must be a file name, and each destination taken once.
    std::map<std::string, std::size_t> first_with_name;
    for (std::size_t b = 0; b < plan.books.size(); ++b) {
        PlannedBook& book = plan.books[b];
        book.destination = spec.folder / names[b];
        if (const auto problem = file_name_problem(names[b])) {
            plan.problems.push_back(describe(book, inputs) + ": " + *problem + " (--name '" +
                                    spec.names.text() + "')");
            continue;
        }
        const auto [found, inserted] = first_with_name.emplace(names[b], b);
        if (!inserted)
            plan.problems.push_back(
                "--name '" + spec.names.text() + "' gives " + book.destination.string() +
                " to both " + describe(plan.books[found->second], inputs) + " and " +
                describe(book, inputs) +
                (inputs.size() > 1 && !spec.names.uses(NamePattern::Field::kBriefing)
                     ? " (add {briefing} to --name)"
                     : ""));
    }
    if (!plan.problems.empty()) plan.books.clear();
    return plan;
}

}  // namespace briefbook::batch
