#include "briefbook/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "briefbook/diagnostics.hpp"

namespace briefbook {

namespace {

std::filesystem::path folder_of(const std::filesystem::path& destination) {
    auto folder = destination.parent_path();
    return folder.empty() ? std::filesystem::path(".") : folder;
}

/// A temporary file beside the destination, removed unless committed.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::filesystem::path& destination) {
        std::string pattern = (folder_of(destination) / ("." + destination.filename().string() + ".XXXXXX")).string();
        fd_ = mkstemp(pattern.data());
        if (fd_ < 0) fail(destination, "cannot create a file in " + folder_of(destination).string());
        path_ = pattern;
    }
    ~TemporaryFile() {
        if (fd_ >= 0) close(fd_);
        if (!committed_) unlink(path_.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    void write_all(const std::filesystem::path& destination, std::string_view bytes) {
        const char* data = bytes.data();
        std::size_t left = bytes.size();
        while (left > 0) {
            const ssize_t written = ::write(fd_, data, left);
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) fail(destination, "cannot write");
            data += written;
            left -= static_cast<std::size_t>(written);
        }
        if (fsync(fd_) != 0) fail(destination, "cannot write");
        const int fd = fd_;
        fd_ = -1;
        if (close(fd) != 0) fail(destination, "cannot write");
        // mkstemp creates 0600; a book is an ordinary document: honour the umask like fopen.
        const mode_t mask = umask(0);
        umask(mask);
        chmod(path_.c_str(), 0666 & ~mask);
    }

    void commit(const std::filesystem::path& destination) {
        if (std::rename(path_.c_str(), destination.c_str()) != 0) fail(destination, "cannot rename into place");
        committed_ = true;
    }

    [[noreturn]] static void fail(const std::filesystem::path& destination, const std::string& what) {
        throw Error(destination.string() + ": " + what + ": " + std::strerror(errno), "io.write-failed");
    }

private:
    int fd_ = -1;
    std::string path_;
    bool committed_ = false;
};

}  // namespace

void check_writable(const std::filesystem::path& destination) {
    std::error_code ec;
    const auto folder = folder_of(destination);
    if (!std::filesystem::is_directory(folder, ec))
        throw Error(destination.string() + ": folder " + folder.string() + " does not exist", "io.unwritable");
    if (std::filesystem::is_directory(destination, ec))
        throw Error(destination.string() + ": is a folder, not a file name", "io.unwritable");
    // Renaming over a device or pipe (/dev/full, /dev/stdout) would replace it, not write to it.
    if (std::filesystem::exists(destination, ec) && !std::filesystem::is_regular_file(destination, ec))
        throw Error(destination.string() + ": not a regular file", "io.unwritable");
    if (access(folder.c_str(), W_OK) != 0)
        throw Error(destination.string() + ": cannot write in " + folder.string() + ": " + std::strerror(errno),
                    "io.unwritable");
}

void write_file_atomically(const std::filesystem::path& destination, std::string_view bytes) {
    check_writable(destination);
    TemporaryFile file(destination);
    file.write_all(destination, bytes);
    file.commit(destination);
}

}  // namespace briefbook
