#include <gtest/gtest.h>

#include "model/collapse_white_space.hpp"

namespace briefbook::model {
namespace {

InlinePiece text(std::string value, bool bold = false) {
    InlinePiece piece;
    piece.text = std::move(value);
    piece.lang = "en";
    piece.bold = bold;
    return piece;
}

InlinePiece ref(std::string to) {
    InlinePiece piece;
    piece.kind = InlinePiece::Kind::kRef;
    piece.ref_to = std::move(to);
    piece.lang = "en";
    return piece;
}

InlinePiece line_break() {
    InlinePiece piece;
    piece.kind = InlinePiece::Kind::kLineBreak;
    piece.lang = "en";
    return piece;
}

std::vector<std::string> texts(const std::vector<InlinePiece>& pieces) {
    std::vector<std::string> out;
    for (const auto& piece : pieces) {
        out.push_back(piece.kind == InlinePiece::Kind::kText   ? piece.text
                      : piece.kind == InlinePiece::Kind::kRef ? "<ref " + piece.ref_to + ">"
                                                              : "<br>");
    }
    return out;
}

TEST(CollapseWhiteSpace, CollapsesRunsAndTrimsTheEnds) {
    EXPECT_EQ(collapse_white_space("  Hello,\n\t  world  \n"), "Hello, world");
    EXPECT_EQ(collapse_white_space(" \n "), "");
    EXPECT_EQ(collapse_white_space("a\u00a0 b"), "a\u00a0 b");          // no-break space is not white space
    EXPECT_EQ(collapse_white_space("全角\u3000空白"), "全角\u3000空白");  // nor is the ideographic space
}

TEST(CollapseWhiteSpace, LineBreakBetweenCjkCharactersDisappears) {
    EXPECT_EQ(collapse_white_space("日本製薬\n    工業協会"), "日本製薬工業協会");
    EXPECT_EQ(collapse_white_space("にほん\n  ご"), "にほんご");                // kana
    EXPECT_EQ(collapse_white_space("会議。\n次に"), "会議。次に");              // CJK punctuation
    EXPECT_EQ(collapse_white_space("ＡＢＣ\nＤＥＦ"), "ＡＢＣＤＥＦ");           // full-width forms
}

TEST(CollapseWhiteSpace, OtherSpacesStay) {
    EXPECT_EQ(collapse_white_space("日本 製薬"), "日本 製薬");          // a space typed on one line is meant
    EXPECT_EQ(collapse_white_space("Tokyo\n東京"), "Tokyo 東京");      // Latin on one side
    EXPECT_EQ(collapse_white_space("東京\nTokyo"), "東京 Tokyo");
    EXPECT_EQ(collapse_white_space("서울\n부산"), "서울 부산");          // Korean spaces its words
}

TEST(CollapseWhiteSpace, WorksAcrossPiecesAndPutsTheSpaceWhereTheRunBegan) {
    std::vector<InlinePiece> pieces = {text("Meet "), text(" the", true), text("  "), text(" team ")};
    collapse_white_space(pieces);
    // The run between "Meet" and "the" began in the first piece, so its space is there; the run
    // before "team" began in the blank third piece, which keeps it and merges with "team".
    EXPECT_EQ(texts(pieces), (std::vector<std::string>{"Meet ", "the", " team"}));
    EXPECT_TRUE(pieces[1].bold);
    EXPECT_FALSE(pieces[2].bold);
}

TEST(CollapseWhiteSpace, CjkRuleAppliesAcrossPieces) {
    std::vector<InlinePiece> pieces = {text("日本製薬\n"), text("  工業協会", true)};
    collapse_white_space(pieces);
    EXPECT_EQ(texts(pieces), (std::vector<std::string>{"日本製薬", "工業協会"}));
}

TEST(CollapseWhiteSpace, MergesNeighboursOfTheSameStyle) {
    std::vector<InlinePiece> pieces = {text("a "), text("b"), text(" c", true)};
    pieces[1].position = {9, 9};
    pieces[0].position = {1, 2};
    collapse_white_space(pieces);
    ASSERT_EQ(texts(pieces), (std::vector<std::string>{"a b", " c"}));
    EXPECT_EQ(pieces[0].position, (TextPosition{1, 2}));  // the first piece's position stands
}

TEST(CollapseWhiteSpace, RefIsAWord) {
    std::vector<InlinePiece> pieces = {text("see\n"), ref("jpma"), text("\nfor more")};
    collapse_white_space(pieces);
    EXPECT_EQ(texts(pieces), (std::vector<std::string>{"see ", "<ref jpma>", " for more"}));
    std::vector<InlinePiece> leading = {text("  "), ref("jpma"), text(" ")};
    collapse_white_space(leading);
    EXPECT_EQ(texts(leading), (std::vector<std::string>{"<ref jpma>"}));
}

TEST(CollapseWhiteSpace, NoSpaceAroundALineBreak) {
    std::vector<InlinePiece> pieces = {text("first line  "), line_break(), text("\n  second line")};
    collapse_white_space(pieces);
    EXPECT_EQ(texts(pieces), (std::vector<std::string>{"first line", "<br>", "second line"}));
}

TEST(CollapseWhiteSpace, KnowsCjkCharacters) {
    for (const char32_t c : {U'日', U'の', U'カ', U'。', U'「', U'Ａ', U'ｶ', U'㐀', U'\U00020000', U'ㄅ'}) {
        EXPECT_TRUE(is_cjk(c)) << static_cast<unsigned>(c);
    }
    for (const char32_t c : {U'a', U'1', U' ', U'한', U'é', U'—', U'\u00a0'}) {
        EXPECT_FALSE(is_cjk(c)) << static_cast<unsigned>(c);
    }
}

}  // namespace
}  // namespace briefbook::model
