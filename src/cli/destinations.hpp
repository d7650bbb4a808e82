#pragma once
// Where a build's books go, checked before any work so that a long run does not fail at its end:
// the one book's file, or a batch's folder (made when missing, but only its last level, so that
// a mistyped path is an error rather than a new tree of folders) and every book's file in it.

#include <span>

#include "batch/book_plan.hpp"
#include "cli/build_request.hpp"

namespace briefbook::cli {

/// The book's file can be written, or the batch's folder exists or can be made. Throws
/// briefbook::Error (code "io.unwritable") otherwise. Changes nothing on disk.
void check_output(const BuildRequest& request);

/// Makes the batch's folder when missing, then checks every book's destination (a name that is a
/// folder, a folder that cannot be written). Throws briefbook::Error (code "io.unwritable").
void prepare_destinations(const BuildRequest& request, std::span<const batch::PlannedBook> books);

}  // namespace briefbook::cli
