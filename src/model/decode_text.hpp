#pragma once
// From the bytes of a file to the UTF-8 text the XML parser reads. The format is UTF-8 (with or
// without a byte order mark); UTF-16 is recognised and decoded with a warning, since editors on
// some systems still save it; anything else is refused with a located error.

#include <optional>
#include <string>
#include <string_view>

#include "briefbook/diagnostics.hpp"

namespace briefbook::model {

enum class SourceEncoding { kUtf8, kUtf16 };

struct DecodedText {
    std::string utf8;  ///< without a byte order mark
    SourceEncoding encoding = SourceEncoding::kUtf8;
};

/// Decodes `bytes` and checks that every character may appear in XML. Reports problems against
/// `file`; returns nullopt when the text cannot be parsed at all.
[[nodiscard]] std::optional<DecodedText> decode_text(std::string_view bytes, const std::string& file,
                                                     Diagnostics& diagnostics);

/// Offset of the first byte that does not belong to well-formed UTF-8 (overlong forms, surrogates
/// and values above U+10FFFF included), or nullopt when all of `text` is valid.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace briefbook::model
