#include "cli/destinations.hpp"

#include <system_error>

#include "briefbook/diagnostics.hpp"
#include "briefbook/output_file.hpp"

namespace briefbook::cli {

void check_output(const BuildRequest& request) {
    if (!request.batch) return check_writable(request.output);
    std::error_code ec;
    if (!std::filesystem::exists(request.output, ec))
        return check_writable(request.output);  // in its parent
    if (!std::filesystem::is_directory(request.output, ec))
        throw Error(
            request.output.string() + ": not a folder (a batch writes its books into a folder)",
            "io.unwritable");
}

void prepare_destinations(const BuildRequest& request, std::span<const batch::PlannedBook> books) {
    std::error_code ec;
    if (request.batch && !std::filesystem::is_directory(request.output, ec) &&
        !std::filesystem::create_directory(request.output, ec) && ec)
        throw Error(request.output.string() + ": cannot create the folder: " + ec.message(),
                    "io.unwritable");
    for (const auto& book : books) check_writable(book.destination);
}

}  // namespace briefbook::cli
