#pragma once
// Itemization: splitting a paragraph into runs that can each be shaped with one font, script and
// language (libraqm's "itemize, then shape").

#include <string>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "text/shaped_text.hpp"
#include "text/styled_text.hpp"

namespace briefbook::text {

struct ItemizeOptions {
    /// The language of Han text with no CJK language above it and no kana beside it: the layout's
    /// choice. Such text is also warned about ([text.han-without-lang]).
    std::string default_cjk_lang = "zh-Hans";
};

/// Splits `text` into maximal runs of one script, one language and one style, in text order,
/// covering the text without gaps.
///  - Script: ICU's Script property; Common and Inherited characters (spaces, punctuation, digits,
///    combining marks) join the script before them, or the one after them when their
///    Script_Extensions exclude the one before ("「" after Latin text joins the Han after it);
///    a closing bracket takes the script of the bracket it closes.
///  - Language: the span's (SpanStyle::lang). Han, kana, Hangul and Bopomofo runs in a span with
///    no CJK language get one: Japanese when kana stands beside them (Hiragana and Katakana are
///    Japanese), Korean beside Hangul, Bopomofo is zh-Hant, and otherwise
///    `options.default_cjk_lang` with a warning naming the span's element, once per element.
std::vector<TextRun> itemize(const StyledText& text, const ItemizeOptions& options,
                             Diagnostics& diagnostics);

}  // namespace briefbook::text
