// Unicode conversions, SHA-256, and PDF dates: the small pure helpers of the PDF writer.

#include <gtest/gtest.h>

#include "pdf/digest.hpp"
#include "pdf/document_info.hpp"
#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {
namespace {

std::string hex(const Digest& digest) {
    return hex_upper(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

TEST(PdfUnicodeText, DecodesAndEncodesEveryPlane) {
    const std::string utf8 = "A\u00E9\u76F4\U0002A6A5";  // ASCII, Latin-1, CJK, CJK Extension B
    const std::u32string decoded = decode_utf8(utf8);
    EXPECT_EQ(decoded, (std::u32string{U'A', U'\u00E9', U'\u76F4', U'\U0002A6A5'}));
    EXPECT_EQ(encode_utf8(decoded), utf8);
}

TEST(PdfUnicodeText, MalformedBytesBecomeReplacementCharacters) {
    const std::u32string decoded =
        decode_utf8(std::string("a\xFF"
                                "b\xE7\x9B",
                                5));
    EXPECT_EQ(decoded.front(), U'a');
    EXPECT_EQ(decoded[1], U'\uFFFD');
    EXPECT_EQ(decoded[2], U'b');
    EXPECT_EQ(decoded.back(), U'\uFFFD');
}

TEST(PdfUnicodeText, Utf16UsesSurrogatePairsAboveTheBmp) {
    EXPECT_EQ(hex_upper(encode_utf16be(U"直")), "76F4");
    EXPECT_EQ(hex_upper(encode_utf16be(U"\U0002A6A5x")), "D869DEA50078");
    EXPECT_EQ(hex_upper(encode_utf16be(U"fi")), "00660069");
}

TEST(PdfDigest, MatchesTheFips180Examples) {
    EXPECT_EQ(hex(sha256("")), "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855");
    EXPECT_EQ(hex(sha256("abc")),
              "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");
    EXPECT_EQ(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1");
}

TEST(PdfDigest, IncrementalInputGivesTheSameDigest) {
    const std::string message(1000, 'x');
    Sha256 pieces;
    for (std::size_t i = 0; i < message.size(); i += 37)
        pieces.add(std::string_view(message).substr(i, 37));
    EXPECT_EQ(pieces.finish(), sha256(message));
}

TEST(PdfDocumentInfo, DatesAreUtcFromTheDocumentNotTheClock) {
    EXPECT_EQ(pdf_date(0), "D:19700101000000Z");
    EXPECT_EQ(pdf_date(1701250200), "D:20231129093000Z");
    EXPECT_EQ(pdf_date(951782400), "D:20000229000000Z");  // a leap day
    EXPECT_EQ(pdf_date(-1), "D:19691231235959Z");
}

}  // namespace
}  // namespace briefbook::pdf
