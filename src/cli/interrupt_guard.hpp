#pragma once
// Ctrl-C, kill and a closed terminal during a build: SIGINT, SIGTERM and SIGHUP are blocked in
// every thread and taken by one waiting thread, which only raises a flag. Workers then start no
// new book; a book being written is never cut short (its temporary file is renamed or removed by
// write_file_atomically as usual), so an interrupted run leaves no truncated PDF and no temporary
// file. At the end the process dies of the signal it got, as the shell expects.

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include <signal.h>

namespace briefbook::cli {

class InterruptGuard {
  public:
    /// Blocks the signals in the calling thread, so in every thread it starts afterwards (create
    /// the guard before any worker), and starts the thread that waits for them. A signal the
    /// process was started with ignored (nohup, a background job) stays ignored.
    InterruptGuard();
    /// Stops the waiting thread and restores the signal mask. A signal taken by the guard is
    /// gone: when requested() is true, end with exit_by_signal() instead.
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    /// True once a signal arrived: start no new work.
    [[nodiscard]] const std::atomic<bool>& requested() const { return requested_; }
    /// The signal that arrived first (SIGINT, SIGTERM, SIGHUP), or 0.
    [[nodiscard]] int signal_number() const { return signal_.load(); }
    /// Called once, on the waiting thread, when the first signal arrives (to say that the run is
    /// stopping). Must be thread-safe with whatever else it touches.
    void on_interrupt(std::function<void(int)> callback);
    /// Ends the process the way the signal would have: default action, unblocked, raised.
    [[noreturn]] void exit_by_signal();

  private:
    void wait_for_signals();
    /// Wakes the waiting thread and joins it.
    void stop_waiting();

    sigset_t signals_{};
    sigset_t previous_mask_{};
    std::atomic<bool> requested_{false};
    std::atomic<int> signal_{0};
    std::atomic<bool> closing_{false};
    std::mutex callback_mutex_;
    std::function<void(int)> callback_;
    std::thread waiter_;
};

}  // namespace briefbook::cli
