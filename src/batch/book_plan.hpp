#pragma once
// Which books a batch makes and where each one goes: one personalised book per person of a side
// (--each), or one book per input file; every destination decided, and every collision found,
// before any book is built.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "batch/name_pattern.hpp"
#include "briefbook/model.hpp"

namespace briefbook::batch {

/// Whose books `--each` makes.
enum class EachSide { kDelegation, kHost, kAll };

/// Reads "delegation", "host" or "all".
[[nodiscard]] std::optional<EachSide> parse_each_side(std::string_view text);

/// One input of a batch: a parsed briefing and the name its {briefing} field gives.
struct BatchInput {
    const model::Briefing* briefing = nullptr;
    std::string stem;  ///< the file name without folder and extension
};

/// What the command line asks of a batch.
struct BatchSpec {
    std::optional<EachSide> each;  ///< one book per person of this side
    std::string for_person;        ///< without `each`: this person's book from every input
    NamePattern names;
    std::filesystem::path folder;  ///< where the books go
};

/// One book to make.
struct PlannedBook {
    std::size_t input = 0;  ///< index into the batch's inputs
    std::string person;     ///< personalised for this person id; empty: the whole programme
    std::filesystem::path destination;
};

/// The books of a batch, or the reasons it cannot run (nothing is built when there are any).
struct BookPlan {
    std::vector<PlannedBook> books;
    std::vector<std::string> problems;
};

/// Plans the books: for each input in order, its people of the side in precedence order
/// (`kAll`: delegation, then host, then everyone else), or one book per input. Problems: a side
/// with nobody in it, a pattern field with no value (e.g. {id} for books that are not
/// personalised), a name that is not a file name, and two books with the same destination.
[[nodiscard]] BookPlan plan_books(std::span<const BatchInput> inputs, const BatchSpec& spec);

/// The values of the name fields for a person (romanized names where the person has them).
[[nodiscard]] NameFields person_name_fields(const model::Person& person, std::string stem);

}  // namespace briefbook::batch
