// The plain runner of a fuzz target: feeds every file of the corpus folders (or files) named on
// the command line to LLVMFuzzerTestOneInput, in name order, so that the corpora replay under
// ctest in every build, with or without sanitizers. A crash or sanitizer report fails the test;
// ctest's timeout catches a hang. Prints each file before running it (the last one printed is
// the culprit) when BRIEFBOOK_FUZZ_VERBOSE is set, and the slowest input at the end.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(int argc, char** argv) {
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg = argv[i];
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else if (fs::is_regular_file(arg)) {
            files.push_back(arg);
        } else {
            std::cerr << arg.string() << ": no such file or folder\n";
            std::exit(2);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " CORPUS_FOLDER_OR_FILE...\n";
        return 2;
    }
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    const bool verbose = std::getenv("BRIEFBOOK_FUZZ_VERBOSE") != nullptr;
    const auto files = inputs(argc, argv);
    if (files.empty()) {
        std::cerr << "no inputs: an empty corpus replays nothing\n";
        return 1;
    }
    double slowest = 0;
    fs::path slowest_file;
    for (const auto& file : files) {
        if (verbose) std::cerr << file.string() << "\n";
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > slowest) {
            slowest = seconds;
            slowest_file = file;
        }
    }
    std::cout << files.size() << " inputs replayed; slowest " << slowest_file.filename().string() << " ("
              << static_cast<int>(slowest * 1000) << " ms)\n";
    return 0;
}
