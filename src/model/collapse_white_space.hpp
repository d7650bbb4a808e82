#pragma once
// White space in text content, collapsed as HTML does (spec: "BLOCKS and inline content"): runs of
// spaces, tabs and line breaks become one space, none at the start or end of a block. One rule
// for CJK: a run that holds a source line break between two CJK characters disappears, since
// Chinese and Japanese put no space between words and authors wrap long lines anywhere.

#include <string>
#include <string_view>
#include <vector>

#include "briefbook/model.hpp"

namespace briefbook::model {

/// Han ideographs, kana, CJK symbols and punctuation, full-width forms: the characters between
/// which a source line break produces no space. Hangul is not among them (Korean spaces words).
[[nodiscard]] bool is_cjk(char32_t c);

/// Collapses white space across the pieces of one block, in place: a space produced by a run of
/// white space goes to the piece where the run began. Then drops text pieces left empty and merges
/// neighbouring text pieces of the same style. A `<ref>` counts as a word that is not CJK; a line
/// break piece ends a line, so white space on either side of it disappears.
void collapse_white_space(std::vector<InlinePiece>& pieces);

/// The same rules for a single text (titles, names, venues).
[[nodiscard]] std::string collapse_white_space(std::string_view text);

}  // namespace briefbook::model
