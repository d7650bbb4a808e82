#pragma once
// Spacing between scripts: where a Han or kana character touches a Western letter or digit, a
// quarter em of the CJK font's size (JLREQ's 四分アキ between Japanese and Western characters;
// CLREQ's spacing between Chinese and Western text). None where the author typed a space, none
// next to full-width punctuation (its own blank already separates), and none at a line edge: the
// space is glue that a break discards.

#include <vector>

#include "briefbook/units.hpp"
#include "para/clusters.hpp"

namespace briefbook::para {

/// For each cluster i, the space to add between clusters i-1 and i (element 0 is always zero).
/// `em_fraction` is the configured amount (0.25 for a quarter em).
[[nodiscard]] std::vector<Pt> inter_script_spacing(const std::vector<Cluster>& clusters,
                                                   double em_fraction);

}  // namespace briefbook::para
