#include "cli/interrupt_guard.hpp"

#include <pthread.h>

#include <cstdlib>
#include <ctime>

namespace briefbook::cli {

namespace {
/// How often the waiting thread looks whether the guard is closing (sigtimedwait's timeout).
constexpr long kPollNanoseconds = 50'000'000;
}  // namespace

InterruptGuard::InterruptGuard() {
    sigemptyset(&signals_);
    for (const int number : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction current {};
        if (sigaction(number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        sigaddset(&signals_, number);
    }
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_mask_);
    waiter_ = std::thread([this] { wait_for_signals(); });
}

InterruptGuard::~InterruptGuard() {
    closing_.store(true);
    if (waiter_.joinable()) waiter_.join();
    pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

void InterruptGuard::on_interrupt(std::function<void(int)> callback) {
    std::lock_guard lock(callback_mutex_);
    callback_ = std::move(callback);
}

void InterruptGuard::wait_for_signals() {
    const timespec timeout{0, kPollNanoseconds};
    while (!closing_.load()) {
        const int number = sigtimedwait(&signals_, nullptr, &timeout);
        if (number < 0) continue;  // EAGAIN (timeout) or EINTR
        if (signal_.load() == 0) signal_.store(number);
        if (requested_.exchange(true)) continue;  // a second signal: already stopping
        std::lock_guard lock(callback_mutex_);
        if (callback_) callback_(number);
    }
}

void InterruptGuard::exit_by_signal() {
    closing_.store(true);
    if (waiter_.joinable()) waiter_.join();
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
