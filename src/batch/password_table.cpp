#include "batch/password_table.hpp"

#include <map>

namespace briefbook::batch {

PasswordTable parse_password_table(std::string_view text) {
    PasswordTable table;
    std::size_t line_number = 0;
    std::map<std::string, std::size_t, std::less<>> first_line;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // written on Windows
        if (line.empty() || line.front() == '#') continue;
        const std::string where = "line " + std::to_string(line_number) + ": ";
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) {
            table.problems.push_back(where +
                                     "expected PERSON_ID<TAB>PASSWORD (no tab on the line)");
            continue;
        }
        const std::string_view id = line.substr(0, tab);
        const std::string_view password = line.substr(tab + 1);
        if (id.empty()) {
            table.problems.push_back(where + "no person id before the tab");
            continue;
        }
        if (password.empty()) {
            table.problems.push_back(where + "empty password");
            continue;
        }
        // Problems quote no part of a line: a malformed line may hold a password where the id
        // belongs.
        const auto [first, inserted] = first_line.emplace(std::string(id), line_number);
        if (!inserted) {
            table.problems.push_back(where + "a second password for the person of line " +
                                     std::to_string(first->second));
            continue;
        }
        table.by_person.emplace(std::string(id), std::string(password));
    }
    return table;
}

}  // namespace briefbook::batch
