// Entry points of the model stage: read the file, parse, validate.
// (Skeleton: XML syntax only; the full parser and validator are being written in parse_*.cpp.)

#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <sstream>

#include "briefbook/load.hpp"

namespace briefbook {

namespace {
TextPosition position_of_offset(std::string_view text, std::ptrdiff_t offset) {
    TextPosition pos{1, 1};
    for (std::ptrdiff_t i = 0; i < offset && i < static_cast<std::ptrdiff_t>(text.size()); ++i) {
        if (text[static_cast<std::size_t>(i)] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}
}  // namespace

model::Briefing load_briefing_from_memory(std::string_view xml, const std::filesystem::path& display_name,
                                          const std::filesystem::path& base_dir, Diagnostics& diagnostics,
                                          const LoadOptions&) {
    model::Briefing briefing;
    briefing.source = display_name;
    briefing.base_dir = base_dir;
    pugi::xml_document document;
    const auto result = document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        diagnostics.error(briefing.at(position_of_offset(xml, result.offset)), "xml.syntax",
                          std::string("malformed XML: ") + result.description());
    }
    return briefing;
}

model::Briefing load_briefing(const std::filesystem::path& file, Diagnostics& diagnostics,
                              const LoadOptions& options) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error({file.string(), {}}, "io.unreadable", "cannot read the file");
        model::Briefing briefing;
        briefing.source = file;
        return briefing;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return load_briefing_from_memory(text, file, file.parent_path(), diagnostics, options);
}

}  // namespace briefbook
