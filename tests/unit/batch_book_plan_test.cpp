#include <gtest/gtest.h>

#include <algorithm>

#include "batch/book_plan.hpp"
#include "briefbook/load.hpp"

namespace briefbook::batch {
namespace {

/// A briefing with three delegates (one with only a Chinese name), two hosts and one other.
model::Briefing people_briefing(const std::string& file = "trip.xml") {
    const std::string xml = R"(<briefing version="1">
  <meta><title>T</title><timezone>Asia/Tokyo</timezone></meta>
  <people>
    <person id="li-wei" side="delegation" precedence="2">
      <name family="Li" given="Wei"/><name xml:lang="zh-Hans" family="李" given="伟"/>
    </person>
    <person id="song-ruilin" side="delegation" precedence="1">
      <name family="Song" given="Ruilin"/><name xml:lang="zh-Hans" family="宋" given="瑞霖"/>
    </person>
    <person id="wang-fang" side="delegation">
      <name xml:lang="zh-Hans" family="王" given="芳"/>
    </person>
    <person id="sato-ken" side="host"><name family="Sato" given="Ken"/></person>
    <person id="li-host" side="host"><name family="Li" given="Na"/></person>
    <person id="guide" side="other"><name>Anna Berg</name></person>
  </people>
</briefing>
)";
    Diagnostics diagnostics;
    auto briefing = load_briefing_from_memory(xml, file, ".", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    return briefing;
}

NamePattern pattern(std::string_view text) {
    std::string problem;
    return *NamePattern::parse(text, problem);
}

std::vector<std::string> destinations(const BookPlan& plan) {
    std::vector<std::string> out;
    for (const auto& book : plan.books) out.push_back(book.destination.string());
    return out;
}

TEST(BookPlan, OneBookPerDelegateInPrecedenceOrder) {
    const auto briefing = people_briefing();
    const std::vector<BatchInput> inputs{{&briefing, "trip"}};
    const auto plan = plan_books(inputs, {EachSide::kDelegation, "", pattern("{id}.pdf"), "out"});
    EXPECT_TRUE(plan.problems.empty());
    EXPECT_EQ(destinations(plan), (std::vector<std::string>{"out/song-ruilin.pdf", "out/li-wei.pdf",
                                                            "out/wang-fang.pdf"}));
    EXPECT_EQ(plan.books[0].person, "song-ruilin");
}

TEST(BookPlan, AllSidesDelegationThenHostThenOthers) {
    const auto briefing = people_briefing();
    const std::vector<BatchInput> inputs{{&briefing, "trip"}};
    const auto plan = plan_books(inputs, {EachSide::kAll, "", pattern("{id}"), "o"});
    EXPECT_EQ(destinations(plan),
              (std::vector<std::string>{"o/song-ruilin", "o/li-wei", "o/wang-fang", "o/sato-ken",
                                        "o/li-host", "o/guide"}));
}

TEST(BookPlan, NameFieldsAreRomanizedWhereThereIsARomanization) {
    const auto briefing = people_briefing();
    const std::vector<BatchInput> inputs{{&briefing, "trip"}};
    const auto plan = plan_books(
        inputs, {EachSide::kDelegation, "", pattern("{name} ({family}, {given}).pdf"), "o"});
    EXPECT_EQ(destinations(plan),
              (std::vector<std::string>{"o/SONG Ruilin (Song, Ruilin).pdf",
                                        "o/LI Wei (Li, Wei).pdf", "o/王芳 (王, 芳).pdf"}));
}

TEST(BookPlan, CollisionsAreFoundBeforeAnyWork) {
    const auto briefing = people_briefing();
    const std::vector<BatchInput> inputs{{&briefing, "trip"}};
    const auto plan = plan_books(inputs, {EachSide::kAll, "", pattern("{family}.pdf"), "o"});
    EXPECT_TRUE(plan.books.empty()) << "nothing is built when a name is taken twice";
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0],
              "--name '{family}.pdf' gives o/Li.pdf to both the book of 'li-wei' from trip.xml and "
              "the book of "
              "'li-host' from trip.xml");
}

