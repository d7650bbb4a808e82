#include "para/break_opportunities.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "briefbook/diagnostics.hpp"
#include "para/char_class.hpp"
#include "para/kinsoku.hpp"
#include "text/icu_text.hpp"

namespace briefbook::para {

namespace {

// ---- ICU ---------------------------------------------------------------------------------------

/// The line break iterator of a locale, made once per thread and reused for every paragraph:
/// opening one builds its rule tables from ICU's data (about 1.7 M instructions, a fifth of the
/// time of a 300-page book when done per paragraph); setting new text resets it.
UBreakIterator& line_iterator(const char* locale) {
    thread_local std::vector<std::pair<std::string, text::BreakIteratorPtr>> iterators;
    for (auto& [name, iterator] : iterators)
        if (name == locale) return *iterator;
    UErrorCode status = U_ZERO_ERROR;
    text::BreakIteratorPtr iterator(ubrk_open(UBRK_LINE, locale, nullptr, 0, &status));
    text::check_icu(status, "ICU line break iterator unavailable");
    iterators.emplace_back(locale, std::move(iterator));
    return *iterators.back().second;
}

/// All UAX #14 boundaries of `text` under one locale's tailoring, as (offset, mandatory).
std::vector<BreakOpportunity> icu_boundaries(std::string_view text, const char* locale) {
    UBreakIterator* const iterator = &line_iterator(locale);
    const text::UTextPtr utext =
        text::iterate_utf8(*iterator, text, "ICU cannot read the paragraph");
    std::vector<BreakOpportunity> out;
    for (std::int32_t at = ubrk_next(iterator); at != UBRK_DONE; at = ubrk_next(iterator)) {
        const auto offset = static_cast<std::uint32_t>(at);
        if (offset >= text.size()) break;
        const bool hard = ubrk_getRuleStatus(iterator) >= UBRK_LINE_HARD;
        out.push_back({offset, hard});
    }
    return out;
}

// ---- Numbers with their units and currencies ---------------------------------------------------

/// Units that stay on the line of the number before them ("5 km", "30 min", "9 a.m.").
constexpr std::array<std::string_view, 58> kUnits = {
    "%",    "‰",   "km",  "m",  "cm", "mm", "µm",  "nm",  "kg",  "g",    "mg",  "t",
    "L",    "l",   "ml",  "mL", "h",  "hr", "hrs", "min", "s",   "ms",   "pt",  "px",
    "kB",   "KB",  "MB",  "GB", "TB", "Hz", "kHz", "MHz", "GHz", "W",    "kW",  "MW",
    "kWh",  "V",   "A",   "°C", "°F", "°",  "m²",  "km²", "ha",  "km/h", "mph", "yen",
    "yuan", "a.m", "p.m", "am", "pm", "AM", "PM",  "x",   "×",   "sq"};

/// Currency signs and codes that stay on the line of the number after them ("US$ 5", "EUR 20").
constexpr std::array<std::string_view, 22> kCurrencies = {
    "$", "US$", "HK$", "NT$", "S$",  "A$",  "C$",  "€",   "£",   "¥",  "￥",
    "₩", "USD", "EUR", "JPY", "CNY", "RMB", "HKD", "GBP", "CHF", "Rs", "TWD"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view token) {
    return std::find(list.begin(), list.end(), token) != list.end();
}

bool is_space_byte(char c) {
    return c == ' ' || c == '\t';
}

/// The token that starts at `offset`: up to the next space, less trailing sentence punctuation.
std::string_view token_after(std::string_view text, std::size_t offset) {
    std::size_t end = offset;
    while (end < text.size() && !is_space_byte(text[end])) ++end;
    std::string_view token = text.substr(offset, end - offset);
    while (!token.empty() &&
           std::string_view(",;:!?).").find(token.back()) != std::string_view::npos)
        token.remove_suffix(1);
    return token;
}

/// The token that ends at `offset`: back to the previous space, less opening punctuation.
std::string_view token_before(std::string_view text, std::size_t offset) {
    std::size_t begin = offset;
    while (begin > 0 && !is_space_byte(text[begin - 1])) --begin;
    std::string_view token = text.substr(begin, offset - begin);
    while (!token.empty() && (token.front() == '(' || token.front() == '[')) token.remove_prefix(1);
    return token;
}

/// True when the break before `offset` would separate a number from its unit or currency.
bool splits_number_and_unit(std::string_view text, std::size_t offset) {
    const char32_t before = code_point_before(text, offset);
    std::size_t cursor = offset;
    const char32_t after = decode_utf8(text, cursor);
    // "100万円", "2024年": a digit directly followed by a CJK counter or unit.
    if (is_digit(before) && classify(before) == CharKind::kWestern &&
        classify(after) == CharKind::kCjk)
        return true;
    if (!is_space_byte(text[offset - 1])) return false;
    std::size_t word_end = offset;
    while (word_end > 0 && is_space_byte(text[word_end - 1])) --word_end;
    if (word_end == 0) return false;
    // "5 km": a number, a space, a unit.
    if (is_digit(code_point_before(text, word_end)) && listed(kUnits, token_after(text, offset)))
        return true;
    // "US$ 5": a currency, a space, a number.
    return is_digit(after) && listed(kCurrencies, token_before(text, word_end));
}

// ---- Kinsoku -----------------------------------------------------------------------------------

/// The rules of the span holding byte `offset`.
LanguageRules rules_at(std::span<const LanguageSpan> spans, std::size_t offset) {
    const auto found = std::upper_bound(
        spans.begin(), spans.end(), offset,
        [](std::size_t value, const LanguageSpan& span) { return value < span.end; });
    return found == spans.end() ? (spans.empty() ? LanguageRules::kOther : spans.back().rules)
                                : found->rules;
}

/// True when JLREQ/CLREQ forbid ending a line before `offset`: the last character kept on the
/// line (spaces are dropped at a break) may not end a line, or the next may not start one.
bool kinsoku_forbids(std::string_view text, std::span<const LanguageSpan> spans,
                     std::size_t offset) {
    std::size_t line_end = offset;
    while (line_end > 0 && is_space_byte(text[line_end - 1])) --line_end;
    if (line_end == 0) return false;
    const char32_t last = code_point_before(text, line_end);
    std::size_t cursor = offset;
    const char32_t first = decode_utf8(text, cursor);
    return !may_end_line(last, rules_at(spans, line_end - 1)) ||
           !may_start_line(first, rules_at(spans, offset));
}

}  // namespace

const char* icu_line_break_locale(LanguageRules rules) {
    switch (rules) {
        case LanguageRules::kJapanese:
            return "ja@lb=strict";
        case LanguageRules::kChineseSimplified:
        case LanguageRules::kChineseTraditional:
            return "zh";
        case LanguageRules::kOther:
        case LanguageRules::kEnglish:
            break;
    }
    return "";
}

std::vector<BreakOpportunity> find_break_opportunities(std::string_view text,
                                                       std::span<const LanguageSpan> spans,
                                                       std::span<const KeptTogether> kept) {
    // 1. UAX #14, each position judged by the tailoring of the language that follows it.
    std::vector<const char*> locales;
    for (const LanguageSpan& span : spans) {
        const char* locale = icu_line_break_locale(span.rules);
        if (std::find_if(locales.begin(), locales.end(), [&](const char* l) {
                return std::string_view(l) == locale;
            }) == locales.end())
            locales.push_back(locale);
    }
    if (locales.empty()) locales.push_back("");
    std::vector<BreakOpportunity> candidates;
    for (const char* locale : locales) {
        for (const BreakOpportunity& found : icu_boundaries(text, locale)) {
            if (locales.size() > 1 &&
                std::string_view(icu_line_break_locale(rules_at(spans, found.offset))) != locale)
                continue;
            candidates.push_back(found);
        }
    }
    if (locales.size() > 1)
        std::sort(candidates.begin(), candidates.end(),
                  [](const auto& a, const auto& b) { return a.offset < b.offset; });

    // 2. Vetoes the tailoring lets through.
    std::vector<BreakOpportunity> out;
    out.reserve(candidates.size());
    auto range = kept.begin();
    for (BreakOpportunity candidate : candidates) {
        const std::size_t at = candidate.offset;
        if (!candidate.mandatory) {
            if (kinsoku_forbids(text, spans, at)) continue;
            std::size_t cursor = at;
            if (inseparable(code_point_before(text, at), decode_utf8(text, cursor))) continue;
            if (splits_number_and_unit(text, at)) continue;
            // 3. Inside a name: allowed, but only where the line could not hold it whole.
            while (range != kept.end() && range->end <= at) ++range;
            candidate.last_resort = range != kept.end() && range->begin < at;
        }
        out.push_back(candidate);
    }
    return out;
}

}  // namespace briefbook::para
