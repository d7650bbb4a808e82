#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <iterator>

#include "briefbook/diagnostics.hpp"
#include "briefbook/output_file.hpp"

namespace briefbook {
namespace {

std::filesystem::path scratch(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("briefbook-output-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    return dir / name;
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(OutputFile, WritesAndReplacesAtomically) {
    const auto path = scratch("book.pdf");
    write_file_atomically(path, "first");
    write_file_atomically(path, "second version");
    EXPECT_EQ(read(path), "second version");
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path()))
        EXPECT_EQ(entry.path().filename().string().find(".book.pdf."), std::string::npos) << "temporary file left";
}

TEST(OutputFile, RefusesAMissingFolderBeforeAnyWork) {
    EXPECT_THROW(check_writable("/nonexistent-folder/book.pdf"), Error);
    try {
        check_writable("/nonexistent-folder/book.pdf");
    } catch (const Error& error) {
        EXPECT_EQ(error.code(), "io.unwritable");
    }
}

TEST(OutputFile, RefusesDevicesInsteadOfReplacingThem) {
    EXPECT_THROW(check_writable("/dev/full"), Error);
    EXPECT_THROW(write_file_atomically("/dev/full", "x"), Error);
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/full"));
}

TEST(OutputFile, AFullDiskLeavesNeitherAPartialFileNorATemporaryOne) {
    // A file size limit makes write() fail as a full disk would; run it in a child so the limit
    // does not touch the test process.
    const auto path = scratch("full.pdf");
    std::filesystem::remove(path);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        rlimit limit{4096, 4096};
        setrlimit(RLIMIT_FSIZE, &limit);
        try {
            write_file_atomically(path, std::string(1 << 20, 'x'));
        } catch (const Error& error) {
            _exit(error.code() == "io.write-failed" ? 42 : 1);
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 42) << "the write should have failed with io.write-failed";
    EXPECT_FALSE(std::filesystem::exists(path));
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path()))
        EXPECT_EQ(entry.path().filename().string().find(".full.pdf."), std::string::npos) << "temporary file left";
}

}  // namespace
}  // namespace briefbook
