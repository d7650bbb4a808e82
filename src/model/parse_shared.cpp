#include <algorithm>

#include "model/parse_blocks.hpp"
#include "model/parse_elements.hpp"

namespace briefbook::model {

void add_localized(Localized& target, pugi::xml_node element, const std::string& inherited_lang,
                   ParseContext& context) {
    context.check_attributes(element, {});
    LocalizedText variant;
    variant.lang = context.language(element, inherited_lang);
    variant.text = context.text_of(element);
    variant.position = context.position(element);
    const std::string name = element.name();
    if (variant.text.empty()) {
        context.warning(variant.position, "text.empty", "empty <" + name + "> is ignored");
        return;
    }
    const bool same_language_seen = std::any_of(target.variants.begin(), target.variants.end(),
                                                [&](const LocalizedText& v) { return v.lang == variant.lang; });
    if (same_language_seen) {
        context.warning(variant.position, "text.duplicate-lang",
                        "a second <" + name + "> in language '" + variant.lang + "'; the first one is used");
    }
    target.variants.push_back(std::move(variant));
}

std::optional<ImageRef> parse_image(pugi::xml_node element, ParseContext& context,
                                    const std::filesystem::path& base_dir) {
    context.check_attributes(element, {"src"});
    context.parse_children(element, {});
    const auto src = context.required_attribute(element, "src");
    if (!src) return std::nullopt;
    ImageRef image;
    image.src = *src;
    image.resolved = (base_dir / *src).lexically_normal();
    image.position = context.position(element);
    image.src_position = context.attribute_position(element, "src");
    return image;
}

void append_blocks(Blocks& target, pugi::xml_node element, const std::string& inherited_lang, ParseContext& context) {
    Blocks more = parse_blocks(element, inherited_lang, context);
    if (target.position.line == 0) target.position = more.position;
    for (auto& block : more.blocks) target.blocks.push_back(std::move(block));
}

std::string parse_id(pugi::xml_node element, ParseContext& context) {
    const auto id = context.required_attribute(element, "id");
    if (!id) return {};
    if (std::any_of(id->begin(), id->end(), [](char c) { return is_xml_space(c); })) {
        context.error(context.attribute_position(element, "id"), "id.invalid",
                      "id '" + *id + "' contains white space");
    }
    return *id;
}

}  // namespace briefbook::model
