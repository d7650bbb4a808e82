#include <gtest/gtest.h>

#include "book/person_names.hpp"

namespace briefbook::book {
namespace {

model::PersonName name(std::string lang, std::string family, std::string given,
                       model::PersonName::Order order = model::PersonName::Order::kDefault) {
    model::PersonName n;
    n.lang = std::move(lang);
    n.family = std::move(family);
    n.given = std::move(given);
    n.order = order;
    return n;
}

TEST(PersonNames, RomanizedChineseNameIsFamilyFirstInCapitals) {
    model::Person song;
    song.names = {name("en", "Song", "Ruilin"), name("zh-Hans", "宋", "瑞霖")};
    const auto shown = display_name(song, "en");
    EXPECT_EQ(shown.primary, "SONG Ruilin");
    EXPECT_EQ(shown.native, "宋瑞霖");
    EXPECT_EQ(shown.native_lang, "zh-Hans");
}

TEST(PersonNames, WesternNameIsGivenFirstWithTheFamilyNameInCapitals) {
    model::Person weber;
    weber.names = {name("en", "Weber", "Christophe")};
    EXPECT_EQ(display_name(weber, "en").primary, "Christophe WEBER");
    EXPECT_TRUE(display_name(weber, "en").native.empty());
}

TEST(PersonNames, OrderAttributeOverrides) {
    model::Person murakami;
    murakami.names = {name("en", "Murakami", "Nobuo", model::PersonName::Order::kFamilyFirst)};
    EXPECT_EQ(display_name(murakami, "en").primary, "MURAKAMI Nobuo");
    EXPECT_EQ(format_name(name("en", "Shan", "Sean", model::PersonName::Order::kGivenFirst), true), "Sean SHAN");
}

TEST(PersonNames, PlainNamesPrintAsWritten) {
    model::PersonName plain;
    plain.lang = "en";
    plain.plain = "Nobuo Murakami";
    EXPECT_EQ(format_name(plain, true), "Nobuo Murakami");
}

TEST(PersonNames, AChineseBookShowsTheNativeNameFirst) {
    model::Person song;
    song.names = {name("en", "Song", "Ruilin"), name("zh-Hans", "宋", "瑞霖")};
    const auto shown = display_name(song, "zh-Hans");
    EXPECT_EQ(shown.primary, "宋瑞霖");
    EXPECT_EQ(shown.native, "SONG Ruilin");
}

TEST(PersonNames, PrecedenceOrdersASideAndFileOrderBreaksTies) {
    std::vector<model::Person> people(4);
    people[0].id.value = "c"; people[0].side = model::Side::kDelegation;
    people[1].id.value = "b"; people[1].side = model::Side::kDelegation; people[1].precedence = 2;
    people[2].id.value = "h"; people[2].side = model::Side::kHost; people[2].precedence = 1;
    people[3].id.value = "a"; people[3].side = model::Side::kDelegation; people[3].precedence = 1;
    const auto ordered = in_precedence_order(people, model::Side::kDelegation);
    ASSERT_EQ(ordered.size(), 3u);
    EXPECT_EQ(ordered[0]->id.value, "a");
    EXPECT_EQ(ordered[1]->id.value, "b");
    EXPECT_EQ(ordered[2]->id.value, "c");
}

}  // namespace
}  // namespace briefbook::book
