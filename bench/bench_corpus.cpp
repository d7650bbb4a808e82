#include "bench_corpus.hpp"

#include <fstream>
#include <string>

namespace briefbook::bench {

std::vector<text::StyledText> paragraph_corpus() {
    std::vector<text::StyledText> out;
    for (const char* file : {"english.txt", "japanese.txt", "chinese.txt", "mixed.txt"}) {
        std::ifstream in(std::string(BRIEFBOOK_BENCH_SOURCE_DIR) + "/tests/data/para/" + file);
        std::string lang = "en";
        for (std::string row; std::getline(in, row);) {
            if (row.rfind("#lang:", 0) == 0) lang = row.substr(7);
            if (row.empty() || row[0] == '#') continue;
            text::SpanStyle style;
            style.lang = lang;
            text::StyledText paragraph;
            paragraph.append(row, style);
            out.push_back(std::move(paragraph));
        }
    }
    return out;
}

}  // namespace briefbook::bench
