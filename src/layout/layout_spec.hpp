#pragma once
// A layout file as written: every setting optional (a layout that names a `base` states only
// what differs from it), each with where it was written. Parsing produces one per file;
// merging lays a file over its base; resolving turns the result into a Layout.

#include <optional>
#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "briefbook/units.hpp"
#include "layout/layout.hpp"

namespace briefbook::layout {

/// A value and where the file gave it.
template <class T>
struct Located {
    T value;
    SourceLocation where;
};

/// Line height: a multiple of the font size ("1.45") or a length ("15pt").
struct LeadingSpec {
    std::optional<double> factor;
    Pt length;
};

/// A <style> as written.
struct StyleSpec {
    std::string name;
    SourceLocation where;
    std::optional<Located<std::string>> base;
    std::optional<std::string> font_role;
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::optional<Pt> size;
    std::optional<LeadingSpec> leading;
    std::optional<Color> color;
    std::optional<Pt> space_before;
    std::optional<Pt> space_after;
    std::optional<Pt> first_line_indent;
    std::optional<Pt> start_indent;
    std::optional<Alignment> align;
    std::optional<bool> keep_with_next;
};

/// A <section> as written.
struct SectionSpec {
    SectionKind kind = SectionKind::kCover;
    std::optional<bool> recto_start;
};

/// A <header> or <footer> as written.
struct RunningSpec {
    std::optional<RunningSlots> verso;
    std::optional<RunningSlots> recto;
    std::optional<Located<Pt>> edge_distance;
    std::optional<bool> rule;
    std::optional<bool> on_blank_pages;
};

/// A page size: named or explicit, before orientation.
struct PageSizeSpec {
    Pt width, height;
};

/// One layout file as written.
struct LayoutSpec {
    SourceLocation where;  ///< the root element
    /// Part of it could not be read (malformed XML, another root, a base that failed to load):
    /// the error has been reported, and the gaps it leaves are not reported again.
    bool incomplete = false;
    std::optional<Located<std::string>> base;
    std::optional<std::string> description;

    std::optional<Located<PageSizeSpec>> page_size;
    std::optional<bool> landscape;
    std::optional<bool> duplex;
    std::optional<Located<Pt>> margin_inner;
    std::optional<Located<Pt>> margin_outer;
    std::optional<Located<Pt>> margin_top;
    std::optional<Located<Pt>> margin_bottom;

    std::optional<bool> recto_start;  ///< the default of every section
    std::optional<std::vector<SectionSpec>> sections;
    std::optional<RunningSpec> header;
    std::optional<RunningSpec> footer;

    std::optional<double> inter_script_space;
    std::optional<std::string> cjk_default;
    std::optional<bool> justify;
    std::optional<bool> hyphenate;
    std::optional<bool> every_reference_a_link;

    std::optional<Pt> photo_width, photo_height;
    std::optional<Pt> logo_width, logo_height;
    std::optional<Pt> cover_logo_width, cover_logo_height;

    std::vector<StyleSpec> styles;  ///< in file order, one per name
};

/// Lays `over` on top of `under`: each setting `over` gives replaces `under`'s; a style `over`
/// names again changes only the properties it gives. (Used for a layout over its base, and for
/// a style over the style it is based on.)
void merge_over(LayoutSpec& under, const LayoutSpec& over);
void merge_over(StyleSpec& under, const StyleSpec& over);

}  // namespace briefbook::layout
