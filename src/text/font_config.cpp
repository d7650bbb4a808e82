#include "text/font_config.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>

#include "text/language.hpp"

namespace briefbook::text {

const FontChainConfig& FontRoleConfig::chain(std::string_view lang_key) const {
    const FontChainConfig* fallback = nullptr;
    for (const auto& candidate : chains) {
        if (candidate.lang == lang_key) return candidate;
        if (candidate.lang.empty()) fallback = &candidate;
    }
    assert(fallback && "a loaded role always has a default chain");
    return *fallback;
}

const FontFamilyConfig* FontConfig::find_family(std::string_view name) const {
    auto found = std::find_if(families.begin(), families.end(),
                              [&](const FontFamilyConfig& f) { return f.name == name; });
    return found == families.end() ? nullptr : &*found;
}

const FontRoleConfig* FontConfig::find_role(std::string_view name) const {
    auto found = std::find_if(roles.begin(), roles.end(),
                              [&](const FontRoleConfig& r) { return r.name == name; });
    return found == roles.end() ? nullptr : &*found;
}

namespace {

/// Reads one configuration file: walks the XML and reports every problem with its location.
class ConfigReader {
  public:
    ConfigReader(std::string_view xml, std::string display_name, Diagnostics& diagnostics)
        : xml_(xml), diagnostics_(diagnostics) {
        config_.source = std::move(display_name);
        for (std::size_t i = 0; i < xml.size(); ++i)
            if (xml[i] == '\n') line_starts_.push_back(i + 1);
    }

    FontConfig read() {
        pugi::xml_document document;
        const auto result = document.load_buffer(xml_.data(), xml_.size(), pugi::parse_default,
                                                 pugi::encoding_utf8);
        if (!result) {
            diagnostics_.error(at(result.offset), "fonts.xml-syntax",
                               std::string("malformed XML: ") + result.description());
            return std::move(config_);
        }
        const pugi::xml_node root = document.document_element();
        if (std::string_view(root.name()) != "fonts") {
            error(root, "fonts.unknown-element",
                  "the root element must be <fonts>, not <" + std::string(root.name()) + ">");
            return std::move(config_);
        }
        check_attributes(root, {"version"});
        if (std::string_view(root.attribute("version").as_string("1")) != "1")
            error(root, "fonts.version", "unsupported version (this briefbook reads version 1)");
        read_families(root);
        for (const auto& child : root.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string_view name = child.name();
            if (name == "role") {
                read_role(child);
            } else if (name == "fallback") {
                read_fallback(child);
            } else if (name != "family") {
                error(child, "fonts.unknown-element",
                      "unknown element <" + std::string(name) +
                          "> (expected family, role or fallback)");
            }
        }
        for (const auto required : kRequiredFontRoles) {
            if (!config_.find_role(required))
                error(root, "fonts.missing-role",
                      "no <role name=\"" + std::string(required) + "\">: the layouts need it");
        }
        return std::move(config_);
    }

  private:
    SourceLocation at(std::ptrdiff_t offset) const {
        const auto position = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
        const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), position);
        const auto line_start = *(line - 1);
        return {config_.source,
                {static_cast<std::uint32_t>(line - line_starts_.begin()),
                 static_cast<std::uint32_t>(position - line_start + 1)}};
    }
    /// An element's location is its '<' (pugixml's offset points at the name after it).
    SourceLocation at(const pugi::xml_node& node) const {
        const std::ptrdiff_t offset = node.offset_debug();
        return at(node.type() == pugi::node_element && offset > 0 ? offset - 1 : offset);
    }

    void error(const pugi::xml_node& node, std::string code, std::string message) {
        diagnostics_.error(at(node), std::move(code), std::move(message));
    }

    void check_attributes(const pugi::xml_node& node,
                          std::initializer_list<std::string_view> known) {
        for (const auto& attribute : node.attributes()) {
            if (std::find(known.begin(), known.end(), attribute.name()) == known.end())
                error(node, "fonts.unknown-attribute",
                      "<" + std::string(node.name()) + "> has no attribute '" + attribute.name() +
                          "'");
        }
    }

    /// A required, non-empty attribute; reports and returns "" when it is absent.
    std::string required(const pugi::xml_node& node, const char* attribute) {
        std::string value = node.attribute(attribute).as_string();
        if (value.empty())
            error(node, "fonts.missing-attribute",
                  "<" + std::string(node.name()) + "> needs a " + attribute + " attribute");
        return value;
    }

