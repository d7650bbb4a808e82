#include "text/graphemes.hpp"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>

#include "briefbook/diagnostics.hpp"

namespace briefbook::text {

namespace {

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
struct BreakIteratorCloser {
    void operator()(UBreakIterator* iterator) const { ubrk_close(iterator); }
};

void check(UErrorCode status) {
    if (U_FAILURE(status))
        throw Error(std::string("ICU character break iterator: ") + u_errorName(status),
                    "icu.unavailable");
}

/// One iterator per thread, reused: opening one loads ICU's rule tables.
UBreakIterator& character_iterator() {
    thread_local const std::unique_ptr<UBreakIterator, BreakIteratorCloser> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UBreakIterator, BreakIteratorCloser> opened(
            ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status));
        check(status);
        return opened;
    }();
    return *iterator;
}

}  // namespace

std::vector<std::size_t> grapheme_starts(std::string_view utf8) {
    std::vector<std::size_t> out;
    if (utf8.empty()) return out;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UText, UTextCloser> text(
        utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status));
    check(status);
    UBreakIterator& iterator = character_iterator();
    ubrk_setUText(&iterator, text.get(), &status);
    check(status);
    for (std::int32_t at = ubrk_next(&iterator); at != UBRK_DONE; at = ubrk_next(&iterator)) {
        const auto offset = static_cast<std::size_t>(at);
        if (offset >= utf8.size()) break;
        out.push_back(offset);
    }
    return out;
}

}  // namespace briefbook::text
