#pragma once
// Reading a briefing file: parse (pugixml) into the model, then validate it. Problems in the file
// are collected in Diagnostics (never thrown); the model is returned as far as it could be read.

#include <cstddef>
#include <filesystem>

#include "briefbook/diagnostics.hpp"
#include "briefbook/limits.hpp"
#include "briefbook/model.hpp"

namespace briefbook {

/// Hard limits against hostile or broken input; the defaults are those of briefbook/limits.hpp
/// (tests lower them).
struct InputLimits {
    std::size_t max_file_bytes = limits::kMaxFileBytes;
    std::size_t max_inline_depth = limits::kMaxInlineDepth;  ///< nesting of <b>/<i>/<span>/<a> inside a block
    std::size_t max_list_depth = limits::kMaxListDepth;
    std::size_t max_paragraph_bytes = limits::kMaxParagraphBytes;
    std::size_t max_diagnostics = limits::kMaxDiagnostics;  ///< kept per file; the rest are counted
};

struct LoadOptions {
    InputLimits limits;
    /// Allow `src` paths that leave the briefing's folder (absolute, or with `..`).
    bool allow_any_path = false;
};

/// Parses and validates `file`. Returns the model (possibly partial); `diagnostics.has_errors()`
/// tells whether it may be built into a book.
model::Briefing load_briefing(const std::filesystem::path& file, Diagnostics& diagnostics,
                              const LoadOptions& options = {});

/// Parses a briefing from memory (tests, fuzzers); `display_name` is used in diagnostics and
/// `base_dir` resolves image paths.
model::Briefing load_briefing_from_memory(std::string_view xml, const std::filesystem::path& display_name,
                                          const std::filesystem::path& base_dir, Diagnostics& diagnostics,
                                          const LoadOptions& options = {});

}  // namespace briefbook
