#include "cli/args.hpp"

#include <algorithm>

namespace briefbook::cli {

std::optional<std::string> ParsedArgs::value(std::string_view name) const {
    auto found = values_.find(std::string(name));
    if (found == values_.end() || found->second.empty()) return std::nullopt;
    return found->second.back();
}

std::vector<std::string> ParsedArgs::values(std::string_view name) const {
    auto found = values_.find(std::string(name));
    return found == values_.end() ? std::vector<std::string>{} : found->second;
}

const OptionSpec* ArgParser::find_long(std::string_view name) const {
    auto found = std::find_if(options_.begin(), options_.end(),
                              [&](const OptionSpec& o) { return o.name == name; });
    return found == options_.end() ? nullptr : &*found;
}

const OptionSpec* ArgParser::find_short(char name) const {
    auto found = std::find_if(options_.begin(), options_.end(),
                              [&](const OptionSpec& o) { return o.short_name == name; });
    return found == options_.end() ? nullptr : &*found;
}

ParsedArgs ArgParser::parse(const std::vector<std::string>& args) const {
    ParsedArgs parsed;
    bool only_positional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_positional || arg.size() < 2 || arg[0] != '-') {
            parsed.positional_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        const OptionSpec* spec = nullptr;
        std::optional<std::string> inline_value;
        if (arg[1] == '-') {
            std::string name = arg.substr(2);
            if (auto eq = name.find('='); eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                name.resize(eq);
            }
            spec = find_long(name);
            if (!spec) throw UsageError{"unknown option '--" + name + "'"};
        } else {
            spec = find_short(arg[1]);
            if (!spec || arg.size() != 2) throw UsageError{"unknown option '" + arg + "'"};
        }
        auto& slot = parsed.values_[spec->name];
        if (!slot.empty() && !spec->repeatable)
            throw UsageError{"option '--" + spec->name + "' given more than once"};
        if (spec->value_name.empty()) {
            if (inline_value) throw UsageError{"option '--" + spec->name + "' takes no value"};
            slot.emplace_back();
        } else if (inline_value) {
            slot.push_back(*inline_value);
        } else if (i + 1 < args.size()) {
            slot.push_back(args[++i]);
        } else {
            throw UsageError{"option '--" + spec->name + "' needs a value (" + spec->value_name + ")"};
        }
    }
    return parsed;
}

std::string ArgParser::help() const {
    std::string out = "usage: " + usage_ + "\n\n" + summary_ + "\n";
    if (options_.empty()) return out;
    out += "\noptions:\n";
    for (const auto& option : options_) {
        std::string left = "  ";
        left += option.short_name ? std::string("-") + option.short_name + ", " : "    ";
        left += "--" + option.name;
        if (!option.value_name.empty()) left += " " + option.value_name;
        if (left.size() < 30) left.resize(30, ' ');
        else left += "\n" + std::string(30, ' ');
        out += left + option.help + "\n";
    }
    return out;
}

}  // namespace briefbook::cli
