#pragma once
// One parser per element of the format (spec: "Structure"). Each checks its attributes and
// children, reports what is wrong, and returns the plain value; references between things are
// checked later, once everything is read (validate.hpp).

#include <pugixml.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "briefbook/model.hpp"
#include "model/describe.hpp"
#include "model/parse_context.hpp"

namespace briefbook::model {

/// The root: <briefing version="1" xml:lang="..."> and everything in it.
void parse_briefing(pugi::xml_node root, ParseContext& context, Briefing& briefing);

Meta parse_meta(pugi::xml_node element, const std::string& lang, ParseContext& context,
                const std::filesystem::path& base_dir);
Organization parse_organization(pugi::xml_node element, const std::string& lang, ParseContext& context,
                                const std::filesystem::path& base_dir);
Person parse_person(pugi::xml_node element, const std::string& lang, ParseContext& context,
                    const std::filesystem::path& base_dir);
Session parse_session(pugi::xml_node element, const std::string& lang, ParseContext& context);

// ---- Pieces several elements share (parse_shared.cpp) ------------------------------------------

/// Adds the language variant `element` holds (<title>, <venue>, ...) to `target`.
void add_localized(Localized& target, pugi::xml_node element, const std::string& inherited_lang,
                   ParseContext& context);

/// An image element (<logo src>, <photo src>), its path resolved against `base_dir`.
std::optional<ImageRef> parse_image(pugi::xml_node element, ParseContext& context,
                                    const std::filesystem::path& base_dir);

/// A BLOCKS element appended to what earlier elements of the same name gave (<bio> twice, e.g.
/// once per language, reads as one longer bio).
void append_blocks(Blocks& target, pugi::xml_node element, const std::string& inherited_lang, ParseContext& context);

/// The `id` attribute of a person, organization or session: required, without white space.
std::string parse_id(pugi::xml_node element, ParseContext& context);

/// A list element (<people>, <attendees>, <agenda>, ...) that holds one kind of child:
/// `parse_child(child, lang)` for each, with the list's effective language.
template <class ParseChild>
void parse_list(pugi::xml_node list, std::string_view child_name, const std::string& inherited_lang,
                ParseContext& context, ParseChild parse_child) {
    context.check_attributes(list, {});
    const std::string lang = context.language(list, inherited_lang);
    context.parse_children(list, {{child_name, [&](pugi::xml_node child) { parse_child(child, lang); }}});
}

}  // namespace briefbook::model
