#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "briefbook/engine.hpp"
#include "briefbook/load.hpp"

namespace briefbook {
namespace {

const std::filesystem::path kSource = BRIEFBOOK_TEST_SOURCE_DIR;

/// A batch's sharing, checked: several threads building books from one Engine and one parsed
/// briefing at once get exactly the bytes a lone build gets (ThreadSanitizer runs this too).
TEST(BatchEngineThreads, ConcurrentBuildsFromOneEngineMatchLoneBuilds) {
    Diagnostics load_diagnostics;
    const auto briefing =
        load_briefing(kSource / "tests/data/model/valid-full.xml", load_diagnostics);
    ASSERT_FALSE(load_diagnostics.has_errors());
    const std::vector<std::string> people = {"song-ruilin", "nobuo-murakami", "sean-shan", ""};

    // Alone: a fresh engine per book, so no cache is shared.
    std::vector<std::string> alone;
    for (const auto& person : people) {
        const Engine engine(kSource);
        BuildOptions options;
        options.for_person = person;
        options.watermark = !person.empty();
        Diagnostics diagnostics;
        const auto book = engine.build(briefing, options, diagnostics);
        ASSERT_TRUE(book) << person;
        alone.push_back(book->pdf);
    }

    // Together: one engine, every book twice, on as many threads at once.
    const Engine engine(kSource);
    std::vector<std::string> together(people.size() * 2);
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < together.size(); ++i)
            threads.emplace_back([&, i] {
                BuildOptions options;
                options.for_person = people[i % people.size()];
                options.watermark = !options.for_person.empty();
                Diagnostics diagnostics;
                if (const auto book = engine.build(briefing, options, diagnostics))
                    together[i] = book->pdf;
            });
    }
    for (std::size_t i = 0; i < together.size(); ++i) {
        ASSERT_FALSE(together[i].empty()) << "book " << i << " failed";
        EXPECT_TRUE(together[i] == alone[i % people.size()])
            << "book of '" << people[i % people.size()] << "' differs when built beside others";
    }
    EXPECT_FALSE(alone[0] == alone[1]) << "two people's books should differ";
}

}  // namespace
}  // namespace briefbook
