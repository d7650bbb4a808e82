#include "text/itemize.hpp"

#include <algorithm>
#include <cassert>

#include "text/language.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace briefbook::text {

namespace {

/// Deeper bracket nesting than this is not tracked (UScriptRun's limit is 32).
constexpr std::size_t kMaxBracketDepth = 64;

struct CodePoint {
    std::uint32_t offset = 0;  ///< byte offset of its first byte
    char32_t value = 0;
    ScriptTag script = 0;    ///< resolved script
    std::uint32_t span = 0;  ///< index into StyledText::spans
};

bool is_strong(ScriptTag script) {
    return script != kScriptCommon && script != kScriptInherited;
}

std::vector<CodePoint> decode(const StyledText& text) {
    std::vector<CodePoint> out;
    out.reserve(text.text.size());
    std::uint32_t span = 0;
    for (std::uint32_t offset = 0; offset < text.text.size();) {
        while (span + 1 < text.spans.size() && offset >= text.spans[span].end) ++span;
        const std::uint32_t start = offset;
        const char32_t value = next_code_point(text.text, offset);
        out.push_back({start, value, script_of(value), span});
    }
    return out;
}

/// The script a weak character takes: the one before it if it may join it, else the next strong
/// one if it may join that, else whichever neighbour exists (0: none).
ScriptTag choose_neighbour(char32_t c, ScriptTag before, ScriptTag after) {
    if (before != 0 && may_join_script(c, before)) return before;
    if (after != 0 && may_join_script(c, after)) return after;
    if (before != 0) return before;
    return after;
}

/// Gives every Common and Inherited code point a real script from its neighbours. Neighbours in
/// the same span come first, so that the space after a Japanese name in a `ja` span belongs to
/// the English text that follows, not to the name.
void resolve_scripts(std::vector<CodePoint>& points) {
    // The next strong script after each position, in its span and anywhere (0 when none).
    std::vector<ScriptTag> next_in_span(points.size() + 1, 0);
    std::vector<ScriptTag> next_anywhere(points.size() + 1, 0);
    for (std::size_t i = points.size(); i-- > 0;) {
        const bool strong = is_strong(points[i].script);
        const bool span_ends = i + 1 == points.size() || points[i + 1].span != points[i].span;
        next_in_span[i] = strong ? points[i].script : (span_ends ? 0 : next_in_span[i + 1]);
        next_anywhere[i] = strong ? points[i].script : next_anywhere[i + 1];
    }
    struct OpenBracket {
        char32_t closer;
        ScriptTag script;
    };
    std::vector<OpenBracket> open;
    ScriptTag before_in_span = 0;
    ScriptTag before_anywhere = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        CodePoint& point = points[i];
        if (i > 0 && points[i - 1].span != point.span) before_in_span = 0;
        const ScriptTag after_in_span =
            i + 1 < points.size() && points[i + 1].span == point.span ? next_in_span[i + 1] : 0;
        if (is_strong(point.script)) {
            before_in_span = before_anywhere = point.script;
            continue;
        }
        const Bracket bracket = bracket_type(point.value);
        std::vector<OpenBracket>::reverse_iterator match = open.rend();
        if (bracket == Bracket::kClose)
            match = std::find_if(open.rbegin(), open.rend(),
                                 [&](const OpenBracket& b) { return b.closer == point.value; });
        if (match != open.rend()) {  // a closing bracket takes the script of the one it closes
            point.script = match->script;
            open.erase(std::next(match).base(), open.end());
        } else if (point.script == kScriptInherited && before_in_span != 0) {
            point.script = before_in_span;  // a combining mark belongs to its base
        } else {
            point.script = choose_neighbour(point.value, before_in_span, after_in_span);
            if (point.script == 0)
                point.script = choose_neighbour(point.value, before_anywhere, next_anywhere[i + 1]);
            if (point.script == 0) point.script = kScriptCommon;
            if (bracket == Bracket::kOpen && open.size() < kMaxBracketDepth)
                open.push_back({paired_bracket(point.value), point.script});
        }
        before_in_span = before_anywhere = point.script;
    }
}

