#include <gtest/gtest.h>

#include "text/language.hpp"

namespace briefbook::text {
namespace {

TEST(TextLanguage, MapsTagsToFontLanguageKeys) {
    EXPECT_EQ(font_language_key("ja"), "ja");
    EXPECT_EQ(font_language_key("ja-JP"), "ja");
    EXPECT_EQ(font_language_key("KO-kr"), "ko");
    EXPECT_EQ(font_language_key("zh"), "zh-Hans");
    EXPECT_EQ(font_language_key("zh-CN"), "zh-Hans");
    EXPECT_EQ(font_language_key("zh-Hans-HK"),
              "zh-Hans");  // the script subtag wins over the region
    EXPECT_EQ(font_language_key("zh-TW"), "zh-Hant");
    EXPECT_EQ(font_language_key("zh_HK"), "zh-Hant");
    EXPECT_EQ(font_language_key("zh-Hant"), "zh-Hant");
    EXPECT_EQ(font_language_key("yue"), "zh-Hant");
    EXPECT_EQ(font_language_key("en"), "");
    EXPECT_EQ(font_language_key(""), "");
    EXPECT_EQ(font_language_key("jam"), "");  // a prefix is not a language
    EXPECT_TRUE(is_cjk_language("zh-Hant-TW"));
    EXPECT_FALSE(is_cjk_language("en-GB"));
}

}  // namespace
}  // namespace briefbook::text
