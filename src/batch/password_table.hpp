#pragma once
// Per-person passwords for a batch of protected books, read from the text of a password file:
// one line per person, PERSON_ID<TAB>PASSWORD. Problems name the line, never its content, so no
// password reaches a terminal or a log.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace briefbook::batch {

/// Passwords by person id, and what is wrong with the file.
struct PasswordTable {
    std::map<std::string, std::string, std::less<>> by_person;
    std::vector<std::string> problems;  ///< "line 3: ...", in file order
};

/// Reads `text`: lines PERSON_ID<TAB>PASSWORD (the password is everything after the first tab,
/// spaces included; a final CR is dropped); empty lines and lines starting with '#' are skipped.
/// A line without a tab, an empty id or password, and an id given twice are problems.
[[nodiscard]] PasswordTable parse_password_table(std::string_view text);

}  // namespace briefbook::batch