TEST(BookPlan, SeveralInputsCollideUnlessTheBriefingIsInTheName) {
    const auto first = people_briefing("march.xml");
    const auto second = people_briefing("april.xml");
    const std::vector<BatchInput> inputs{{&first, "march"}, {&second, "april"}};
    const auto clash = plan_books(inputs, {EachSide::kHost, "", pattern("{id}.pdf"), "o"});
    ASSERT_EQ(clash.problems.size(), 2u);
    EXPECT_NE(clash.problems[0].find("(add {briefing} to --name)"), std::string::npos)
        << clash.problems[0];
    const auto plan =
        plan_books(inputs, {EachSide::kHost, "", pattern("{briefing}-{id}.pdf"), "o"});
    EXPECT_TRUE(plan.problems.empty());
    EXPECT_EQ(destinations(plan),
              (std::vector<std::string>{"o/march-sato-ken.pdf", "o/march-li-host.pdf",
                                        "o/april-sato-ken.pdf", "o/april-li-host.pdf"}));
    EXPECT_EQ(plan.books[2].input, 1u);
}

TEST(BookPlan, OneBookPerInputWithoutEach) {
    const auto first = people_briefing("march.xml");
    const auto second = people_briefing("april.xml");
    const std::vector<BatchInput> inputs{{&first, "march"}, {&second, "april"}};
    const auto whole = plan_books(inputs, {std::nullopt, "", pattern("{briefing}.pdf"), "o"});
    EXPECT_EQ(destinations(whole), (std::vector<std::string>{"o/march.pdf", "o/april.pdf"}));
    EXPECT_TRUE(whole.books[0].person.empty());
    const auto for_one =
        plan_books(inputs, {std::nullopt, "sato-ken", pattern("{briefing}-{family}.pdf"), "o"});
    EXPECT_EQ(destinations(for_one),
              (std::vector<std::string>{"o/march-Sato.pdf", "o/april-Sato.pdf"}));
    EXPECT_EQ(for_one.books[1].person, "sato-ken");
}

TEST(BookPlan, ProblemsStopTheWholeBatch) {
    const auto briefing = people_briefing();
    const std::vector<BatchInput> inputs{{&briefing, "trip"}};
    auto plan = plan_books(inputs, {std::nullopt, "", pattern("{id}.pdf"), "o"});
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0],
              "--name uses {id}, but the books are not personalised (use --each or --for)");
    plan = plan_books(inputs, {std::nullopt, "nobody", pattern("{id}.pdf"), "o"});
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0], "trip.xml: no person with id 'nobody' (--for)");

    Diagnostics diagnostics;
    const auto empty = load_briefing_from_memory(
        "<briefing version=\"1\"><meta><title>T</title></meta><people/></briefing>", "empty.xml",
        ".", diagnostics);
    const std::vector<BatchInput> none{{&empty, "empty"}};
    plan = plan_books(none, {EachSide::kHost, "", pattern("{id}.pdf"), "o"});
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0], "empty.xml: nobody on the host side (--each host)");
    EXPECT_TRUE(plan.books.empty());
}

TEST(BookPlan, NamesThatAreNotFileNamesAreProblems) {
    const auto briefing = people_briefing();
    const std::vector<BatchInput> inputs{{&briefing, "trip"}};
    const auto plan =
        plan_books(inputs, {EachSide::kHost, "", pattern(std::string(250, 'x') + "{id}.pdf"), "o"});
    ASSERT_EQ(plan.problems.size(), 2u);
    EXPECT_NE(plan.problems[0].find("longer than 255 bytes"), std::string::npos)
        << plan.problems[0];
}

}  // namespace
}  // namespace briefbook::batch
