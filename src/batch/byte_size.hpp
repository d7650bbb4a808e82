#pragma once
// Sizes as people write them on a command line ("10MB", "1.5 MB", "800KB") and as briefbook
// prints them. One convention throughout: KB = 1024 bytes, MB = 1024 KB, GB = 1024 MB, the units
// the "wrote ... (815 KB)" messages use; KiB, MiB and GiB are accepted as the same units.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace briefbook::batch {

/// Reads a size: a number (decimals allowed) and an optional unit B, K/KB/KiB, M/MB/MiB, G/GB/GiB
/// (any case; a space between is allowed). Nothing when the text is not a size.
[[nodiscard]] std::optional<std::uint64_t> parse_byte_size(std::string_view text);

/// A size for people: "512 bytes", "815 KB", "12.3 MB" (one decimal from 10 MB down).
[[nodiscard]] std::string format_byte_size(std::uint64_t bytes);

}  // namespace briefbook::batch
