#pragma once
// The `briefbook build` command line as one value: which inputs, which books, where they go, and
// how (layout, passwords, size budget, workers). Parsing checks every combination of options, so
// the command itself never meets a contradictory request.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "batch/book_plan.hpp"
#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"
#include "cli/args.hpp"
#include "cli/password_source.hpp"

namespace briefbook::cli {

struct BuildRequest {
    bool help = false;                          ///< --help: print the usage, nothing else
    std::vector<std::filesystem::path> inputs;  ///< briefing files, in the order given
    std::filesystem::path output;               ///< the PDF (one book) or the folder (a batch)
    /// A batch: -o names a folder and books are named by `names` (with --each or several inputs).
    bool batch = false;
    std::optional<batch::EachSide> each;
    std::optional<batch::NamePattern> names;
    BuildOptions book;  ///< layout, --for, draft, watermark, timestamp
    LoadOptions load;
    PasswordRequest password;
    std::optional<std::uint64_t> max_size;  ///< bytes; nothing: no budget
    unsigned jobs = 1;
    bool quiet = false;
};

/// The options of `briefbook build`, for parsing and --help.
const ArgParser& build_parser();

/// Reads the command line. Throws UsageError for anything it cannot make sense of.
/// `timestamp_fallback` is $SOURCE_DATE_EPOCH (or empty) and `cores` the number of hardware
/// threads (the default for --jobs): the caller reads the environment.
[[nodiscard]] BuildRequest parse_build_request(const std::vector<std::string>& args,
                                               const std::string& timestamp_fallback,
                                               unsigned cores);

}  // namespace briefbook::cli
