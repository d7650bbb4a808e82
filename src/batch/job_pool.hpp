#pragma once
// A fixed pool of worker threads over a numbered list of tasks: what builds many books at once
// from one Engine. Tasks start in index order; a stop flag ends the run between tasks.

#include <atomic>
#include <cstddef>
#include <functional>

namespace briefbook::batch {

/// Runs `task(i)` for i = 0, 1, ... count-1 on up to `workers` threads (at least one; with one
/// worker, or one task, in the calling thread). Once `stop` is true no further task starts; the
/// ones running finish. Returns how many tasks were started. An exception from a task stops the
/// run the same way and is rethrown in the calling thread after every worker has finished.
std::size_t run_jobs(std::size_t count, unsigned workers, const std::atomic<bool>& stop,
                     const std::function<void(std::size_t)>& task);

}  // namespace briefbook::batch
