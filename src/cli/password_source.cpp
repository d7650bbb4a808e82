#include "cli/password_source.hpp"

#include <string.h>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>

#include "batch/password_table.hpp"
#include "briefbook/diagnostics.hpp"
#include "cli/terminal_prompt.hpp"

namespace briefbook::cli {

namespace {

/// How many times the two typed passwords may disagree before giving up.
constexpr int kPromptAttempts = 3;

/// Overwrites a string that held a password before its memory is freed.
void wipe(std::string& secret) {
    explicit_bzero(secret.data(), secret.size());
    secret.clear();
}

std::optional<std::string> prompt_twice(const std::atomic<bool>& interrupted) {
    std::string prompt = "Password for the PDF: ";
    for (int attempt = 0; attempt < kPromptAttempts; ++attempt) {
        auto first = read_secret(prompt, interrupted);
        if (!first) return std::nullopt;
        auto second = read_secret("Same password again: ", interrupted);
        if (!second) {
            wipe(*first);
            return std::nullopt;
        }
        const bool same = *first == *second;
        wipe(*second);
        if (same && !first->empty()) return first;
        wipe(*first);
        prompt = same ? "An empty password protects nothing. Password for the PDF: "
                      : "The two differ. Password for the PDF: ";
    }
    throw Error("no password: the two passwords typed differed " + std::to_string(kPromptAttempts) +
                    " times",
                "password.mismatch");
}

std::string from_environment(const std::string& name) {
    const char* value = std::getenv(name.c_str());
    if (!value)
        throw Error("--password-env " + name + ": the variable is not set", "password.unset");
    if (!*value)
        throw Error("--password-env " + name + ": the variable is empty", "password.unset");
    return value;
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("--password-file " + file.string() + ": cannot read the file",
                    "password.unreadable");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The first line of a file holding one password (no final newline or CR).
std::string single_password(std::string text, const std::filesystem::path& file) {
    std::string password = text.substr(0, text.find('\n'));
    wipe(text);
    if (!password.empty() && password.back() == '\r') password.pop_back();
    if (password.empty())
        throw Error("--password-file " + file.string() + ": the first line is empty",
                    "password.unset");
    return password;
}

PasswordsRead per_person_passwords(std::string text, const std::filesystem::path& file,
                                   std::span<const batch::PlannedBook> books) {
    auto table = batch::parse_password_table(text);
    wipe(text);
    PasswordsRead read;
    for (auto& problem : table.problems) read.problems.push_back(file.string() + ": " + problem);
    std::set<std::string> missing;
    for (const auto& book : books)
        if (!table.by_person.count(book.person)) missing.insert(book.person);
    for (const auto& person : missing)
        read.problems.push_back(file.string() + ": no password for '" + person + "'");
    if (read.problems.empty()) read.passwords = BookPasswords(std::move(table.by_person));
    return read;
}

}  // namespace

const std::string& BookPasswords::for_book(const batch::PlannedBook& book) const {
    if (!per_person_) return common_;
    // read_passwords checked that every planned person is here.
    return by_person_.find(book.person)->second;
}

PasswordsRead read_passwords(const PasswordRequest& request,
                             std::span<const batch::PlannedBook> books, bool personalised,
                             const std::atomic<bool>& interrupted) {
    PasswordsRead read;
    if (!request.any()) {
        read.passwords = BookPasswords();
        return read;
    }
    if (request.prompt) {
        auto password = prompt_twice(interrupted);
        if (password) read.passwords = BookPasswords(std::move(*password));
        return read;
    }
    if (!request.environment_name.empty()) {
        read.passwords = BookPasswords(from_environment(request.environment_name));
        return read;
    }
    std::string text = read_file(request.file);
    if (personalised) return per_person_passwords(std::move(text), request.file, books);
    read.passwords = BookPasswords(single_password(std::move(text), request.file));
    return read;
}

}  // namespace briefbook::cli
