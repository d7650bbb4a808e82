#include "para_test_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "para/char_class.hpp"
#include "text_test_support.hpp"

namespace briefbook::para::testing {

std::vector<text::StyledText> load_corpus(std::string_view file_name, double size) {
    const std::string path =
        std::string(BRIEFBOOK_TEST_SOURCE_DIR) + "/tests/data/para/" + std::string(file_name);
    std::ifstream in(path);
    EXPECT_TRUE(in.good()) << "cannot read " << path;
    std::vector<text::StyledText> out;
    std::string lang = "en";
    for (std::string row; std::getline(in, row);) {
        if (row.rfind("#lang:", 0) == 0) {
            lang = row.substr(row.find_first_not_of(' ', 6));
            continue;
        }
        if (row.empty() || row[0] == '#') continue;
        text::StyledText paragraph;
        std::size_t at = 0;
        while (at < row.size()) {
            const std::size_t open = row.find('[', at);
            const std::size_t bar = open == std::string::npos ? open : row.find('|', open);
            const std::size_t close = bar == std::string::npos ? bar : row.find(']', bar);
            if (close == std::string::npos) {
                paragraph.append(std::string_view(row).substr(at), span_style(lang, size));
                break;
            }
            paragraph.append(std::string_view(row).substr(at, open - at), span_style(lang, size));
            paragraph.append(std::string_view(row).substr(bar + 1, close - bar - 1),
                             span_style(row.substr(open + 1, bar - open - 1), size));
            at = close + 1;
        }
        out.push_back(std::move(paragraph));
    }
    return out;
}

text::Shaper& shaper() {
    static text::Shaper instance(text::testing::shipped_fonts());
    return instance;
}

const Hyphenator& english_hyphenator() {
    static const Hyphenator instance = Hyphenator::english();
    return instance;
}

text::SpanStyle span_style(std::string lang, double size, bool bold) {
    text::SpanStyle style;
    style.lang = std::move(lang);
    style.size = Pt(size);
    style.font.bold = bold;
    style.origin = {"para.xml", {3, 5}};
    return style;
}

PreparedParagraph prepare(std::string_view utf8, const std::string& lang, double size,
                          const ParagraphStyle& style) {
    text::StyledText text;
    text.append(utf8, span_style(lang, size));
    return prepare(text, style);
}

PreparedParagraph prepare(const text::StyledText& text, const ParagraphStyle& style) {
    Diagnostics diagnostics;
    PreparedParagraph out =
        PreparedParagraph::prepare(text, shaper(), style, english_hyphenator(), diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    return out;
}

std::string line_text(const PreparedParagraph& paragraph, const Line& line) {
    return paragraph.shaped().source.text.substr(line.begin, line.end - line.begin);
}

char32_t first_char(const PreparedParagraph& paragraph, const Line& line) {
    std::size_t offset = line.begin;
    return decode_utf8(paragraph.shaped().source.text, offset);
}

char32_t last_char(const PreparedParagraph& paragraph, const Line& line) {
    return code_point_before(paragraph.shaped().source.text, line.end);
}

std::string dump(const PreparedParagraph& paragraph, const ParagraphLayout& layout) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(2);
    for (const Line& line : layout.lines)
        out << line_text(paragraph, line)
            << (line.runs.empty() || !line.runs.back().ends_with_hyphen ? "" : "-") << "|"
            << std::fixed << line.width.value << "|" << to_string(line.reason) << "\n";
    return out.str();
}

GlyphPlace glyph_at(const Line& line, std::uint32_t cluster) {
    for (const LineRun& run : line.runs)
        for (const render::PlacedGlyph& glyph : run.glyphs)
            if (glyph.cluster == cluster && !(run.ends_with_hyphen && &glyph == &run.glyphs.back()))
                return {run.x + glyph.x, glyph.advance};
    ADD_FAILURE() << "no glyph for byte " << cluster;
    return {};
}

std::uint32_t offset_of(const PreparedParagraph& paragraph, std::string_view needle) {
    const std::size_t at = paragraph.shaped().source.text.find(needle);
    EXPECT_NE(at, std::string::npos) << "text has no '" << needle << "'";
    return static_cast<std::uint32_t>(at);
}

}  // namespace briefbook::para::testing
