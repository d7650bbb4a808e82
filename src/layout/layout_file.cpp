#include "layout/layout_file.hpp"

#include <algorithm>
#include <system_error>

#include "layout/layout_parse.hpp"
#include "layout/layout_resolve.hpp"
#include "layout/source_text.hpp"

namespace briefbook::layout {

namespace {

namespace fs = std::filesystem;

fs::path layouts_dir(const fs::path& data_dir) { return data_dir / "layouts"; }

bool looks_like_path(std::string_view text) {
    return text.find('/') != std::string_view::npos ||
           (text.size() > 4 && text.substr(text.size() - 4) == ".xml");
}

bool is_file(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return !a.empty() && !b.empty() && fs::equivalent(a, b, error);
}

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

/// Reads a layout file and the chain of layouts it is based on, merging each over its base.
class ChainLoader {
public:
    ChainLoader(const fs::path& data_dir, Diagnostics& diagnostics)
        : data_dir_(data_dir), diagnostics_(diagnostics) {}

    /// The layout in `source` over its bases. `file` is where it was read from (empty for
    /// memory); `dir` is where its base names and paths are looked up first.
    LayoutSpec load(const SourceText& source, const fs::path& file, const fs::path& dir) {
        if (!file.empty()) chain_.push_back(file);
        auto spec = parse_layout(source, diagnostics_);
        if (spec.base) {
            if (auto base = load_base(*spec.base, file, dir)) {
                merge_over(*base, spec);
                spec = std::move(*base);
            } else {
                spec.incomplete = true;
            }
        }
        if (!file.empty()) chain_.pop_back();
        return spec;
    }

private:
    std::optional<LayoutSpec> load_base(const Located<std::string>& base, const fs::path& file, const fs::path& dir) {
        if (chain_.size() >= static_cast<std::size_t>(kMaxBaseDepth)) {
            diagnostics_.error(base.where, "layout.base-depth",
                               "layouts are based on one another more than " + std::to_string(kMaxBaseDepth) +
                                   " deep");
            return std::nullopt;
        }
        const auto path = find_base(base.value, file, dir);
        if (!path) {
            diagnostics_.error(base.where, "layout.unknown-base",
                               "the base layout '" + base.value + "' was found neither beside this file nor among " +
                                   "the layouts (" + join(available_layouts(data_dir_)) + ")");
            return std::nullopt;
        }
        if (std::any_of(chain_.begin(), chain_.end(), [&](const fs::path& p) { return same_file(p, *path); })) {
            diagnostics_.error(base.where, "layout.base-cycle",
                               "the base layout '" + base.value + "' is based, in the end, on this one");
            return std::nullopt;
        }
        auto source = read_source_text(*path, path->string());
        if (!source) {
            diagnostics_.error(base.where, "layout.unreadable", "cannot read the base layout " + path->string());
            return std::nullopt;
        }
        return load(*source, *path, path->parent_path());
    }

    /// A base path is relative to the file; a base name is a file beside it (unless that is the
    /// file itself, so that a copy named a4.xml can be based on the built-in a4), else a layout
    /// of the data folder.
    [[nodiscard]] std::optional<fs::path> find_base(const std::string& base, const fs::path& file,
                                                    const fs::path& dir) const {
        if (looks_like_path(base)) {
            const fs::path path = fs::path(base).is_absolute() ? fs::path(base) : dir / base;
            return is_file(path) ? std::optional(path) : std::nullopt;
        }
        for (const auto& candidate : {dir / (base + ".xml"), layouts_dir(data_dir_) / (base + ".xml")}) {
            if (is_file(candidate) && !same_file(candidate, file)) return candidate;
        }
        return std::nullopt;
    }

    const fs::path& data_dir_;
    Diagnostics& diagnostics_;
    std::vector<fs::path> chain_;  ///< the files being read, outermost first
};

/// A layout standing in after an error that left nothing to load; its own gaps are not the
/// user's problems.
Layout placeholder_layout(std::string name) {
    Diagnostics ignored;
    auto layout = resolve_layout(LayoutSpec{}, ignored);
    layout.name = std::move(name);
    return layout;
}

}  // namespace

Layout load_layout(std::string_view name_or_path, const fs::path& data_dir, Diagnostics& diagnostics) {
    const std::string given(name_or_path);
    fs::path file;
    std::string name;
    if (looks_like_path(given)) {
        file = given;
        name = file.stem().string();
    } else {
        file = layouts_dir(data_dir) / (given + ".xml");
        name = given;
        if (!is_file(file)) {
            diagnostics.error({}, "layout.unknown",
                              "unknown layout '" + given + "' (layouts: " + join(available_layouts(data_dir)) +
                                  "); a layout file of your own is given by its path");
            return placeholder_layout(name);
        }
    }
    auto source = read_source_text(file, file.string());
    if (!source) {
        diagnostics.error({file.string(), {}}, "layout.unreadable", "cannot read the layout file");
        return placeholder_layout(name);
    }
    ChainLoader loader(data_dir, diagnostics);
    auto layout = resolve_layout(loader.load(*source, file, file.parent_path()), diagnostics);
    layout.name = name;
    layout.source = file;
    return layout;
}

Layout load_layout_from_memory(std::string_view xml, const std::string& display_name, const fs::path& data_dir,
                               Diagnostics& diagnostics) {
    const SourceText source(display_name, std::string(xml));
    ChainLoader loader(data_dir, diagnostics);
    auto layout = resolve_layout(loader.load(source, {}, layouts_dir(data_dir)), diagnostics);
    layout.name = fs::path(display_name).stem().string();
    return layout;
}

std::vector<std::string> available_layouts(const fs::path& data_dir) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(layouts_dir(data_dir), error)) {
        if (entry.is_regular_file(error) && entry.path().extension() == ".xml") {
            names.push_back(entry.path().stem().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

void check_font_roles(const Layout& layout, const text::FontConfig& fonts, Diagnostics& diagnostics) {
    std::vector<std::pair<SourceLocation, std::string>> reported;
    for (const auto& style : layout.styles) {
        if (fonts.find_role(style.font_role)) continue;
        // A role left out takes its fallback's style, origin and all: report each place once.
        const auto key = std::make_pair(style.origin, style.font_role);
        if (std::find(reported.begin(), reported.end(), key) != reported.end()) continue;
        reported.push_back(key);
        diagnostics.error(style.origin, "layout.font-role",
                          "style '" + style.name + "' asks for font role '" + style.font_role + "', which " +
                              fonts.source + " does not define");
    }
}

}  // namespace briefbook::layout
