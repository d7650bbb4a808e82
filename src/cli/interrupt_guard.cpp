#include "cli/interrupt_guard.hpp"

#include <pthread.h>

#include <unistd.h>

#include <cstdlib>

namespace briefbook::cli {

InterruptGuard::InterruptGuard() {
    sigemptyset(&signals_);
    for (const int number : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction current {};
        if (sigaction(number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        sigaddset(&signals_, number);
    }
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_mask_);
    if (sigisemptyset(&signals_)) return;  // every one ignored: nothing to wait for
    waiter_ = std::thread([this] { wait_for_signals(); });
}

InterruptGuard::~InterruptGuard() {
    stop_waiting();
    pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

// The waiting thread is woken by one of its own signals sent to it alone, not by a timeout: a
// polling wait kept every build alive up to 50 ms after its work was done (a third of the
// sample book's run).
void InterruptGuard::stop_waiting() {
    if (!waiter_.joinable()) return;
    closing_.store(true);
    for (int number = 1; number < NSIG; ++number) {
        if (sigismember(&signals_, number) != 1) continue;
        pthread_kill(waiter_.native_handle(), number);
        break;
    }
    waiter_.join();
}

void InterruptGuard::on_interrupt(std::function<void(int)> callback) {
    std::lock_guard lock(callback_mutex_);
    callback_ = std::move(callback);
}

void InterruptGuard::wait_for_signals() {
    const pid_t self = getpid();
    for (;;) {
        siginfo_t info{};
        const int number = sigwaitinfo(&signals_, &info);
        if (number < 0) continue;  // EINTR
        // The wake-up from stop_waiting(). (Not told apart by si_code: some kernels report a
        // thread-directed signal as SI_USER.)
        if (closing_.load() && info.si_pid == self) return;
        if (signal_.load() == 0) signal_.store(number);
        if (requested_.exchange(true)) continue;  // a second signal: already stopping
        std::lock_guard lock(callback_mutex_);
        if (callback_) callback_(number);
    }
}

void InterruptGuard::exit_by_signal() {
    stop_waiting();
    const int number = signal_.load() != 0 ? signal_.load() : SIGTERM;
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(number, &action, nullptr);
    sigset_t just_this;
    sigemptyset(&just_this);
    sigaddset(&just_this, number);
    pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
    raise(number);
    std::_Exit(128 + number);  // not reached unless the signal is ignored by a parent's mask
}

}  // namespace briefbook::cli
