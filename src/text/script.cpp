#include "text/script.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

namespace briefbook::text {

namespace {

/// ISO 15924 tags of ICU's script codes, computed once.
const std::array<ScriptTag, USCRIPT_CODE_LIMIT>& tags_by_code() {
    static const auto table = [] {
        std::array<ScriptTag, USCRIPT_CODE_LIMIT> out{};
        for (int code = 0; code < USCRIPT_CODE_LIMIT; ++code) {
            const char* name = uscript_getShortName(static_cast<UScriptCode>(code));
            ScriptTag tag = kScriptUnknown;
            if (name && std::char_traits<char>::length(name) == 4) {
                tag = 0;
                for (int i = 0; i < 4; ++i) tag = (tag << 8) | static_cast<unsigned char>(name[i]);
            }
            out[static_cast<std::size_t>(code)] = tag;
        }
        return out;
    }();
    return table;
}

ScriptTag tag_of(UScriptCode code) {
    const auto index = static_cast<std::size_t>(code);
    return index < tags_by_code().size() ? tags_by_code()[index] : kScriptUnknown;
}

}  // namespace

std::string script_name(ScriptTag script) {
    std::string out(4, ' ');
    for (int i = 0; i < 4; ++i)
        out[static_cast<std::size_t>(i)] = static_cast<char>((script >> (24 - 8 * i)) & 0xFF);
    return out;
}

ScriptTag script_of(char32_t code_point) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(static_cast<UChar32>(code_point), &status);
    return U_FAILURE(status) ? kScriptUnknown : tag_of(code);
}

bool may_join_script(char32_t code_point, ScriptTag script) {
    UScriptCode extensions[32];
    UErrorCode status = U_ZERO_ERROR;
    const int count =
        uscript_getScriptExtensions(static_cast<UChar32>(code_point), extensions, 32, &status);
    if (U_FAILURE(status) || count <= 0) return true;
    if (count == 1 && (extensions[0] == USCRIPT_COMMON || extensions[0] == USCRIPT_INHERITED))
        return true;
    for (int i = 0; i < count; ++i)
        if (tag_of(extensions[i]) == script) return true;
    return false;
}

Bracket bracket_type(char32_t code_point) {
    switch (
        u_getIntPropertyValue(static_cast<UChar32>(code_point), UCHAR_BIDI_PAIRED_BRACKET_TYPE)) {
        case U_BPT_OPEN:
            return Bracket::kOpen;
        case U_BPT_CLOSE:
            return Bracket::kClose;
        default:
            return Bracket::kNone;
    }
}

char32_t paired_bracket(char32_t code_point) {
    return static_cast<char32_t>(u_getBidiPairedBracket(static_cast<UChar32>(code_point)));
}

}  // namespace briefbook::text
