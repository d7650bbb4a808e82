#include "batch/job_pool.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace briefbook::batch {

std::size_t run_jobs(std::size_t count, unsigned workers, const std::atomic<bool>& stop,
                     const std::function<void(std::size_t)>& task) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr first_error;
    std::mutex error_mutex;

    // Each worker takes the next index until the list is done or the run is stopped.
    const auto work = [&] {
        while (!stop.load() && !failed.load()) {
            const std::size_t index = next.fetch_add(1);
            if (index >= count) return;
            try {
                task(index);
            } catch (...) {
                std::lock_guard lock(error_mutex);
                if (!first_error) first_error = std::current_exception();
                failed.store(true);
            }
        }
    };

    const std::size_t thread_count =
        std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(count, 1));
    if (thread_count == 1) {
        work();
    } else {
        std::vector<std::jthread> threads;
        threads.reserve(thread_count);
        for (std::size_t i = 0; i < thread_count; ++i) threads.emplace_back(work);
    }  // jthreads join here
    if (first_error) std::rethrow_exception(first_error);
    return std::min(next.load(), count);
}

}  // namespace briefbook::batch
