#pragma once
// Byte offsets of a UTF-8 text to the line and column an editor shows, for diagnostics. Lines are
// found by binary search and columns counted from checkpoints, so that every lookup costs at most
// two checkpoint strides of counting: a file written on one long line (by a machine, or by an
// attacker) must not make each of its diagnostics cost a scan of the whole line.

#include <cstddef>
#include <string_view>
#include <vector>

#include "briefbook/diagnostics.hpp"

namespace briefbook {

class TextPositions {
public:
    /// Indexes `text`; later lookups must be given the same text.
    explicit TextPositions(std::string_view text);

    /// 1-based line and column of `offset` in `text` (clamped to its end). Columns count
    /// characters (code points, a tab is one), not bytes.
    [[nodiscard]] TextPosition position(std::string_view text, std::size_t offset) const;

private:
    /// Code points that start before `offset`.
    [[nodiscard]] std::size_t characters_before(std::string_view text, std::size_t offset) const;

    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> checkpoints_;  ///< characters before each multiple of kStride bytes
};

}  // namespace briefbook
