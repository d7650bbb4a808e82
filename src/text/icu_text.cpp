#include "text/icu_text.hpp"

#include <cstdint>
#include <string>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

void check_icu(UErrorCode status, std::string_view what) {
    if (U_FAILURE(status))
        throw Error(std::string(what) + ": " + u_errorName(status), "icu.unavailable");
}

UTextPtr iterate_utf8(UBreakIterator& iterator, std::string_view utf8, std::string_view what) {
    UErrorCode status = U_ZERO_ERROR;
    UTextPtr text(
        utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status));
    check_icu(status, what);
    ubrk_setUText(&iterator, text.get(), &status);
    check_icu(status, what);
    return text;
}

}  // namespace briefbook::text
