#pragma once
// Kinsoku shori: the characters a line may not start or end with, and the sequences that may not
// be split. One table, in kinsoku.cpp, with its sources:
//   JLREQ  = W3C "Requirements for Japanese Text Layout" (Note, 2020), section 3.1.7 (characters
//            not starting a line), 3.1.8 (characters not ending a line), 3.1.10 (unbreakable
//            character sequences) and the character classes of its Appendix A (cl-01 ... cl-11).
//   CLREQ  = W3C "Requirements for Chinese Text Layout", prohibition rules for line start and line
//            end (行首行尾禁则), which follow GB/T 15834-2011 (标点符号用法).
// Japanese text gets the JLREQ strict set; every other language gets the CLREQ set, which guards
// the CJK punctuation that English or Chinese text may contain.

#include "para/language_rules.hpp"

namespace briefbook::para {

/// False when `c` may not be the first character of a line (JLREQ 3.1.7, CLREQ).
[[nodiscard]] bool may_start_line(char32_t c, LanguageRules rules);

/// False when `c` may not be the last character of a line (JLREQ 3.1.8, CLREQ).
[[nodiscard]] bool may_end_line(char32_t c, LanguageRules rules);

/// True when a line may not break between `before` and `after` because they form one mark:
/// the two-em dash —— and the ellipsis …… (JLREQ 3.1.10 cl-08; GB/T 15834-2011 on 破折号 and
/// 省略号).
[[nodiscard]] bool inseparable(char32_t before, char32_t after);

}  // namespace briefbook::para
