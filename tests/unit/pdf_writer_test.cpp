// End-to-end checks of the PDF writer on the sample book: what qpdf, poppler and MuPDF make of it.

#include "pdf/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <thread>

#include "pdf_test_document.hpp"

namespace briefbook::pdf {
namespace {

using testing::run_command;
using testing::without_space;

/// The sample book written once for all tests here.
class PdfWriterSample : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        fonts_ = testing::sample_fonts().release();
        document_ = new render::RenderedDocument(testing::mixed_document(*fonts_));
        diagnostics_ = new Diagnostics();
        bytes_ =
            new std::string(write_pdf(*document_, fonts_->table, PdfWriteOptions{}, *diagnostics_));
        dir_ = new testing::ScratchDir("writer-sample");
        path_ = dir_->file("sample.pdf");
        testing::write_file(path_, *bytes_);
        // tests/scripts/test_pdf_readers.py runs this suite to get the samples for its own checks
        // (rendered glyph forms, pikepdf, font sizes); it says where with this variable.
        if (const char* out = std::getenv("BRIEFBOOK_PDF_SAMPLE_DIR")) {
            testing::write_file(std::filesystem::path(out) / "sample.pdf", *bytes_);
            Diagnostics ignored;
            testing::write_file(
                std::filesystem::path(out) / "dense.pdf",
                write_pdf(testing::dense_page_document(*fonts_), fonts_->table, {}, ignored));
        }
    }
    static void TearDownTestSuite() {
        delete fonts_;
        delete document_;
        delete diagnostics_;
        delete bytes_;
        delete dir_;
    }

    static std::string expected_text() {
        std::string all;
        for (const auto& line : testing::mixed_document_lines()) all += line;
        return without_space(all);
    }

    static inline testing::SampleFonts* fonts_ = nullptr;
    static inline render::RenderedDocument* document_ = nullptr;
    static inline Diagnostics* diagnostics_ = nullptr;
    static inline std::string* bytes_ = nullptr;
    static inline testing::ScratchDir* dir_ = nullptr;
    static inline std::string path_;
};

TEST_F(PdfWriterSample, IsAPdf17ThatQpdfFindsClean) {
    EXPECT_EQ(bytes_->rfind("%PDF-1.7\n", 0), 0u);
    const auto check = run_command("qpdf --check '" + path_ + "' 2>&1");
    EXPECT_EQ(check.status, 0) << check.out;
    EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos)
        << check.out;
    EXPECT_EQ(check.out.find("WARNING"), std::string::npos) << check.out;
}

TEST_F(PdfWriterSample, FontsAreEmbeddedSubsetCidFontsWithUnicodeMaps) {
    const auto fonts = run_command("pdffonts '" + path_ + "' 2>&1");
    ASSERT_EQ(fonts.status, 0) << fonts.out;
    // name type encoding emb sub uni object ID
    // (A CIDFontType0's Type0 name ends in the CMap name, PDF 32000-1 9.7.6.1.)
    const std::regex row(
        R"(^([A-Z]{6})\+(\S+?)(-Identity-H)?\s+(CID Type 0C|CID TrueType)\s+Identity-H\s+yes\s+yes\s+yes\s+\d+\s+0$)");
    std::size_t rows = 0;
    std::set<std::string> names;
    std::istringstream lines(fonts.out);
    std::string line;
    for (int skip = 0; skip < 2 && std::getline(lines, line); ++skip) {
    }
    while (std::getline(lines, line)) {
        std::smatch match;
        EXPECT_TRUE(std::regex_match(line, match, row)) << "unexpected font row: " << line;
        if (!match.empty()) names.insert(match[2].str() + " " + match[4].str());
        ++rows;
    }
    // One font per face, however many pages use it.
    EXPECT_EQ(rows, 3u) << fonts.out;
    EXPECT_TRUE(names.count("NotoSerif-Regular CID TrueType")) << fonts.out;
    EXPECT_TRUE(names.count("NotoSansCJKjp-Regular CID Type 0C")) << fonts.out;
    EXPECT_TRUE(names.count("NotoSansCJKsc-Regular CID Type 0C")) << fonts.out;
}

TEST_F(PdfWriterSample, PopplerExtractsTheSourceTextExactly) {
    // -layout: the reading order of the page as drawn (the contents line's page number far right
    // would otherwise be taken for a second column).
    const auto text = run_command("pdftotext -layout -enc UTF-8 '" + path_ + "' - 2>&1");
    ASSERT_EQ(text.status, 0) << text.out;
    EXPECT_EQ(without_space(text.out), expected_text()) << text.out;
    // Words keep their spaces; the ligature gives back its letters.
    EXPECT_NE(text.out.find("The delegation arrives on Tuesday for a fine dinner."),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("Briefing book: first official visit"), std::string::npos) << text.out;
    // The look-alikes come back as typed, through ActualText: 人 and U+2F08 share one glyph.
    EXPECT_NE(text.out.find("\u4EBA\u3068\u2F08\u3001\u8C48\u3068\uF900"), std::string::npos)
        << text.out;
}

