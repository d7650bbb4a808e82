#include "cli/terminal_prompt.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <string.h>
#include <cerrno>
#include <cstring>

#include "briefbook/diagnostics.hpp"

namespace briefbook::cli {

namespace {

/// How long one wait for input lasts before looking at the stop flag again.
constexpr int kPollMilliseconds = 100;

/// The controlling terminal, open for reading and writing, with echo off until destroyed.
class SilentTerminal {
  public:
    SilentTerminal() {
        fd_ = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd_ < 0)
            throw Error(std::string("cannot ask for a password: no terminal (") +
                            std::strerror(errno) +
                            "); use --password-env NAME or --password-file FILE",
                        "password.no-terminal");
        if (tcgetattr(fd_, &saved_) != 0) {
            close(fd_);
            throw Error("cannot ask for a password: /dev/tty is not a terminal",
                        "password.no-terminal");
        }
        termios silent = saved_;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK);
        silent.c_lflag |= ECHONL;  // the Enter key still moves to the next line
        tcsetattr(fd_, TCSAFLUSH, &silent);
    }
    ~SilentTerminal() {
        tcsetattr(fd_, TCSAFLUSH, &saved_);
        close(fd_);
    }
    SilentTerminal(const SilentTerminal&) = delete;
    SilentTerminal& operator=(const SilentTerminal&) = delete;

    void write_text(std::string_view text) const {
        while (!text.empty()) {
            const ssize_t written = ::write(fd_, text.data(), text.size());
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) return;
            text.remove_prefix(static_cast<std::size_t>(written));
        }
    }
    [[nodiscard]] int fd() const { return fd_; }

  private:
    int fd_ = -1;
    termios saved_{};
};

}  // namespace

std::optional<std::string> read_secret(std::string_view prompt, const std::atomic<bool>& stop) {
    SilentTerminal terminal;
    terminal.write_text(prompt);
    std::string line;
    line.reserve(1024);  // no reallocation leaving copies of a typed secret behind in freed memory
    char buffer[256];
    for (;;) {
        if (stop.load()) {
            terminal.write_text("\n");
            explicit_bzero(line.data(), line.size());
            return std::nullopt;
        }
        pollfd ready{terminal.fd(), POLLIN, 0};
        const int polled = poll(&ready, 1, kPollMilliseconds);
        if (polled == 0 || (polled < 0 && errno == EINTR)) continue;
        const ssize_t got = read(terminal.fd(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {  // end of input
            explicit_bzero(line.data(), line.size());
            return std::nullopt;
        }
        line.append(buffer, static_cast<std::size_t>(got));
        explicit_bzero(buffer, sizeof buffer);
        if (const std::size_t end = line.find('\n'); end != std::string::npos) {
            std::string secret = line.substr(0, end);
            explicit_bzero(line.data(), line.size());
            return secret;
        }
    }
}

}  // namespace briefbook::cli
