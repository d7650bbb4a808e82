#include "book/anchors.hpp"

#include <cstdio>

namespace briefbook::book {

std::string day_anchor(const model::LocalDate& date) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "d.%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

}  // namespace briefbook::book
