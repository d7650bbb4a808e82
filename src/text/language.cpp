#include "text/language.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace briefbook::text {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::vector<std::string> subtags(std::string_view tag) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= tag.size()) {
        const auto dash = tag.find_first_of("-_", start);
        const auto end = dash == std::string_view::npos ? tag.size() : dash;
        out.push_back(lower(tag.substr(start, end - start)));
        if (dash == std::string_view::npos) break;
        start = dash + 1;
    }
    return out;
}

}  // namespace

std::string_view font_language_key(std::string_view bcp47) {
    const auto tags = subtags(bcp47);
    if (tags.empty()) return "";
    const std::string& language = tags[0];
    if (language == "ja") return "ja";
    if (language == "ko") return "ko";
    // Cantonese is written with traditional characters; other Chinese tags follow script, region.
    if (language == "yue") return "zh-Hant";
    if (language != "zh") return "";
    for (std::size_t i = 1; i < tags.size(); ++i) {
        if (tags[i] == "hant") return "zh-Hant";
        if (tags[i] == "hans") return "zh-Hans";
    }
    for (std::size_t i = 1; i < tags.size(); ++i) {
        if (tags[i] == "tw" || tags[i] == "hk" || tags[i] == "mo") return "zh-Hant";
    }
    return "zh-Hans";
}

}  // namespace briefbook::text
