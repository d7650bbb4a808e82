#include "text/font_registry.hpp"

#include <algorithm>
#include <cassert>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "text/font_match.hpp"
#include "text/language.hpp"

namespace briefbook::text {

namespace {

/// A family that fontconfig replaced with another: collected so that one error can name them all.
struct MissingFamily {
    std::string family;
    std::string package;
    std::string substitute;
    SourceLocation where;
};

std::string missing_message(const std::vector<MissingFamily>& missing) {
    std::string message = "fonts named in the font configuration are not installed:";
    std::vector<std::string> packages;
    for (const auto& m : missing) {
        message += "\n  '" + m.family + "' (Debian package " + m.package + ")";
        if (!m.substitute.empty()) message += ", fontconfig offers '" + m.substitute + "' instead";
        if (std::find(packages.begin(), packages.end(), m.package) == packages.end())
            packages.push_back(m.package);
    }
    message += "\ninstall them with: apt-get install";
    for (const auto& package : packages) message += " " + package;
    return message;
}

}  // namespace

/// Turns configured families into FontIds during construction: each (family, weight, slant) is
/// matched once, each file opened once, each (file, face index) loaded once.
struct FontRegistry::Resolver {
    using Request = std::tuple<std::string, int, bool>;  // family, weight, italic

    FontRegistry& registry;
    FontMatcher matcher;
    std::map<Request, FontMatch> matches;
    std::map<Request, FontId> by_request;
    std::map<std::pair<std::string, unsigned>, FontId> by_face;
    std::map<std::string, std::shared_ptr<const FontFile>> files;
    std::vector<MissingFamily> missing;

    /// Matches every request up front, on up to four threads: each match ranks fonts in
    /// fontconfig for about 150 µs, and the configuration makes some 130 of them (most for the
    /// fallback families, in every weight and slant the roles use), the largest part of loading
    /// the engine. FontMatcher::match is const and thread-safe; the results are used in order.
    void match_all(const std::vector<Request>& requests) {
        std::vector<FontMatch> found(requests.size());
        const auto match_every = [&](std::size_t first, std::size_t step) {
            for (std::size_t i = first; i < requests.size(); i += step) {
                const auto& [family, weight, italic] = requests[i];
                found[i] = matcher.match(family, weight, italic);
            }
        };
        const std::size_t threads =
            std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
        {
            std::vector<std::jthread> helpers;
            for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(match_every, t, threads);
            match_every(0, threads);
        }  // the helpers join here
        for (std::size_t i = 0; i < requests.size(); ++i)
            matches.emplace(requests[i], std::move(found[i]));
    }

    /// The face for an entry, or nothing when the family is missing (recorded in `missing`).
    std::optional<FontId> resolve(const FontChainEntry& entry, int weight, bool italic) {
        const Request key{entry.family, weight, italic};
        if (auto found = by_request.find(key); found != by_request.end()) return found->second;
        const FontMatch& match = matches.at(key);  // match_all() matched every request
        if (!match.is_family || match.file.empty()) {
            note_missing(entry, match.family);
            return std::nullopt;
        }
        const FontId id = load(match, entry);
        by_request.emplace(key, id);
        return id;
    }

    void note_missing(const FontChainEntry& entry, const std::string& substitute) {
        for (const auto& m : missing)
            if (m.family == entry.family) return;
        const FontFamilyConfig* family = registry.config_.find_family(entry.family);
        assert(family && "the loader checks that chain families are declared");
        missing.push_back({entry.family, family->package, substitute, entry.where});
    }

