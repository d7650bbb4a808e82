#pragma once
// The facts at the head of a profile (a person's title and organization, an organization's
// location and website), with the photo or logo beside them when there is one.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "book/book_context.hpp"
#include "flow/flow_items.hpp"

namespace briefbook::book {

/// Appends the facts (label, value; empty values left out) and the image: a label-value table
/// without an image; with one, the image in a column of its own and the facts beside it.
void append_profile_facts(const BookContext& context, const std::vector<std::pair<std::string, RichText>>& facts,
                          const std::optional<model::ImageRef>& image, const layout::ImageBox& box,
                          std::vector<flow::FlowItem>& flow);

}  // namespace briefbook::book
