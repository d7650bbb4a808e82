// Generated labels: each language's file is complete and valid, lookup follows the book's
// language tag, and what is missing falls back to English with a warning.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "layout_test_support.hpp"
#include "layout/labels.hpp"
#include "layout/language_tag.hpp"
#include "layout/running_text.hpp"

namespace briefbook::layout {
namespace {

namespace fs = std::filesystem;

/// A data folder holding only the label files given, for fallback tests.
fs::path data_dir_with(const std::string& test, const std::vector<std::pair<std::string, std::string>>& files) {
    const auto dir = layout_test::scratch_dir("labels-" + test);
    fs::create_directories(dir / "layouts" / "labels");
    fs::copy_file(layout_test::kDataDir / "layouts" / "labels" / "en.xml", dir / "layouts" / "labels" / "en.xml");
    for (const auto& [name, text] : files) std::ofstream(dir / "layouts" / "labels" / name) << text;
    return dir;
}

TEST(LayoutLabels, LanguageCandidatesComeFromLikelySubtags) {
    EXPECT_EQ(language_candidates("zh-TW"), (std::vector<std::string>{"zh-TW", "zh-Hant-TW", "zh-Hant", "zh"}));
    EXPECT_EQ(language_candidates("zh"), (std::vector<std::string>{"zh", "zh-Hans-CN", "zh-Hans"}));
    EXPECT_EQ(language_candidates("JA"), (std::vector<std::string>{"ja", "ja-Jpan-JP", "ja-Jpan"}));
    EXPECT_TRUE(language_candidates("").empty());
    EXPECT_TRUE(language_candidates("not a tag").empty());
}

TEST(LayoutLabels, EveryLanguageFileIsCompleteAndValid) {
    const auto languages = available_label_languages(layout_test::kDataDir);
    EXPECT_EQ(languages, (std::vector<std::string>{"en", "ja", "zh-Hans", "zh-Hant"}));
    for (const auto& language : languages) {
        Diagnostics diagnostics;
        const auto labels = load_labels(language, layout_test::kDataDir, diagnostics);
        EXPECT_TRUE(diagnostics.all().empty()) << language << ":\n" << layout_test::printed(diagnostics);
        EXPECT_EQ(labels.language, language);
        ASSERT_EQ(labels.texts.size(), kLabelCount);
        for (std::size_t i = 0; i < kLabelCount; ++i) EXPECT_FALSE(labels.texts[i].empty()) << language << " " << i;
    }
}

TEST(LayoutLabels, LabelsInEachLanguage) {
    Diagnostics diagnostics;
    const auto en = load_labels("en", layout_test::kDataDir, diagnostics);
    const auto ja = load_labels("ja", layout_test::kDataDir, diagnostics);
    const auto zh = load_labels("zh-Hans", layout_test::kDataDir, diagnostics);
    ASSERT_TRUE(diagnostics.all().empty()) << layout_test::printed(diagnostics);
    EXPECT_EQ(en.text(Label::kContents), "Contents");
    EXPECT_EQ(ja.text(Label::kContents), "目次");
    EXPECT_EQ(zh.text(Label::kContents), "目录");
    EXPECT_EQ(en.text(Label::kTalkingPoints), "Talking points");
    EXPECT_EQ(ja.text(Label::kTalkingPoints), "発言要領");
    EXPECT_EQ(zh.text(Label::kTalkingPoints), "谈话要点");
    EXPECT_EQ(en.format(Label::kPageOfPages, {{"page", "3"}, {"pages", "40"}}), "Page 3 of 40");
    EXPECT_EQ(zh.format(Label::kPageOfPages, {{"page", "3"}, {"pages", "40"}}), "第3页 共40页");
    EXPECT_EQ(en.format(Label::kPreparedFor, {{"name", "SONG Ruilin"}}), "Prepared for SONG Ruilin");
    EXPECT_EQ(ja.format(Label::kSeePage, {{"page", "12"}}), "12ページ参照");
    EXPECT_EQ(ja.text(Label::kNextDay), "翌日");
    EXPECT_EQ(zh.text(Label::kKindVisit), "参观");
}

TEST(LayoutLabels, RegionalTagsFindTheirScript) {
    Diagnostics diagnostics;
    EXPECT_EQ(load_labels("zh-CN", layout_test::kDataDir, diagnostics).language, "zh-Hans");
    EXPECT_EQ(load_labels("zh-TW", layout_test::kDataDir, diagnostics).language, "zh-Hant");
    EXPECT_EQ(load_labels("zh-HK", layout_test::kDataDir, diagnostics).text(Label::kContents), "目錄");
    EXPECT_EQ(load_labels("ja-JP", layout_test::kDataDir, diagnostics).language, "ja");
    EXPECT_EQ(load_labels("en-US", layout_test::kDataDir, diagnostics).language, "en");
    EXPECT_TRUE(diagnostics.all().empty()) << layout_test::printed(diagnostics);
}

TEST(LayoutLabels, AnotherLanguageFallsBackToEnglishWithAWarningWhereTheBookSaysIt) {
    Diagnostics diagnostics;
    const auto labels = load_labels("ko", layout_test::kDataDir, diagnostics, {"trip.xml", {1, 22}});
    EXPECT_EQ(labels.language, "en");
    EXPECT_EQ(labels.text(Label::kContents), "Contents");
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.all()[0]),
              "trip.xml:1:22: warning: no labels in language 'ko' (there are en, ja, zh-Hans, zh-Hant); "
              "using English [labels.language-missing]");
}

