#pragma once
// Owning handles for ICU's C break-iterator API over UTF-8 text, shared by the line breaker
// (para/break_opportunities) and the grapheme boundaries (text/graphemes).

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <memory>
#include <string_view>

namespace briefbook::text {

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
struct BreakIteratorCloser {
    void operator()(UBreakIterator* iterator) const { ubrk_close(iterator); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

/// Throws Error "icu.unavailable" naming `what` when `status` is a failure.
void check_icu(UErrorCode status, std::string_view what);

/// A UText over `utf8` (not copied: it must outlive the handle), set on `iterator`.
[[nodiscard]] UTextPtr iterate_utf8(UBreakIterator& iterator, std::string_view utf8,
                                    std::string_view what);

}  // namespace briefbook::text
