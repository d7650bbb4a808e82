#pragma once
// The ToUnicode CMap of a font: for each 2-byte code the content stream draws, the text it stands
// for, so that copying, searching and extraction give back the source text.

#include <cstdint>
#include <map>
#include <string>

namespace briefbook::pdf {

/// Writes a ToUnicode CMap program (PDF 32000-1 9.10.3) mapping 2-byte codes to UTF-16BE text.
/// Consecutive codes for consecutive single characters become bfrange entries.
[[nodiscard]] std::string to_unicode_cmap(
    const std::map<std::uint16_t, std::u32string>& text_of_code);

}  // namespace briefbook::pdf
