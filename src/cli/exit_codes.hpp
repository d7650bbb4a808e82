#pragma once

namespace briefbook::cli {

/// Process exit statuses, stable for scripts.
enum ExitCode : int {
    kExitOk = 0,           ///< done; warnings may have been printed
    kExitInputErrors = 1,  ///< the briefing or layout has errors (printed, file:line:col)
    kExitUsage = 2,        ///< the command line was not understood
    kExitEnvironment = 3,  ///< a font, file or folder the run needs is missing or unwritable
    kExitInternal = 4,     ///< a bug in briefbook: please report it
};

}  // namespace briefbook::cli
