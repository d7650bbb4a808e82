#include "text/graphemes.hpp"

#include "text/icu_text.hpp"

namespace briefbook::text {

namespace {

/// One iterator per thread, reused: opening one loads ICU's rule tables.
UBreakIterator& character_iterator() {
    thread_local const BreakIteratorPtr iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        BreakIteratorPtr opened(ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status));
        check_icu(status, "ICU character break iterator unavailable");
        return opened;
    }();
    return *iterator;
}

}  // namespace

std::vector<std::size_t> grapheme_starts(std::string_view utf8) {
    std::vector<std::size_t> out;
    if (utf8.empty()) return out;
    UBreakIterator& iterator = character_iterator();
    const UTextPtr text = iterate_utf8(iterator, utf8, "ICU cannot read the text");
    for (std::int32_t at = ubrk_next(&iterator); at != UBRK_DONE; at = ubrk_next(&iterator)) {
        const auto offset = static_cast<std::size_t>(at);
        if (offset >= utf8.size()) break;
        out.push_back(offset);
    }
    return out;
}

}  // namespace briefbook::text
