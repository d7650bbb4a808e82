#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "batch/job_pool.hpp"

namespace briefbook::batch {
namespace {

TEST(JobPool, RunsEveryTaskOnceOnSeveralThreads) {
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable second_thread_seen;
    std::multiset<std::size_t> seen;
    std::set<std::thread::id> threads;
    const auto started = run_jobs(100, 4, stop, [&](std::size_t i) {
        std::unique_lock lock(mutex);
        seen.insert(i);
        threads.insert(std::this_thread::get_id());
        // The first task waits for a second worker, so that a busy machine starting the other
        // threads late cannot make one thread take the whole list. The time limit only keeps a
        // pool without parallel workers from hanging the test; it then fails below.
        if (threads.size() > 1)
            second_thread_seen.notify_all();
        else
            second_thread_seen.wait_for(lock, std::chrono::seconds(10),
                                        [&] { return threads.size() > 1; });
    });
    EXPECT_EQ(started, 100u);
    ASSERT_EQ(seen.size(), 100u);
    for (std::size_t i = 0; i < 100; ++i) EXPECT_EQ(seen.count(i), 1u) << i;
    EXPECT_GT(threads.size(), 1u) << "four workers, yet one thread did all the work";
    EXPECT_EQ(threads.count(std::this_thread::get_id()), 0u) << "workers are separate threads";
}

TEST(JobPool, OneWorkerRunsInTheCallingThreadInOrder) {
    std::atomic<bool> stop{false};
    std::vector<std::size_t> order;
    const auto caller = std::this_thread::get_id();
    run_jobs(5, 1, stop, [&](std::size_t i) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        order.push_back(i);
    });
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(JobPool, NoTasksNoCalls) {
    std::atomic<bool> stop{false};
    int calls = 0;
    EXPECT_EQ(run_jobs(0, 3, stop, [&](std::size_t) { ++calls; }), 0u);
    EXPECT_EQ(calls, 0);
}

TEST(JobPool, StopStartsNoNewTaskButLetsRunningOnesFinish) {
    std::atomic<bool> stop{false};
    std::atomic<int> finished{0};
    const auto started = run_jobs(50, 2, stop, [&](std::size_t i) {
        if (i == 5) stop.store(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        ++finished;
    });
    // Task 5 raised the flag; at most the other worker's task was running then.
    EXPECT_GE(started, 6u);
    EXPECT_LE(started, 8u);
    EXPECT_EQ(finished.load(), static_cast<int>(started)) << "a started task was not finished";
}

TEST(JobPool, AlreadyStoppedStartsNothing) {
    std::atomic<bool> stop{true};
    int calls = 0;
    EXPECT_EQ(run_jobs(10, 2, stop, [&](std::size_t) { ++calls; }), 0u);
    EXPECT_EQ(calls, 0);
}

// Signals when the thread it belongs to ends: for a pool worker, that is after the worker has left
// its loop, so after the pool has recorded a failure that worker's task threw.
struct ThreadExitSignal {
    std::atomic<bool>* exited = nullptr;
    ~ThreadExitSignal() {
        if (exited == nullptr) return;
        exited->store(true);
        exited->notify_all();
    }
};

TEST(JobPool, AnExceptionStopsTheRunAndIsRethrownAfterTheWorkersJoin) {
    std::atomic<bool> stop{false};
    std::atomic<int> running{0};
    std::atomic<int> after_failure{0};
    std::atomic<bool> failed{false};
    std::atomic<bool> failing_worker_exited{false};
    std::atomic<std::thread::id> failing_worker{};
    EXPECT_THROW(run_jobs(1000, 3, stop,
                          [&](std::size_t i) {
                              ++running;
                              if (failed.load()) {
                                  ++after_failure;
                                  // Hold this task until the pool has surely seen the failure, so
                                  // that a slow unwind cannot let this worker run on: the count
                                  // below then depends on the pool alone, not on timing. (The
                                  // failing worker itself must not wait for its own exit.)
                                  if (std::this_thread::get_id() != failing_worker.load())
                                      failing_worker_exited.wait(false);
                              }
                              std::this_thread::sleep_for(std::chrono::microseconds(100));
                              --running;
                              if (i == 10) {
                                  thread_local ThreadExitSignal signal;
                                  signal.exited = &failing_worker_exited;
                                  failing_worker.store(std::this_thread::get_id());
                                  failed.store(true);
                                  throw std::runtime_error("task 10");
                              }
                          }),
                 std::runtime_error);
    EXPECT_EQ(running.load(), 0) << "rethrown before every worker had finished";
    // Each of the two other workers may have taken one more task before it saw the failure.
    EXPECT_LE(after_failure.load(), 2) << "tasks kept starting after the failure";
}

}  // namespace
}  // namespace briefbook::batch
