#pragma once
// BLOCKS content (spec: "BLOCKS and inline content"): paragraphs, lists and quotes, each holding
// inline markup that is flattened into styled pieces at parse time.

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "briefbook/model.hpp"
#include "model/parse_context.hpp"

namespace briefbook::model {

/// Parses a BLOCKS element (<overview>, <bio>, <notes>, ...) whose parent's language is
/// `inherited_lang`. Text and inline markup directly inside it form paragraphs of their own.
[[nodiscard]] Blocks parse_blocks(pugi::xml_node element, const std::string& inherited_lang, ParseContext& context);

/// Parses the inline content of `element` (an agenda <item>) into pieces, white space collapsed.
[[nodiscard]] std::vector<InlinePiece> parse_inline_content(pugi::xml_node element, const std::string& inherited_lang,
                                                            ParseContext& context);

}  // namespace briefbook::model
