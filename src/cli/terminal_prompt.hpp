#pragma once
// Asking for a secret on the terminal: the controlling terminal (/dev/tty, not stdin, so that
// input and output redirections do not matter), echo off, restored whatever happens.

#include <atomic>
#include <optional>
#include <string>
#include <string_view>

namespace briefbook::cli {

/// Writes `prompt` to the terminal and reads one line with echo off. Nothing when `stop` becomes
/// true while waiting (Ctrl-C: the interrupt guard holds the signal) or at end of input (Ctrl-D).
/// Throws briefbook::Error (code "password.no-terminal") when the process has no terminal.
[[nodiscard]] std::optional<std::string> read_secret(std::string_view prompt,
                                                     const std::atomic<bool>& stop);

}  // namespace briefbook::cli