/// Cuts runs where the script or the style span changes. Languages are the spans' for now.
std::vector<TextRun> cut_runs(const StyledText& text, const std::vector<CodePoint>& points) {
    std::vector<TextRun> runs;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const CodePoint& point = points[i];
        const std::uint32_t style = text.spans[point.span].style;
        const std::uint32_t end = i + 1 < points.size()
                                      ? points[i + 1].offset
                                      : static_cast<std::uint32_t>(text.text.size());
        if (!runs.empty() && runs.back().script == point.script && runs.back().style == style &&
            runs.back().end == point.offset) {
            runs.back().end = end;
        } else {
            runs.push_back({point.offset, end, point.script, text.styles[style].lang, style});
        }
    }
    return runs;
}

/// The language a group of adjacent CJK runs with no CJK language implies by its kana or Hangul.
std::string implied_language(const std::vector<TextRun>& runs, std::size_t first,
                             std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
        const ScriptTag script = runs[i].script;
        if (script == kScriptHiragana || script == kScriptKatakana) return "ja";
    }
    for (std::size_t i = first; i < last; ++i) {
        if (runs[i].script == kScriptHangul) return "ko";
        if (runs[i].script == kScriptBopomofo) return "zh-Hant";
    }
    return "";
}

/// True when some character of the run is itself Han, kana, Hangul or Bopomofo (not punctuation
/// or a space that took the script of a CJK neighbour).
bool has_cjk_letters(const StyledText& text, const TextRun& run) {
    for (std::uint32_t offset = run.begin; offset < run.end;)
        if (is_cjk_script(script_of(next_code_point(text.text, offset)))) return true;
    return false;
}

/// Gives CJK runs in spans without a CJK language the language their neighbours imply, or the
/// default CJK language with a warning (once per element).
void resolve_cjk_languages(const StyledText& text, std::vector<TextRun>& runs,
                           const ItemizeOptions& options, Diagnostics& diagnostics) {
    std::vector<SourceLocation> warned;
    for (std::size_t first = 0; first < runs.size();) {
        if (!is_cjk_script(runs[first].script) || is_cjk_language(runs[first].lang)) {
            ++first;
            continue;
        }
        // A group: adjacent CJK runs of the same span language (a name like 東京は, in any styles).
        std::size_t last = first + 1;
        while (last < runs.size() && is_cjk_script(runs[last].script) &&
               runs[last].lang == runs[first].lang)
            ++last;
        std::string lang = implied_language(runs, first, last);
        for (std::size_t i = first; i < last; ++i) {
            TextRun& run = runs[i];
            if (!lang.empty()) {
                run.lang = lang;
                continue;
            }
            run.lang = options.default_cjk_lang;
            // Punctuation between two CJK names in an English sentence ("名刺, 名片") is not
            // Han text: it takes its neighbour's language without a warning.
            if (!has_cjk_letters(text, run)) {
                if (first > 0 && is_cjk_language(runs[first - 1].lang)) run.lang = runs[first - 1].lang;
                else if (last < runs.size() && is_cjk_language(runs[last].lang)) run.lang = runs[last].lang;
                continue;
            }
            const SpanStyle& style = text.styles[run.style];
            if (std::find(warned.begin(), warned.end(), style.origin) != warned.end()) continue;
            warned.push_back(style.origin);
            diagnostics.warning(
                style.origin, "text.han-without-lang",
                "Han text '" + text.text.substr(run.begin, run.end - run.begin) +
                    "' has no CJK language (xml:lang ja, zh-Hans, zh-Hant or ko); drawn "
                    "with " +
                    options.default_cjk_lang + " glyph forms");
        }
        first = last;
    }
}

}  // namespace

std::vector<TextRun> itemize(const StyledText& text, const ItemizeOptions& options,
                             Diagnostics& diagnostics) {
    if (text.text.empty()) return {};
    assert(!text.spans.empty() && text.spans.back().end == text.text.size() &&
           "spans cover the text");
    // 1. Decode the UTF-8 text into code points with their scripts.
    std::vector<CodePoint> points = decode(text);
    // 2. Common and Inherited characters take their neighbours' scripts.
    resolve_scripts(points);
    // 3. Runs end where the script or the style (and with it the language) changes.
    std::vector<TextRun> runs = cut_runs(text, points);
    // 4. CJK text gets a CJK language: its element's, one its kana implies, or the default.
    resolve_cjk_languages(text, runs, options, diagnostics);
    return runs;
}

}  // namespace briefbook::text
