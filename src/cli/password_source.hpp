#pragma once
// Where the books' passwords come from: the terminal (asked twice), an environment variable, or a
// file (one password, or one per person for personalised books). Every source is read before any
// book is built, and no password is ever printed.

#include <atomic>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>

#include "batch/book_plan.hpp"

namespace briefbook::cli {

/// What the command line said about passwords (at most one source).
struct PasswordRequest {
    bool prompt = false;           ///< --password
    std::string environment_name;  ///< --password-env NAME
    std::filesystem::path file;    ///< --password-file FILE
    [[nodiscard]] bool any() const { return prompt || !environment_name.empty() || !file.empty(); }
};

/// The password of each book: one for all, or one per person.
class BookPasswords {
  public:
    BookPasswords() = default;
    explicit BookPasswords(std::string common) : common_(std::move(common)) {}
    explicit BookPasswords(std::map<std::string, std::string, std::less<>> by_person)
        : by_person_(std::move(by_person)), per_person_(true) {}
    /// The password for a book (empty: not protected).
    [[nodiscard]] const std::string& for_book(const batch::PlannedBook& book) const;

  private:
    std::string common_;
    std::map<std::string, std::string, std::less<>> by_person_;
    bool per_person_ = false;
};

/// The result of reading passwords: nothing when the user interrupted the prompt.
struct PasswordsRead {
    std::optional<BookPasswords> passwords;
    std::vector<std::string> problems;  ///< problems in the password file (FILE: line N: ...)
};

/// Reads the passwords the request names, for these books. A per-person file must name every
/// person with a book (a missing one is a problem). Throws briefbook::Error for a source that
/// cannot be read: no terminal, an unset or empty variable, an unreadable file, two different
/// passwords typed (codes "password.*").
[[nodiscard]] PasswordsRead read_passwords(const PasswordRequest& request,
                                           std::span<const batch::PlannedBook> books,
                                           bool personalised, const std::atomic<bool>& interrupted);

}  // namespace briefbook::cli