TEST(LayoutLabels, AMissingLabelFallsBackToEnglishWithAWarning) {
    const auto dir = data_dir_with("missing", {{"ja.xml",
                                                "<labels version=\"1\" xml:lang=\"ja\">\n"
                                                "  <label key=\"contents\">目次</label>\n"
                                                "</labels>\n"}});
    Diagnostics diagnostics;
    const auto labels = load_labels("ja", dir, diagnostics);
    EXPECT_EQ(labels.language, "ja");
    EXPECT_EQ(labels.text(Label::kContents), "目次");
    EXPECT_EQ(labels.text(Label::kAgenda), "Agenda");
    ASSERT_EQ(diagnostics.all().size(), 1u);
    const auto& d = diagnostics.all()[0];
    EXPECT_EQ(d.code, "labels.missing");
    EXPECT_EQ(d.severity, Severity::kWarning);
    EXPECT_NE(d.message.find("no ja text for overview, itinerary,"), std::string::npos) << d.message;
    EXPECT_EQ(d.where.file, (dir / "layouts" / "labels" / "ja.xml").string());
}

TEST(LayoutLabels, ProblemsInALabelFileAreLocated) {
    const auto dir = data_dir_with("broken", {{"ja.xml",
                                               "<labels version=\"1\" xml:lang=\"ja\">\n"
                                               "  <label key=\"contents\">目次</label>\n"
                                               "  <label key=\"contents\">もくじ</label>\n"
                                               "  <label key=\"table-of-contents\">目次</label>\n"
                                               "  <label key=\"see-page\">{name}ページ参照</label>\n"
                                               "  <label key=\"page-of-pages\">{page / {pages}</label>\n"
                                               "  <label>名前</label>\n"
                                               "  <lable key=\"name\">氏名</lable>\n"
                                               "</labels>\n"}});
    Diagnostics diagnostics;
    const auto labels = load_labels("ja", dir, diagnostics);
    const auto file = (dir / "layouts" / "labels" / "ja.xml").string();
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.all()) lines.push_back(format_diagnostic(d));
    ASSERT_GE(lines.size(), 6u);
    EXPECT_EQ(lines[0], file + ":3:3: warning: label 'contents' is given twice; the first one stands [labels.duplicate]");
    EXPECT_EQ(lines[1], file + ":4:10: warning: unknown label key 'table-of-contents' [labels.unknown-key]");
    EXPECT_EQ(lines[2], file + ":5:3: error: label 'see-page' cannot use {name}; it may use {page} [labels.field]");
    EXPECT_EQ(lines[3], file + ":6:3: error: label 'page-of-pages': '{page / {pages}' is not a field name [labels.template]");
    EXPECT_EQ(lines[4], file + ":7:3: error: <label> needs a key [labels.missing-attribute]");
    EXPECT_EQ(lines[5], file + ":8:3: warning: unknown element <lable> in <labels> [labels.unknown-element]");
    // The first definition stands; the broken ones fall back to English.
    EXPECT_EQ(labels.text(Label::kContents), "目次");
    EXPECT_EQ(labels.format(Label::kSeePage, {{"page", "4"}}), "see page 4");
}

TEST(LayoutLabels, RunningTextExpandsFieldsAndLabels) {
    Diagnostics diagnostics;
    const auto ja = load_labels("ja", layout_test::kDataDir, diagnostics);
    std::string error;
    const auto footer = parse_template("{label:page-of-pages}", error);
    ASSERT_TRUE(footer) << error;
    RunningFields fields;
    fields.page = "3";
    fields.pages = "40";
    EXPECT_EQ(expand_running(*footer, fields, ja), "3 / 40 ページ");
    const auto line = parse_template("{version} · {date}", error);
    ASSERT_TRUE(line) << error;
    fields.date = "2023年11月20日";
    EXPECT_EQ(expand_running(*line, fields, ja), "2023年11月20日");
    fields.version = "第2版";
    EXPECT_EQ(expand_running(*line, fields, ja), "第2版 · 2023年11月20日");
}

}  // namespace
}  // namespace briefbook::layout
