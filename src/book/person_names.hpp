#pragma once
// How people's names print: the naming rules of the format spec, as a protocol office writes them.
//   romanized Chinese, Japanese, Korean names: family name first, in capitals  SONG Ruilin
//   native CJK names: family then given, no space                             宋瑞霖
//   other names: given then family, the family name in capitals               Christophe WEBER
// Capitals mark the family name in every romanized name so a reader never has to guess which part
// it is (the convention of delegation lists; docs/format.md). `order` on <name> overrides.

#include <string>
#include <vector>

#include "briefbook/model.hpp"

namespace briefbook::book {

/// A person's name as the book shows it: the form in the book's language, and the native form
/// beside it when there is one (e.g. "SONG Ruilin" and "宋瑞霖").
struct DisplayName {
    std::string primary;
    std::string primary_lang;
    std::string native;       ///< empty when the person has no other-language name
    std::string native_lang;
};

/// True for languages whose native names put the family name first with no space (zh, ja, ko).
bool is_cjk_language(std::string_view lang);

/// Formats one <name>. `family_first_default` says whether a romanized name without an `order`
/// follows East Asian order (the person also has a CJK name, or the name is in a CJK language).
std::string format_name(const model::PersonName& name, bool family_first_default);

/// The names of a person to print, chosen for a book in `book_lang`.
DisplayName display_name(const model::Person& person, std::string_view book_lang);

/// People of one side in precedence order (1 first; people without precedence after those with
/// it, in file order).
std::vector<const model::Person*> in_precedence_order(const std::vector<model::Person>& people, model::Side side);

}  // namespace briefbook::book
