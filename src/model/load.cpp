// Entry points of the model stage: read the file, decode it, parse the XML, build the model,
// validate it; every problem found on the way is reported, sorted by where it is in the file.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <pugixml.hpp>
#include <system_error>

#include "briefbook/load.hpp"
#include "model/decode_text.hpp"
#include "model/parse_context.hpp"
#include "model/parse_elements.hpp"
#include "model/parse_xml.hpp"
#include "model/validate.hpp"
#include "model/xml_source.hpp"

namespace briefbook {

namespace {

namespace fs = std::filesystem;

bool is_too_big(std::uintmax_t size, const LoadOptions& options, const SourceLocation& where, Diagnostics& found) {
    if (size <= options.limits.max_file_bytes) return false;
    found.error(where, "limit.file-size",
                "the file is larger than the limit of " + std::to_string(options.limits.max_file_bytes) + " bytes");
    return true;
}

/// The first `limit` bytes of a file; a device or pipe (/dev/zero) must not make us read forever.
std::optional<std::string> read_at_most(const fs::path& file, std::size_t limit) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes;
    char buffer[64 * 1024];
    while (bytes.size() < limit && in.read(buffer, sizeof buffer).gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return std::nullopt;
    if (bytes.size() > limit) bytes.resize(limit);
    return bytes;
}

void read_briefing(std::string_view bytes, const LoadOptions& options, model::Briefing& briefing, Diagnostics& found) {
    const std::string file = briefing.source.string();
    if (is_too_big(bytes.size(), options, {file, {}}, found)) return;
    // Bytes to UTF-8 text.
    auto decoded = model::decode_text(bytes, file, found);
    if (!decoded) return;
    const model::XmlSource source(std::move(decoded->utf8));
    // Text to an XML tree.
    pugi::xml_document document;
    const pugi::xml_node root = model::parse_xml(source, decoded->encoding, document, file, found);
    if (!root) return;
    // Tree to the model.
    model::ParseContext context(source, file, found, options);
    model::parse_briefing(root, context, briefing);
    briefing.build_index();
    // Checks across the whole model.
    model::validate_ids(briefing, found);
    model::validate_references(briefing, found);
    model::validate_times(briefing, found);
    model::validate_images(briefing, options, found);
}

/// Compiler order: problems without a line first, then by line and column; stable otherwise.
/// Those beyond the limit are summed up last, as an error when one of them was.
void report_in_file_order(const Diagnostics& found, const std::string& file, std::size_t max_listed,
                          Diagnostics& diagnostics) {
    std::vector<Diagnostic> sorted = found.all();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        const auto& p = a.where.position;
        const auto& q = b.where.position;
        return p.line != q.line ? p.line < q.line : p.column < q.column;
    });
    for (auto& diagnostic : sorted) diagnostics.report(std::move(diagnostic));
    if (found.dropped() == 0) return;
    const std::string listed = " (at most " + std::to_string(max_listed) + " errors and as many warnings are listed)";
    const std::string dropped = std::to_string(found.dropped());
    if (found.dropped_errors() > 0)
        diagnostics.error({file, {}}, "limit.diagnostics",
                          dropped + " more problems not shown, " + std::to_string(found.dropped_errors()) +
                              " of them errors" + listed);
    else
        diagnostics.warning({file, {}}, "limit.diagnostics", dropped + " more warnings not shown" + listed);
}

}  // namespace

model::Briefing load_briefing_from_memory(std::string_view xml, const std::filesystem::path& display_name,
                                          const std::filesystem::path& base_dir, Diagnostics& diagnostics,
                                          const LoadOptions& options) {
    model::Briefing briefing;
    briefing.source = display_name;
    briefing.base_dir = base_dir;
    Diagnostics found;
    found.keep_at_most(options.limits.max_diagnostics);
    read_briefing(xml, options, briefing, found);
    report_in_file_order(found, briefing.source.string(), options.limits.max_diagnostics, diagnostics);
    return briefing;
}

model::Briefing load_briefing(const std::filesystem::path& file, Diagnostics& diagnostics,
                              const LoadOptions& options) {
    model::Briefing briefing;
    briefing.source = file;
    briefing.base_dir = file.parent_path();
    const SourceLocation where{file.string(), {}};
    std::error_code error;
    const auto status = fs::status(file, error);
    if (!fs::exists(status)) {
        diagnostics.error(where, "io.unreadable", "no such file");
        return briefing;
    }
    if (fs::is_directory(status)) {
        diagnostics.error(where, "io.unreadable", "a folder, not a briefing file");
        return briefing;
    }
    if (fs::is_regular_file(status) && is_too_big(fs::file_size(file, error), options, where, diagnostics)) {
        return briefing;
    }
    const auto bytes = read_at_most(file, options.limits.max_file_bytes + 1);
    if (!bytes) {
        diagnostics.error(where, "io.unreadable", "cannot read the file");
        return briefing;
    }
    return load_briefing_from_memory(*bytes, file, briefing.base_dir, diagnostics, options);
}

}  // namespace briefbook