TEST_F(PdfWriterSample, MuPdfExtractsTheSourceTextExactly) {
    const auto text = run_command("mutool draw -q -F text -o - '" + path_ + "' 2>/dev/null");
    ASSERT_EQ(text.status, 0) << text.out;
    // MuPDF 1.21 ignores ActualText, so the radical U+2F08 and the compatibility ideograph U+F900,
    // which share their glyphs with 人 and 豈, come back as those (the ToUnicode entries).
    std::string expected = expected_text();
    for (const auto& [look_alike, unified] :
         {std::pair{"\u2F08", "\u4EBA"}, std::pair{"\uF900", "\u8C48"}})
        expected.replace(expected.find(look_alike), std::string(look_alike).size(), unified);
    EXPECT_EQ(without_space(text.out), expected) << text.out;
    EXPECT_NE(text.out.find("The delegation arrives on Tuesday for a fine dinner."),
              std::string::npos)
        << text.out;
}

TEST_F(PdfWriterSample, ProblemsInTheDocumentAreWarnings) {
    EXPECT_FALSE(diagnostics_->has_errors());
    EXPECT_TRUE(diagnostics_->contains("image.corrupt"));
    EXPECT_TRUE(diagnostics_->contains("pdf.link-target-unknown"));
    EXPECT_TRUE(diagnostics_->contains("pdf.outline-target-unknown"));
    for (const auto& d : diagnostics_->all()) {
        if (d.code == "image.corrupt") {
            EXPECT_NE(d.where.file.find("corrupt.png"), std::string::npos);
        }
    }
}

TEST_F(PdfWriterSample, TheSameDocumentGivesTheSameBytes) {
    Diagnostics again;
    const std::string second = write_pdf(*document_, fonts_->table, PdfWriteOptions{}, again);
    EXPECT_TRUE(second == *bytes_) << "two writes of one document differ";
    // No clock: the dates are the document's.
    EXPECT_NE(bytes_->find("/CreationDate(D:20231129093000Z)"), std::string::npos);
}

TEST_F(PdfWriterSample, AnotherDocumentGetsAnotherIdentifier) {
    render::RenderedDocument other = *document_;
    other.pages.pop_back();
    Diagnostics ignored;
    const std::string bytes = write_pdf(other, fonts_->table, PdfWriteOptions{}, ignored);
    const std::regex id(R"(/ID\[<([0-9A-F]{32})><([0-9A-F]{32})>\])");
    std::smatch first, second;
    ASSERT_TRUE(std::regex_search(*bytes_, first, id));
    ASSERT_TRUE(std::regex_search(bytes, second, id));
    EXPECT_EQ(first[1], first[2]);
    EXPECT_NE(first[1], second[1]);
}

