#include <filesystem>
#include <string>
#include <system_error>

#include "model/validate.hpp"

namespace briefbook::model {

namespace fs = std::filesystem;

namespace {

/// Absolute, or climbing out with "..": a path a briefing from elsewhere could use to read
/// arbitrary files into a PDF.
bool leaves_folder_lexically(const fs::path& src) {
    if (src.is_absolute() || src.has_root_name() || src.has_root_directory()) return true;
    for (const auto& part : src.lexically_normal()) {
        if (part == "..") return true;
    }
    return false;
}

/// Whether `file`, which exists, is really inside `folder` once symbolic links are followed.
bool inside_after_links(const fs::path& file, const fs::path& folder) {
    std::error_code error;
    const fs::path real_file = fs::weakly_canonical(file, error);
    if (error) return true;  // cannot tell; the lexical check has passed
    const fs::path real_folder = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, error);
    if (error) return true;
    const fs::path relative = real_file.lexically_relative(real_folder);
    return !relative.empty() && *relative.begin() != "..";
}

void check_image(const Briefing& briefing, const ImageRef& image, const LoadOptions& options,
                 Diagnostics& diagnostics) {
    const auto where = briefing.at(image.src_position);
    if (!options.allow_any_path && leaves_folder_lexically(image.src)) {
        diagnostics.error(where, "image.path-escapes",
                          "image path '" + image.src +
                              "' leads outside the briefing's folder (allowed only with --allow-any-path)");
        return;
    }
    std::error_code error;
    if (!fs::is_regular_file(image.resolved, error)) {
        diagnostics.warning(where, "image.missing",
                            "image '" + image.src + "' not found; the book shows a placeholder");
        return;
    }
    if (!options.allow_any_path && !inside_after_links(image.resolved, briefing.base_dir)) {
        diagnostics.error(where, "image.path-escapes",
                          "image path '" + image.src +
                              "' leads outside the briefing's folder through a symbolic link (allowed only with "
                              "--allow-any-path)");
    }
}

}  // namespace

void validate_images(const Briefing& briefing, const LoadOptions& options, Diagnostics& diagnostics) {
    if (briefing.meta.logo) check_image(briefing, *briefing.meta.logo, options, diagnostics);
    for (const auto& organization : briefing.organizations) {
        if (organization.logo) check_image(briefing, *organization.logo, options, diagnostics);
    }
    for (const auto& person : briefing.people) {
        if (person.photo) check_image(briefing, *person.photo, options, diagnostics);
    }
}

}  // namespace briefbook::model
