#include "briefbook/diagnostics.hpp"

#include <algorithm>
#include <ostream>

namespace briefbook {

namespace {
std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::kNote: return "note";
        case Severity::kWarning: return "warning";
        case Severity::kError: return "error";
    }
    return "error";
}
}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
    std::string out;
    const auto& where = diagnostic.where;
    if (!where.file.empty()) {
        out += where.file;
        if (where.position.line > 0) {
            out += ':' + std::to_string(where.position.line);
            if (where.position.column > 0) out += ':' + std::to_string(where.position.column);
        }
        out += ": ";
    }
    out += severity_name(diagnostic.severity);
    out += ": ";
    out += diagnostic.message;
    if (!diagnostic.code.empty()) out += " [" + diagnostic.code + "]";
    return out;
}

void Diagnostics::report(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::kError) ++error_count_;
    if (diagnostic.severity == Severity::kWarning) ++warning_count_;
    const bool is_error = diagnostic.severity == Severity::kError;
    if ((is_error ? kept_errors_ : items_.size() - kept_errors_) >= max_items_) {
        ++dropped_;
        if (is_error) ++dropped_errors_;
        return;
    }
    if (is_error) ++kept_errors_;
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(SourceLocation where, std::string code, std::string message) {
    report({Severity::kError, std::move(code), std::move(message), std::move(where)});
}

void Diagnostics::warning(SourceLocation where, std::string code, std::string message) {
    report({Severity::kWarning, std::move(code), std::move(message), std::move(where)});
}

void Diagnostics::note(SourceLocation where, std::string code, std::string message) {
    report({Severity::kNote, std::move(code), std::move(message), std::move(where)});
}

void Diagnostics::merge(const Diagnostics& other) {
    for (const auto& diagnostic : other.items_) report(diagnostic);
}

bool Diagnostics::contains(std::string_view code) const {
    return std::any_of(items_.begin(), items_.end(),
                       [&](const Diagnostic& d) { return d.code == code; });
}

void Diagnostics::print(std::ostream& out) const {
    for (const auto& diagnostic : items_) out << format_diagnostic(diagnostic) << '\n';
}

}  // namespace briefbook