    int weight(const pugi::xml_node& node, const char* attribute, int fallback) {
        const pugi::xml_attribute found = node.attribute(attribute);
        if (!found) return fallback;
        const std::string_view text = found.value();
        int value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > 1000) {
            error(node, "fonts.bad-weight",
                  std::string(attribute) + "=\"" + std::string(text) +
                      "\" is not an OpenType weight (1 to 1000, 400 regular, 700 bold)");
            return fallback;
        }
        return value;
    }

    // Families first, so that roles may name a family declared after them.
    void read_families(const pugi::xml_node& root) {
        for (const auto& node : root.children("family")) {
            check_attributes(node, {"name", "package"});
            FontFamilyConfig family{required(node, "name"), required(node, "package"), at(node)};
            if (family.name.empty()) continue;
            if (const auto* previous = config_.find_family(family.name)) {
                error(node, "fonts.duplicate-family",
                      "family '" + family.name + "' is already declared at line " +
                          std::to_string(previous->where.position.line));
                continue;
            }
            config_.families.push_back(std::move(family));
        }
    }

    std::vector<FontChainEntry> read_fonts(const pugi::xml_node& parent) {
        std::vector<FontChainEntry> fonts;
        for (const auto& node : parent.children()) {
            if (node.type() != pugi::node_element) continue;
            if (std::string_view(node.name()) != "font") {
                error(node, "fonts.unknown-element",
                      "unknown element <" + std::string(node.name()) + "> in <" + parent.name() +
                          "> (expected font)");
                continue;
            }
            check_attributes(node, {"family"});
            FontChainEntry entry{required(node, "family"), at(node)};
            if (entry.family.empty()) continue;
            if (!config_.find_family(entry.family)) {
                error(node, "fonts.unknown-family",
                      "family '" + entry.family +
                          "' is not declared (add <family name=\"...\" package=\"...\"/>)");
                continue;
            }
            fonts.push_back(std::move(entry));
        }
        return fonts;
    }

    void read_role(const pugi::xml_node& node) {
        check_attributes(node, {"name", "weight", "bold-weight"});
        FontRoleConfig role;
        role.name = required(node, "name");
        role.where = at(node);
        role.weight = weight(node, "weight", 400);
        role.bold_weight = weight(node, "bold-weight", 700);
        for (const auto& child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            if (std::string_view(child.name()) != "chain") {
                error(child, "fonts.unknown-element",
                      "unknown element <" + std::string(child.name()) +
                          "> in <role> (expected chain)");
                continue;
            }
            read_chain(child, role);
        }
        const bool has_default =
            std::any_of(role.chains.begin(), role.chains.end(),
                        [](const FontChainConfig& c) { return c.lang.empty(); });
        if (!has_default)
            error(
                node, "fonts.no-default-chain",
                "role '" + role.name + "' needs a <chain> without lang (Latin and other scripts)");
        if (role.name.empty()) return;
        if (config_.find_role(role.name)) {
            error(node, "fonts.duplicate-role", "role '" + role.name + "' is defined twice");
            return;
        }
        config_.roles.push_back(std::move(role));
    }

    void read_chain(const pugi::xml_node& node, FontRoleConfig& role) {
        check_attributes(node, {"lang"});
        FontChainConfig chain;
        chain.where = at(node);
        if (const auto lang = node.attribute("lang")) {
            chain.lang = lang.value();
            if (font_language_key(chain.lang) != chain.lang) {
                error(node, "fonts.unknown-lang",
                      "lang=\"" + chain.lang +
                          "\": a chain is for ja, ko, zh-Hans or zh-Hant (leave lang out for the "
                          "default chain)");
                return;
            }
        }
        for (const auto& other : role.chains) {
            if (other.lang == chain.lang) {
                error(node, "fonts.duplicate-chain",
                      "role '" + role.name + "' already has a chain for " +
                          (chain.lang.empty() ? std::string("the default language") : chain.lang));
                return;
            }
        }
        chain.fonts = read_fonts(node);
        if (chain.fonts.empty()) {
            error(node, "fonts.empty-chain", "a <chain> needs at least one <font>");
            return;
        }
        role.chains.push_back(std::move(chain));
    }

    void read_fallback(const pugi::xml_node& node) {
        check_attributes(node, {});
        if (seen_fallback_) {
            error(node, "fonts.duplicate-fallback", "only one <fallback> is allowed");
            return;
        }
        seen_fallback_ = true;
        config_.fallback = read_fonts(node);
    }

    std::string_view xml_;
    Diagnostics& diagnostics_;
    FontConfig config_;
    std::vector<std::size_t> line_starts_{0};
    bool seen_fallback_ = false;
};

}  // namespace

FontConfig load_font_config_from_memory(std::string_view xml, std::string display_name,
                                        Diagnostics& diagnostics) {
    return ConfigReader(xml, std::move(display_name), diagnostics).read();
}

FontConfig load_font_config(const std::filesystem::path& file, Diagnostics& diagnostics) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error({file.string(), {}}, "fonts.unreadable",
                          "cannot read the font configuration");
        FontConfig config;
        config.source = file.string();
        return config;
    }
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return load_font_config_from_memory(xml, file.string(), diagnostics);
}

}  // namespace briefbook::text
