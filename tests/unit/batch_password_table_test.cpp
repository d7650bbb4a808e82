#include <gtest/gtest.h>

#include "batch/password_table.hpp"

namespace briefbook::batch {
namespace {

TEST(PasswordTable, ReadsOnePasswordPerPerson) {
    const auto table = parse_password_table(
        "# delegation, March\n"
        "song-ruilin\tcorrect horse\n"
        "\n"
        "li-wei\tp\tw with tab\r\n"
        "zhao-min\t#not-a-comment");
    EXPECT_TRUE(table.problems.empty());
    ASSERT_EQ(table.by_person.size(), 3u);
    EXPECT_EQ(table.by_person.at("song-ruilin"), "correct horse")
        << "spaces belong to the password";
    EXPECT_EQ(table.by_person.at("li-wei"), "p\tw with tab")
        << "split at the first tab; CR dropped";
    EXPECT_EQ(table.by_person.at("zhao-min"), "#not-a-comment");
}

TEST(PasswordTable, ProblemsNameTheLineButQuoteNothing) {
    const auto table = parse_password_table(
        "hunter2\n"             // 1: no tab (perhaps a bare password)
        "\tsecret-one\n"        // 2: no id
        "song-ruilin\t\n"       // 3: no password
        "li-wei\tsecret-two\n"  // 4
        "li-wei\tsecret-three\n");
    ASSERT_EQ(table.problems.size(), 4u);
    EXPECT_EQ(table.problems[0], "line 1: expected PERSON_ID<TAB>PASSWORD (no tab on the line)");
    EXPECT_EQ(table.problems[1], "line 2: no person id before the tab");
    EXPECT_EQ(table.problems[2], "line 3: empty password");
    EXPECT_EQ(table.problems[3], "line 5: a second password for the person of line 4");
    for (const auto& problem : table.problems)
        for (const char* secret : {"hunter2", "secret", "song-ruilin", "li-wei"})
            EXPECT_EQ(problem.find(secret), std::string::npos) << problem;
    EXPECT_EQ(table.by_person.at("li-wei"), "secret-two") << "the first line for a person counts";
}

TEST(PasswordTable, EmptyTextIsAnEmptyTable) {
    const auto table = parse_password_table("");
    EXPECT_TRUE(table.by_person.empty());
    EXPECT_TRUE(table.problems.empty());
}

}  // namespace
}  // namespace briefbook::batch