    FontId load(const FontMatch& match, const FontChainEntry& entry) {
        const auto face_key = std::make_pair(match.file.string(), match.index);
        if (auto found = by_face.find(face_key); found != by_face.end()) return found->second;
        auto& file = files[match.file.string()];
        if (!file) file = FontFile::open(match.file);
        const FontId id{static_cast<std::uint32_t>(registry.faces_.size())};
        registry.faces_.push_back(FontFace::load(file, match.index));
        registry.origins_.push_back({match.family,
                                     registry.config_.find_family(entry.family)->package,
                                     match.style, entry.where});
        by_face.emplace(face_key, id);
        return id;
    }
};

FontRegistry::FontRegistry(FontConfig config) : config_(std::move(config)) {
    assert(config_.find_role("body") && "a loaded configuration has a body role");
    // Only the declared families are matched, so fontconfig ranks their fonts, not the system's.
    std::vector<std::string> families;
    for (const auto& family : config_.families) families.push_back(family.name);
    Resolver resolver{*this, FontMatcher(families), {}, {}, {}, {}, {}};
    // Every chain: each role, style and language, then the shared fallback families.
    const auto for_each_entry = [this](const auto& visit) {
        for (std::size_t role = 0; role < config_.roles.size(); ++role) {
            const FontRoleConfig& role_config = config_.roles[role];
            for (const bool bold : {false, true}) {
                for (const bool italic : {false, true}) {
                    const int weight = bold ? role_config.bold_weight : role_config.weight;
                    for (std::size_t lang = 0; lang < kFontLanguageKeys.size(); ++lang) {
                        std::vector<FontChainEntry> entries =
                            role_config.chain(kFontLanguageKeys[lang]).fonts;
                        entries.insert(entries.end(), config_.fallback.begin(),
                                       config_.fallback.end());
                        for (const auto& entry : entries)
                            visit(chain_index(role, bold, italic, lang), entry, weight, italic);
                    }
                }
            }
        }
    };
    std::vector<Resolver::Request> requests;
    std::set<Resolver::Request> requested;
    for_each_entry([&](std::size_t, const FontChainEntry& entry, int weight, bool italic) {
        Resolver::Request request{entry.family, weight, italic};
        if (requested.insert(request).second) requests.push_back(std::move(request));
    });
    resolver.match_all(requests);
    // Faces are loaded and numbered in chain order, as one thread would.
    chains_.resize(config_.roles.size() * 4 * kFontLanguageKeys.size());
    for_each_entry([&](std::size_t index, const FontChainEntry& entry, int weight, bool italic) {
        const auto id = resolver.resolve(entry, weight, italic);
        auto& chain = chains_[index];
        if (id && std::find(chain.begin(), chain.end(), *id) == chain.end()) chain.push_back(*id);
    });
    for (std::size_t role = 0; role < config_.roles.size(); ++role)
        if (config_.roles[role].name == "body") body_role_ = role;
    if (!resolver.missing.empty())
        throw Error(resolver.missing.front().where, missing_message(resolver.missing),
                    "font.family-missing");
}

FontRegistry::~FontRegistry() = default;

std::size_t FontRegistry::chain_index(std::size_t role, bool bold, bool italic,
                                      std::size_t lang) const {
    const std::size_t style = (bold ? 2u : 0u) + (italic ? 1u : 0u);
    return (role * 4 + style) * kFontLanguageKeys.size() + lang;
}

const FontFace& FontRegistry::face(FontId id) const {
    assert(id.value < faces_.size() && "a FontId from another registry");
    return *faces_[id.value];
}

const FontOrigin& FontRegistry::origin(FontId id) const {
    assert(id.value < origins_.size() && "a FontId from another registry");
    return origins_[id.value];
}

bool FontRegistry::has_role(std::string_view role) const {
    return config_.find_role(role) != nullptr;
}

std::span<const FontId> FontRegistry::chain(const FontRequest& request,
                                            std::string_view lang) const {
    std::size_t role = body_role_;
    for (std::size_t i = 0; i < config_.roles.size(); ++i) {
        if (config_.roles[i].name == request.role) role = i;
    }
    const std::string_view key = font_language_key(lang);
    const auto lang_index = static_cast<std::size_t>(
        std::find(kFontLanguageKeys.begin(), kFontLanguageKeys.end(), key) -
        kFontLanguageKeys.begin());
    const auto& chain = chains_[chain_index(role, request.bold, request.italic, lang_index)];
    assert(!chain.empty());
    return chain;
}

std::unique_ptr<FontRegistry> load_font_registry(const std::filesystem::path& file,
                                                 Diagnostics& diagnostics) {
    Diagnostics config_diagnostics;
    FontConfig config = load_font_config(file, config_diagnostics);
    diagnostics.merge(config_diagnostics);
    if (config_diagnostics.has_errors()) return nullptr;
    return std::make_unique<FontRegistry>(std::move(config));
}

}  // namespace briefbook::text
