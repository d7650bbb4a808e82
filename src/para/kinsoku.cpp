#include "para/kinsoku.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace briefbook::para {

namespace {

// ---- The kinsoku table -------------------------------------------------------------------------
// Each set is a plain string of code points, sorted at compile time for binary search.

/// JLREQ 3.1.7, strict: cl-02 closing brackets, cl-03 hyphens, cl-04 dividing punctuation,
/// cl-05 middle dots, cl-06 full stops, cl-07 commas, cl-09 iteration marks, cl-10 the prolonged
/// sound mark, cl-11 small kana (the strict set includes them; loose setting would not).
constexpr std::u32string_view kJapaneseNotStarting =
    // cl-02 closing brackets
    U"’”）〕］｝〉》」』】〙〗〟｠»)]}"
    // cl-03 hyphens
    U"‐〜゠–"
    // cl-04 dividing punctuation marks
    U"？！‼⁇⁈⁉?!"
    // cl-05 middle dots
    U"・：；:;"
    // cl-06 full stops
    U"。．."
    // cl-07 commas
    U"、，,"
    // cl-09 iteration marks
    U"ヽヾゝゞ々〻"
    // cl-10 prolonged sound mark
    U"ー"
    // cl-11 small kana (and their half-width forms)
    U"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ";

/// JLREQ 3.1.8: cl-01 opening brackets.
constexpr std::u32string_view kJapaneseNotEnding = U"‘“（〔［｛〈《「『【〘〖〝｟«([{";

/// CLREQ / GB/T 15834-2011: 点号 (、。，．：；？！) and the closing halves of 标号 (quotes,
/// brackets, book-title marks) may not start a line, nor may the interpunct 间隔号 (· ・) or
/// the connective marks (～ ‐ –).
constexpr std::u32string_view kChineseNotStarting =
    U"、。，．：；？！,.:;?!"
    U"’”）〕］｝〉》」』】〙〗〟｠»)]}"
    U"·・～‐–";

/// CLREQ / GB/T 15834-2011: the opening halves of quotes, brackets and book-title marks.
constexpr std::u32string_view kChineseNotEnding = U"‘“（〔［｛〈《「『【〘〖〝｟«([{";

/// JLREQ 3.1.10 cl-08 inseparable characters; GB/T 15834-2011 on 破折号 (——) and
/// (省略号 ……): these marks come in pairs that must stay on one line.
constexpr std::u32string_view kInseparable = U"—―…‥⋯⸺⸻";

template <std::size_t N>
constexpr std::array<char32_t, N> sorted(std::u32string_view set) {
    std::array<char32_t, N> out{};
    std::copy(set.begin(), set.end(), out.begin());
    std::sort(out.begin(), out.end());
    return out;
}

constexpr auto kJaStart = sorted<kJapaneseNotStarting.size()>(kJapaneseNotStarting);
constexpr auto kJaEnd = sorted<kJapaneseNotEnding.size()>(kJapaneseNotEnding);
constexpr auto kZhStart = sorted<kChineseNotStarting.size()>(kChineseNotStarting);
constexpr auto kZhEnd = sorted<kChineseNotEnding.size()>(kChineseNotEnding);

template <std::size_t N>
bool contains(const std::array<char32_t, N>& set, char32_t c) {
    return std::binary_search(set.begin(), set.end(), c);
}

}  // namespace

bool may_start_line(char32_t c, LanguageRules rules) {
    return rules == LanguageRules::kJapanese ? !contains(kJaStart, c) : !contains(kZhStart, c);
}

bool may_end_line(char32_t c, LanguageRules rules) {
    return rules == LanguageRules::kJapanese ? !contains(kJaEnd, c) : !contains(kZhEnd, c);
}

bool inseparable(char32_t before, char32_t after) {
    return kInseparable.find(before) != std::u32string_view::npos &&
           kInseparable.find(after) != std::u32string_view::npos;
}

}  // namespace briefbook::para
