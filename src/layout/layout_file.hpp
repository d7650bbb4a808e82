#pragma once
// Loading a layout: by name from the data folder (`--layout a4` is DATA/layouts/a4.xml) or by
// path, following its `base` chain, into a complete Layout. Problems in the files are located
// diagnostics, like problems in a briefing.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "layout/layout.hpp"
#include "text/font_config.hpp"

namespace briefbook::layout {

/// The layout used when none is named.
inline constexpr std::string_view kDefaultLayout = "a4";
/// How many layouts a `base` chain may pass through.
inline constexpr int kMaxBaseDepth = 8;

/// Loads a layout. `name_or_path` is a path when it holds a '/' or ends in ".xml", else the name
/// of a file in `data_dir`/layouts. An unknown name is an error [layout.unknown] that lists the
/// available layouts. A `base="NAME"` is looked up beside the file first, then in the data
/// folder; a base path is relative to the file. The result is complete even after errors
/// (defaults stand in), but a book should not be made from it when `diagnostics.has_errors()`.
[[nodiscard]] Layout load_layout(std::string_view name_or_path, const std::filesystem::path& data_dir,
                                 Diagnostics& diagnostics);

/// Loads a layout from memory (tests, fuzzers): `display_name` names it in diagnostics; a base
/// is looked up in `data_dir`/layouts.
[[nodiscard]] Layout load_layout_from_memory(std::string_view xml, const std::string& display_name,
                                             const std::filesystem::path& data_dir, Diagnostics& diagnostics);

/// The names of the layouts in `data_dir`/layouts, sorted.
[[nodiscard]] std::vector<std::string> available_layouts(const std::filesystem::path& data_dir);

/// Reports [layout.font-role] each style whose font role the font configuration lacks, at the
/// style's definition.
void check_font_roles(const Layout& layout, const text::FontConfig& fonts, Diagnostics& diagnostics);

}  // namespace briefbook::layout
