#pragma once
// What became of one planned book: written, failed (and why), or never started.

#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/exit_codes.hpp"

namespace briefbook::cli {

struct BookOutcome {
    enum class Status { kNotStarted, kWritten, kFailed };
    Status status = Status::kNotStarted;
    std::size_t pages = 0;    ///< kWritten
    std::uint64_t bytes = 0;  ///< kWritten: the file's size
    unsigned image_ppi = 0;   ///< kWritten: images capped at this resolution to fit --max-size
    std::size_t images_downsampled = 0;  ///< kWritten: how many image files that changed
    std::string reason;                  ///< kFailed: one line, without the book's file name
    bool diagnosed = false;        ///< kFailed: the reason is the book's errors, already printed
    ExitCode exit_code = kExitOk;  ///< kFailed: the status this failure alone would give
};

}  // namespace briefbook::cli
