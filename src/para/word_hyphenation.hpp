#pragma once
// Which English words of a paragraph may be hyphenated, and where.

#include <cstdint>
#include <vector>

#include "para/clusters.hpp"
#include "para/hyphenator.hpp"
#include "text/shaped_text.hpp"

namespace briefbook::para {

/// Byte offsets where a hyphen may be inserted, in increasing order: inside words (runs of
/// letter clusters) whose runs are in a language the hyphenator covers.
[[nodiscard]] std::vector<std::uint32_t> find_hyphenation_points(
    const text::ShapedText& shaped, const std::vector<Cluster>& clusters,
    const Hyphenator& hyphenator);

}  // namespace briefbook::para
