#include "para/hyphenator.hpp"

#include <hyphen.h>
#include <unicode/uchar.h>

#include <cstdlib>

#include "briefbook/diagnostics.hpp"
#include "para/char_class.hpp"

namespace briefbook::para {

namespace {

constexpr int kLeftHyphenMin = 2;
constexpr int kRightHyphenMin = 3;
constexpr std::size_t kShortestWord = 5;

struct HyphenDictFree {
    void operator()(HyphenDict* dict) const { hnj_hyphen_free(dict); }
};

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

/// The primary subtag of a BCP 47 tag, lower case ("en-GB" -> "en").
std::string primary_subtag(std::string_view bcp47) {
    std::string out;
    for (char c : bcp47) {
        if (c == '-' || c == '_') break;
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    return out;
}

}  // namespace

struct Hyphenator::Dictionary {
    std::string language;
    std::unique_ptr<HyphenDict, HyphenDictFree> dict;
};

Hyphenator::Hyphenator() = default;
Hyphenator::~Hyphenator() = default;
Hyphenator::Hyphenator(Hyphenator&&) noexcept = default;
Hyphenator& Hyphenator::operator=(Hyphenator&&) noexcept = default;

Hyphenator Hyphenator::english(const std::filesystem::path& patterns) {
    Hyphenator out;
    out.add("en", patterns);
    return out;
}

void Hyphenator::add(std::string language, const std::filesystem::path& patterns) {
    std::unique_ptr<HyphenDict, HyphenDictFree> dict(hnj_hyphen_load(patterns.c_str()));
    if (!dict)
        throw Error("cannot load hyphenation patterns " + patterns.string(), "hyphen.unreadable");
    auto entry = std::make_unique<Dictionary>();
    entry->language = primary_subtag(language);
    entry->dict = std::move(dict);
    dictionaries_.push_back(std::move(entry));
}

const Hyphenator::Dictionary* Hyphenator::find(std::string_view bcp47) const {
    const std::string primary = primary_subtag(bcp47);
    for (const auto& entry : dictionaries_)
        if (entry->language == primary) return entry.get();
    return nullptr;
}

bool Hyphenator::covers(std::string_view bcp47) const {
    return find(bcp47) != nullptr;
}

std::vector<std::uint32_t> Hyphenator::points(std::string_view bcp47, std::string_view word) const {
    const Dictionary* dictionary = find(bcp47);
    if (!dictionary) return {};
    // Lower-case the word (the patterns are lower case) and remember where each letter starts.
    std::string lower;
    std::vector<std::uint32_t> letter_starts;
    bool all_capitals = true;
    for (std::size_t offset = 0; offset < word.size();) {
        letter_starts.push_back(static_cast<std::uint32_t>(offset));
        const char32_t c = decode_utf8(word, offset);
        if (!is_letter(c)) return {};
        if (!u_isupper(static_cast<UChar32>(c))) all_capitals = false;
        append_utf8(lower, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    }
    if (letter_starts.size() < kShortestWord || all_capitals) return {};

    // libhyphen marks, per letter of a UTF-8 word, an odd digit where a hyphen may follow.
    std::vector<char> marks(lower.size() + 5, '0');
    char** replacements = nullptr;
    int* positions = nullptr;
    int* cuts = nullptr;
    const int failed =
        hnj_hyphen_hyphenate3(dictionary->dict.get(), lower.data(), static_cast<int>(lower.size()),
                              marks.data(), nullptr, &replacements, &positions, &cuts,
                              kLeftHyphenMin, kRightHyphenMin, kLeftHyphenMin, kRightHyphenMin);
    // Non-standard hyphenation (replacements) does not occur in English; release it if it does.
    if (replacements) {
        for (std::size_t i = 0; i < lower.size(); ++i) std::free(replacements[i]);
        std::free(replacements);
        std::free(positions);
        std::free(cuts);
    }
    if (failed != 0) return {};
    std::vector<std::uint32_t> out;
    for (std::size_t letter = 0; letter + 1 < letter_starts.size(); ++letter)
        if ((marks[letter] - '0') % 2 == 1) out.push_back(letter_starts[letter + 1]);
    return out;
}

}  // namespace briefbook::para
