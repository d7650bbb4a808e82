#include <gtest/gtest.h>

#include "batch/name_pattern.hpp"

namespace briefbook::batch {
namespace {

NamePattern parse_ok(std::string_view text) {
    std::string problem;
    auto pattern = NamePattern::parse(text, problem);
    EXPECT_TRUE(pattern) << text << ": " << problem;
    return pattern ? *pattern : *NamePattern::parse("{id}", problem);
}

std::string parse_problem(std::string_view text) {
    std::string problem;
    EXPECT_FALSE(NamePattern::parse(text, problem)) << text;
    return problem;
}

NameFields song() {
    return {"song-ruilin", "Song", "Ruilin", "SONG Ruilin", "delegation-40"};
}

TEST(NamePattern, ExpandsEveryField) {
    EXPECT_EQ(parse_ok("{id}.pdf").expand(song()), "song-ruilin.pdf");
    EXPECT_EQ(parse_ok("{family}-{given}.pdf").expand(song()), "Song-Ruilin.pdf");
    EXPECT_EQ(parse_ok("{name}.pdf").expand(song()), "SONG Ruilin.pdf");
    EXPECT_EQ(parse_ok("{briefing}-{id}.pdf").expand(song()), "delegation-40-song-ruilin.pdf");
}

TEST(NamePattern, BracesEscapeAndFieldsAreReported) {
    const auto pattern = parse_ok("{{{briefing}}}-{id}.pdf");
    EXPECT_EQ(pattern.expand(song()), "{delegation-40}-song-ruilin.pdf");
    EXPECT_TRUE(pattern.uses(NamePattern::Field::kBriefing));
    EXPECT_TRUE(pattern.uses(NamePattern::Field::kId));
    EXPECT_FALSE(pattern.uses(NamePattern::Field::kFamily));
}

TEST(NamePattern, RefusesWhatCannotNameBooks) {
    EXPECT_NE(parse_problem("{surname}.pdf").find("unknown field '{surname}'"), std::string::npos);
    EXPECT_NE(parse_problem("{id.pdf").find("unbalanced '{'"), std::string::npos);
    EXPECT_NE(parse_problem("id}.pdf").find("unbalanced '}'"), std::string::npos);
    EXPECT_NE(parse_problem("out/{id}.pdf").find("folder separator"), std::string::npos);
    EXPECT_NE(parse_problem("book.pdf").find("no field"), std::string::npos);
}

TEST(NamePattern, FieldValuesAreMadeFileNameSafe) {
    NameFields fields = song();
    fields.family = "../../etc/passwd";
    fields.given =
        "a\tb\x7f"
        "c";
    EXPECT_EQ(parse_ok("{family}_{given}.pdf").expand(fields), ".._.._etc_passwd_a_b_c.pdf");
}

TEST(FileNameSafe, KeepsLettersOfEveryScript) {
    EXPECT_EQ(file_name_safe("宋瑞霖"), "宋瑞霖");
    EXPECT_EQ(file_name_safe("村上 伸夫"), "村上 伸夫");
    EXPECT_EQ(file_name_safe("Müller-Lüdenscheidt, Ö."), "Müller-Lüdenscheidt, Ö.");
}

TEST(FileNameSafe, ReplacesSeparatorsControlsAndSpoofingCharacters) {
    EXPECT_EQ(file_name_safe("a/b\\c"), "a_b_c");
    EXPECT_EQ(file_name_safe(std::string("a\0b", 3)), "a_b");
    EXPECT_EQ(file_name_safe("a\nb\rc"), "a_b_c");
    EXPECT_EQ(file_name_safe("a\xc2\x85"
                             "b"),
              "a_b")
        << "C1 control NEL";
    EXPECT_EQ(file_name_safe("x\xe2\x80\xae"
                             "fdp.exe"),
              "x_fdp.exe")
        << "right-to-left override";
    EXPECT_EQ(file_name_safe("a<b>c:d\"e|f?g*h"), "a_b_c_d_e_f_g_h");
    EXPECT_EQ(file_name_safe("bad\xff\xfe"
                             "utf8"),
              "bad__utf8");
    EXPECT_EQ(file_name_safe("\xe5\xae"), "__") << "a truncated sequence";
}

TEST(FileNameProblem, EmptyDotsAndOverlongNames) {
    EXPECT_TRUE(file_name_problem(""));
    EXPECT_TRUE(file_name_problem("."));
    EXPECT_TRUE(file_name_problem(".."));
    EXPECT_TRUE(file_name_problem(std::string(256, 'a')));
    EXPECT_FALSE(file_name_problem(std::string(255, 'a')));
    EXPECT_FALSE(file_name_problem("宋瑞霖.pdf"));
}

}  // namespace
}  // namespace briefbook::batch
