#pragma once
// Unicode scripts as ISO 15924 tags (the form HarfBuzz takes), from ICU's character properties.

#include <string>

#include "text/shaped_text.hpp"

namespace briefbook::text {

/// The tag of a four-letter ISO 15924 code, packed like HarfBuzz's HB_TAG ("Latn").
constexpr ScriptTag script_tag(const char (&code)[5]) {
    return (ScriptTag(static_cast<unsigned char>(code[0])) << 24) |
           (ScriptTag(static_cast<unsigned char>(code[1])) << 16) |
           (ScriptTag(static_cast<unsigned char>(code[2])) << 8) |
           ScriptTag(static_cast<unsigned char>(code[3]));
}

inline constexpr ScriptTag kScriptCommon = script_tag("Zyyy");     ///< punctuation, digits, spaces
inline constexpr ScriptTag kScriptInherited = script_tag("Zinh");  ///< combining marks
inline constexpr ScriptTag kScriptUnknown = script_tag("Zzzz");    ///< unassigned
inline constexpr ScriptTag kScriptLatin = script_tag("Latn");
inline constexpr ScriptTag kScriptHan = script_tag("Hani");
inline constexpr ScriptTag kScriptHiragana = script_tag("Hira");
inline constexpr ScriptTag kScriptKatakana = script_tag("Kana");
inline constexpr ScriptTag kScriptHangul = script_tag("Hang");
inline constexpr ScriptTag kScriptBopomofo = script_tag("Bopo");

/// The four letters of a tag ("Hani").
std::string script_name(ScriptTag script);

/// The Script property of a code point (Common and Inherited included).
ScriptTag script_of(char32_t code_point);

/// True when `script` is in the code point's Script_Extensions, or when the code point may stand
/// in any script (its extensions are just Common or Inherited). "、" may stand in Han or Kana text
/// but not in Latin text; "," in any.
bool may_join_script(char32_t code_point, ScriptTag script);

/// Scripts written with CJK fonts: Han, Hiragana, Katakana, Hangul, Bopomofo.
constexpr bool is_cjk_script(ScriptTag script) {
    return script == kScriptHan || script == kScriptHiragana || script == kScriptKatakana ||
           script == kScriptHangul || script == kScriptBopomofo;
}

/// Whether a character opens or closes a bracket pair (Bidi_Paired_Bracket_Type), and its pair.
enum class Bracket { kNone, kOpen, kClose };
Bracket bracket_type(char32_t code_point);
/// The other bracket of a pair ("(" for ")"); the code point itself when it is not a bracket.
char32_t paired_bracket(char32_t code_point);

}  // namespace briefbook::text