TEST_F(PdfWriterSample, AFullPageOfMixedTextCostsTensOfKilobytes) {
    const auto document = testing::dense_page_document(*fonts_);
    Diagnostics diagnostics;
    const std::string bytes = write_pdf(document, fonts_->table, PdfWriteOptions{}, diagnostics);
    // The page holds nothing but text: the file is its fonts and one content stream.
    EXPECT_LT(bytes.size(), 120'000u);
    EXPECT_GT(bytes.size(), 20'000u);
    const testing::ScratchDir dir("writer-dense");
    testing::write_file(dir.file("dense.pdf"), bytes);
    const auto text = run_command("pdftotext -enc UTF-8 '" + dir.file("dense.pdf") + "' - 2>&1");
    std::string expected;
    for (const auto& item : document.pages[0].items)
        expected += std::get<render::GlyphRunItem>(item).text;
    EXPECT_EQ(without_space(text.out), without_space(expected));
}

TEST_F(PdfWriterSample, ThreadsWritingAtOnceGetTheSameBytes) {
    // Batch runs write books in parallel from fonts loaded once.
    std::vector<std::string> results(3);
    std::vector<std::thread> threads;
    for (auto& result : results) {
        threads.emplace_back([&result] {
            Diagnostics diagnostics;
            result = write_pdf(*document_, fonts_->table, PdfWriteOptions{}, diagnostics);
        });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& result : results) EXPECT_TRUE(result == *bytes_);
}

/// AES-256 as qpdf, poppler and MuPDF see it.
TEST(PdfWriterEncryption, PasswordProtectsWithAes256) {
    const auto fonts = testing::sample_fonts();
    const auto document = testing::mixed_document(*fonts);
    PdfWriteOptions options;
    options.user_password = "s3cret-パス";
    Diagnostics diagnostics;
    const std::string bytes = write_pdf(document, fonts->table, options, diagnostics);
    const testing::ScratchDir dir("writer-encrypted");
    const std::string path = dir.file("locked.pdf");
    testing::write_file(path, bytes);
    const std::string password = "'" + options.user_password + "'";

    const auto show =
        run_command("qpdf --show-encryption --password=" + password + " '" + path + "' 2>&1");
    EXPECT_EQ(show.status, 0) << show.out;
    EXPECT_NE(show.out.find("R = 6"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("stream encryption method: AESv3"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("string encryption method: AESv3"), std::string::npos) << show.out;

    // Each reader opens it with the password, and refuses it without one or with a wrong one.
    struct Reader {
        const char* name;
        std::string command;  // ending where the password option goes
        std::string rest;
        bool extracts_text;
    };
    const std::string file = "'" + path + "'";
    const std::vector<Reader> readers = {
        {"qpdf", "qpdf --check --password=", " " + file, false},
        {"poppler", "pdftotext -enc UTF-8 -upw ", " " + file + " -", true},
        {"MuPDF", "mutool draw -q -F text -o - -p ", " " + file, true},
    };
    for (const Reader& reader : readers) {
        const auto opened = run_command(reader.command + password + reader.rest + " 2>&1");
        EXPECT_EQ(opened.status, 0) << reader.name << ": " << opened.out;
        if (reader.extracts_text) {
            EXPECT_NE(opened.out.find("直骨返"), std::string::npos)
                << reader.name << ": " << opened.out;
        }
        EXPECT_NE(run_command(reader.command + "wrong" + reader.rest + " >/dev/null 2>&1").status,
                  0)
            << reader.name;
        EXPECT_NE(run_command(reader.command + "''" + reader.rest + " >/dev/null 2>&1").status, 0)
            << reader.name;
    }

    // The password never lands in the file; nor does any text in the clear.
    EXPECT_EQ(bytes.find("s3cret"), std::string::npos);
    EXPECT_EQ(bytes.find("Protocol Office"), std::string::npos);
}

/// The file key, as qpdf reports it.
std::string file_key_of(const std::string& path, const std::string& password) {
    const auto shown = run_command("qpdf --show-encryption-key --show-encryption --password='" +
                                   password + "' '" + path + "' 2>&1");
    const std::regex key("Encryption key = ([0-9a-f]{64})");
    std::smatch match;
    return std::regex_search(shown.out, match, key) ? match[1].str() : "none: " + shown.out;
}

TEST(PdfWriterEncryption, KeysComeFromTheBookAndThePasswordNotTheClock) {
    // PoDoFo 0.9.8 would give both files the same key when written in the same second.
    const auto fonts = testing::sample_fonts();
    const auto document = testing::mixed_document(*fonts);
    const testing::ScratchDir dir("writer-keys");
    std::vector<std::string> bytes;
    for (const char* password : {"first", "second", "first"}) {
        PdfWriteOptions options;
        options.user_password = password;
        Diagnostics diagnostics;
        bytes.push_back(write_pdf(document, fonts->table, options, diagnostics));
        testing::write_file(dir.file(std::string(password) + ".pdf"), bytes.back());
    }
    const std::string first = file_key_of(dir.file("first.pdf"), "first");
    const std::string second = file_key_of(dir.file("second.pdf"), "second");
    EXPECT_EQ(first.size(), 64u) << first;
    EXPECT_NE(first, second);
    EXPECT_TRUE(bytes[0] == bytes[2]) << "the same book and password should give the same bytes";
    EXPECT_FALSE(bytes[0] == bytes[1]);
}

TEST(PdfWriterEncryption, TheGivenOwnerPasswordOpensTheFileToo) {
    const auto fonts = testing::sample_fonts();
    const auto document = testing::mixed_document(*fonts);
    PdfWriteOptions options;
    options.user_password = "reader";
    options.owner_password = "officer";
    Diagnostics diagnostics;
    const testing::ScratchDir dir("writer-owner");
    const std::string path = dir.file("locked.pdf");
    testing::write_file(path, write_pdf(document, fonts->table, options, diagnostics));
    const auto show = run_command("qpdf --show-encryption --password=officer '" + path + "' 2>&1");
    EXPECT_NE(show.out.find("Supplied password is owner password"), std::string::npos) << show.out;
}

}  // namespace
}  // namespace briefbook::pdf
