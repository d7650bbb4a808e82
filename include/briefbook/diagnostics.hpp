#pragma once
// Problems found in a user's files, collected and reported all at once, compiler style:
//   samples/x.xml:41:9: error: session 'jpma' names unknown person 'murakami' [ref.unknown]

#include <cstdint>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace briefbook {

/// A 1-based line and column in a source file; 0 means "not known".
struct TextPosition {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

/// Where a diagnostic points: a file (as the user named it) and a position in it.
struct SourceLocation {
    std::string file;
    TextPosition position;
    friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

enum class Severity { kNote, kWarning, kError };

/// One problem: what is wrong, where, and a stable code that scripts can match.
struct Diagnostic {
    Severity severity = Severity::kError;
    std::string code;     ///< stable, dotted: "ref.unknown", "time.zone-unknown"
    std::string message;  ///< one sentence, no trailing period
    SourceLocation where;
};

/// Formats one diagnostic as `file:line:col: severity: message [code]`.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Collects problems during one stage so they can all be reported together.
class Diagnostics {
public:
    void report(Diagnostic diagnostic);
    void error(SourceLocation where, std::string code, std::string message);
    void warning(SourceLocation where, std::string code, std::string message);
    void note(SourceLocation where, std::string code, std::string message);

    /// Appends everything another collector found (a worker's, a sub-stage's).
    void merge(const Diagnostics& other);

    [[nodiscard]] bool has_errors() const { return error_count_ > 0; }
    [[nodiscard]] std::size_t error_count() const { return error_count_; }
    [[nodiscard]] std::size_t warning_count() const { return warning_count_; }
    [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
    /// True when some diagnostic carries this code (tests and scripts match on codes).
    [[nodiscard]] bool contains(std::string_view code) const;

    /// Prints every diagnostic, one a line, in the order reported.
    void print(std::ostream& out) const;

    /// Keeps at most `max_items` errors and as many other diagnostics; later ones are counted
    /// (error_count(), has_errors()) but not kept, so that a hostile file cannot fill memory with
    /// millions of warnings, and a flood of warnings does not hide an error.
    void keep_at_most(std::size_t max_items) { max_items_ = max_items; }
    /// Diagnostics counted but not kept (keep_at_most), and how many of them were errors.
    [[nodiscard]] std::size_t dropped() const { return dropped_; }
    [[nodiscard]] std::size_t dropped_errors() const { return dropped_errors_; }

private:
    std::vector<Diagnostic> items_;
    std::size_t error_count_ = 0;
    std::size_t warning_count_ = 0;
    std::size_t max_items_ = static_cast<std::size_t>(-1);
    std::size_t kept_errors_ = 0;
    std::size_t dropped_ = 0;
    std::size_t dropped_errors_ = 0;
};

/// A failure of the environment rather than of the user's document (a font file that cannot be
/// read, an output folder that cannot be written): thrown, not collected.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, std::string code = "env.error")
        : std::runtime_error(message), code_(std::move(code)) {}
    Error(SourceLocation where, const std::string& message, std::string code)
        : std::runtime_error(message), code_(std::move(code)), where_(std::move(where)) {}
    [[nodiscard]] const std::string& code() const { return code_; }
    [[nodiscard]] const SourceLocation& where() const { return where_; }

private:
    std::string code_;
    SourceLocation where_;
};

}  // namespace briefbook
