#pragma once
// Output safety: a PDF is written to a temporary file beside its destination and renamed into
// place only when complete, so an interrupted or failed run never leaves a truncated PDF.

#include <filesystem>
#include <string_view>

namespace briefbook {

/// Throws briefbook::Error (code "io.unwritable") unless a file can be created in the folder of
/// `destination` (checked before any work is done, so a long run does not fail at its end).
void check_writable(const std::filesystem::path& destination);

/// Writes `bytes` to `destination` atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over the destination. On any failure the temporary file is removed, the
/// destination is left as it was, and briefbook::Error (code "io.write-failed") is thrown.
void write_file_atomically(const std::filesystem::path& destination, std::string_view bytes);

}  // namespace briefbook
