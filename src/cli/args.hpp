#pragma once
// A small command-line parser: long options (--name, --name=value, --name value), short aliases,
// positional arguments, and generated help. Enough for briefbook's commands, nothing more.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefbook::cli {

struct OptionSpec {
    std::string name;         ///< long name without dashes: "output"
    char short_name = 0;      ///< 'o', or 0
    std::string value_name;   ///< "FILE"; empty for a flag
    std::string help;
    bool repeatable = false;
};

/// Thrown for a command line that cannot be understood; the CLI prints it with the usage hint.
struct UsageError {
    std::string message;
};

class ParsedArgs {
public:
    [[nodiscard]] bool has(std::string_view name) const { return values_.count(std::string(name)) > 0; }
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    [[nodiscard]] std::vector<std::string> values(std::string_view name) const;
    [[nodiscard]] const std::vector<std::string>& positional() const { return positional_; }

private:
    friend class ArgParser;
    std::map<std::string, std::vector<std::string>> values_;
    std::vector<std::string> positional_;
};

class ArgParser {
public:
    ArgParser(std::string usage, std::string summary, std::vector<OptionSpec> options)
        : usage_(std::move(usage)), summary_(std::move(summary)), options_(std::move(options)) {}

    /// Parses arguments after the command name. Throws UsageError.
    [[nodiscard]] ParsedArgs parse(const std::vector<std::string>& args) const;
    [[nodiscard]] std::string help() const;

private:
    [[nodiscard]] const OptionSpec* find_long(std::string_view name) const;
    [[nodiscard]] const OptionSpec* find_short(char name) const;

    std::string usage_;
    std::string summary_;
    std::vector<OptionSpec> options_;
};

}  // namespace briefbook::cli
