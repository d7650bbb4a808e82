#include "para/line.hpp"

namespace briefbook::para {

std::string_view to_string(BreakReason reason) {
    switch (reason) {
        case BreakReason::kSpace:
            return "space";
        case BreakReason::kOpportunity:
            return "opportunity";
        case BreakReason::kHyphenation:
            return "hyphenation";
        case BreakReason::kMandatory:
            return "mandatory";
        case BreakReason::kEndOfParagraph:
            return "end";
        case BreakReason::kEmergency:
            return "emergency";
    }
    return "?";
}

Pt ParagraphLayout::height() const {
    Pt total;
    for (const Line& line : lines) total += line.ascent + line.descent;
    return total;
}

}  // namespace briefbook::para
