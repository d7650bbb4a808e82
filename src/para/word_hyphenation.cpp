#include "para/word_hyphenation.hpp"

#include <string_view>

namespace briefbook::para {

namespace {

bool is_word_letter(const Cluster& c) {
    return c.kind == CharKind::kWestern && is_letter(c.first);
}

}  // namespace

std::vector<std::uint32_t> find_hyphenation_points(const text::ShapedText& shaped,
                                                   const std::vector<Cluster>& clusters,
                                                   const Hyphenator& hyphenator) {
    std::vector<std::uint32_t> out;
    const std::string_view text = shaped.source.text;
    for (std::size_t i = 0; i < clusters.size();) {
        if (!is_word_letter(clusters[i])) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < clusters.size() && is_word_letter(clusters[end]) &&
               clusters[end].begin == clusters[end - 1].end)
            ++end;
        // Letters that touch digits ("B2B", "COVID19") are not an English word to hyphenate.
        const bool whole_word =
            (i == 0 || clusters[i - 1].kind != CharKind::kWestern) &&
            (end == clusters.size() || clusters[end].kind != CharKind::kWestern);
        const std::string& lang = shaped.runs[clusters[i].run].lang;
        bool one_language = true;
        for (std::size_t k = i; k < end; ++k)
            one_language = one_language && shaped.runs[clusters[k].run].lang == lang;
        if (whole_word && one_language && hyphenator.covers(lang)) {
            const std::uint32_t begin = clusters[i].begin;
            for (std::uint32_t point :
                 hyphenator.points(lang, text.substr(begin, clusters[end - 1].end - begin)))
                out.push_back(begin + point);
        }
        i = end;
    }
    return out;
}

}  // namespace briefbook::para
