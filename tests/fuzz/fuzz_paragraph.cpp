// Fuzz target: the paragraph composer (itemize, shape, break opportunities, kinsoku, spacing,
// punctuation compression, hyphenation, total-fit and first-fit breaking) on mixed-script text
// at any width. The input:
//
//   byte 0   column width: 1 + b * 2.5 pt (1 pt makes every cluster overfull)
//   byte 1   bits 0-1 alignment, 2-3 breaker (3: auto), 4 hyphenate, 5-6 line-end punctuation
//   byte 2   font size of the first span: 4 + b % 60 pt
//   byte 3   a second width, broken too (shape once, break many)
//   rest     text; a 0x00 byte followed by a style byte starts a new span: bits 0-2 language
//            (en, ja, zh-Hans, zh-Hant, ko, none, de, ar), 3 bold, 4 italic, 5-6 font role,
//            7 twice the size
//
// Text is cleaned as the model would hand it over (valid UTF-8, XML characters, white space
// collapsed). The lines must cover the text in order.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "model/collapse_white_space.hpp"
#include "para/hyphenator.hpp"
#include "para/line_to_glyph_runs.hpp"
#include "para/prepared_paragraph.hpp"
#include "text/shape.hpp"

namespace {

using namespace briefbook;

constexpr std::array<const char*, 8> kLanguages = {"en", "ja", "zh-Hans", "zh-Hant", "ko", "", "de", "ar"};
constexpr std::array<const char*, 4> kRoles = {"body", "heading", "label", "mono"};

const para::Hyphenator& hyphenator() {
    static const para::Hyphenator instance = para::Hyphenator::english();
    return instance;
}

text::SpanStyle span_style(unsigned char bits, double base_size) {
    text::SpanStyle style;
    style.lang = kLanguages[bits & 7u];
    style.font.bold = (bits & 8u) != 0;
    style.font.italic = (bits & 16u) != 0;
    style.font.role = kRoles[(bits >> 5) & 3u];
    style.size = Pt((bits & 128u) != 0 ? 2 * base_size : base_size);
    style.origin = {"fuzz.xml", {1, 1}};
    return style;
}

/// The spans of the input after the four header bytes.
text::StyledText styled_text(std::string_view rest, double size) {
    text::StyledText out;
    unsigned char bits = 0;
    while (true) {
        const std::size_t marker = rest.find('\0');
        const std::string text = model::collapse_white_space(fuzz::model_text(rest.substr(0, marker)));
        if (!text.empty()) out.append(text, span_style(bits, size));
        if (marker == std::string_view::npos || marker + 1 >= rest.size()) break;
        bits = static_cast<unsigned char>(rest[marker + 1]);
        rest.remove_prefix(marker + 2);
    }
    return out;
}

/// The lines lie in the text, in order, without overlapping.
void check_lines(const para::ParagraphLayout& layout, std::size_t text_size) {
    std::uint32_t previous_end = 0;
    for (const auto& line : layout.lines) {
        if (line.begin > line.end || line.end > text_size || line.begin < previous_end) std::abort();
        previous_end = line.end;
    }
}

void break_at(const para::PreparedParagraph& paragraph, Pt width, const para::BreakOptions& options) {
    const auto layout = paragraph.break_lines(width, options);
    check_lines(layout, paragraph.shaped().source.text.size());
    Diagnostics diagnostics;
    paragraph.report(layout, diagnostics);
    Pt y;
    for (const auto& line : layout.lines) {
        y += line.ascent;
        (void)para::line_to_glyph_runs(paragraph, line, Pt(), y);
        y += line.descent;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4) return 0;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(input[i]); };
    const Pt width(1 + byte(0) * 2.5);
    const Pt second_width(1 + byte(3) * 2.5);
    const unsigned flags = byte(1);
    const double font_size = 4 + byte(2) % 60;

    const text::StyledText styled = styled_text(input.substr(4), font_size);
    para::ParagraphStyle style;
    style.hyphenate = (flags & 16u) != 0;
    style.line_end_punctuation = static_cast<para::LineEndPunctuation>(((flags >> 5) & 3u) % 3);
    para::BreakOptions options;
    options.alignment = static_cast<para::Alignment>(flags & 3u);
    options.breaker = static_cast<para::Breaker>(((flags >> 2) & 3u) % 3);

    // A fresh Shaper per input: its cache and once-per-character warnings would make an input's
    // outcome depend on the inputs before it.
    text::Shaper shaper(fuzz::fonts());
    Diagnostics diagnostics;
    const auto paragraph = para::PreparedParagraph::prepare(styled, shaper, style, hyphenator(), diagnostics);
    if (paragraph.min_content_width() > paragraph.max_content_width() + Pt(0.01)) std::abort();
    break_at(paragraph, width, options);
    break_at(paragraph, second_width, options);
    break_at(paragraph, paragraph.min_content_width(), options);
    return 0;
}
