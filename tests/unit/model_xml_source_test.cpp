#include <gtest/gtest.h>

#include "model/decode_text.hpp"
#include "model/xml_source.hpp"

namespace briefbook::model {
namespace {

TEST(XmlSource, TurnsOffsetsIntoLinesAndCharacterColumns) {
    const XmlSource source("<a>\n  <b x='1'/>\n<c>日本語<d/></c>\n");
    EXPECT_EQ(source.position_at(0), (TextPosition{1, 1}));
    EXPECT_EQ(source.position_at(3), (TextPosition{1, 4}));  // the line feed ends line 1
    EXPECT_EQ(source.position_at(4), (TextPosition{2, 1}));
    EXPECT_EQ(source.position_at(6), (TextPosition{2, 3}));
    const auto d = std::string_view(source.text()).find("<d/>");
    EXPECT_EQ(source.position_at(d), (TextPosition{3, 7}));  // three CJK characters count three columns
    EXPECT_EQ(source.position_at(10000), source.position_at(source.text().size()));
}

TEST(XmlSource, FindsAttributesInAStartTag) {
    const XmlSource source("<session id=\"a\" title='x start=\"no\"'\n   start = \"09:30\" end='b'>");
    const std::size_t name = 1;  // pugixml points at the element name
    EXPECT_EQ(source.find_attribute(name, "id"), 9u);
    const auto start = source.find_attribute(name, "start");  // not the "start=" inside a value
    ASSERT_TRUE(start);
    EXPECT_EQ(source.position_at(*start), (TextPosition{2, 4}));
    EXPECT_TRUE(source.find_attribute(name, "end"));
    EXPECT_FALSE(source.find_attribute(name, "host"));
    EXPECT_FALSE(source.find_attribute(name, "ti"));
}

TEST(XmlSource, SkipsWhiteSpace) {
    const XmlSource source(" \t\r\n x");
    EXPECT_EQ(source.skip_white_space(0), 5u);
    EXPECT_EQ(source.skip_white_space(5), 5u);
}

TEST(DecodeText, FindsInvalidUtf8) {
    EXPECT_FALSE(find_invalid_utf8("plain ascii, 日本語, é, \U0001F600"));
    EXPECT_EQ(find_invalid_utf8("ab\xE9z"), 2u);           // Latin-1 é
    EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);           // overlong '/'
    EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);      // a UTF-16 surrogate
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
    EXPECT_EQ(find_invalid_utf8("abc\xE6\x97"), 3u);        // cut short
}

TEST(DecodeText, DropsAUtf8ByteOrderMark) {
    Diagnostics diagnostics;
    const auto decoded = decode_text("\xEF\xBB\xBF<a/>", "f.xml", diagnostics);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->utf8, "<a/>");
    EXPECT_EQ(decoded->encoding, SourceEncoding::kUtf8);
    EXPECT_TRUE(diagnostics.all().empty());
}

TEST(DecodeText, DecodesUtf16WithAWarning) {
    const std::string little_endian("\xFF\xFE<\0\xE5\x65/\0>\0", 10);  // "<日/>" after the BOM
    Diagnostics diagnostics;
    const auto decoded = decode_text(little_endian, "f.xml", diagnostics);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->utf8, "<日/>");
    EXPECT_EQ(decoded->encoding, SourceEncoding::kUtf16);
    ASSERT_EQ(diagnostics.all().size(), 1u);
    EXPECT_EQ(diagnostics.all()[0].code, "encoding.utf16");
    EXPECT_FALSE(diagnostics.has_errors());

    const std::string big_endian("\0<\0a\0/\0>", 8);  // no BOM: recognised by the '<'
    Diagnostics more;
    EXPECT_EQ(decode_text(big_endian, "f.xml", more)->utf8, "<a/>");
}

TEST(DecodeText, DecodesUtf16SurrogatePairs) {
    const std::string text("\xFE\xFF\xD8\x3D\xDE\x00", 6);  // U+1F600, big-endian
    Diagnostics diagnostics;
    EXPECT_EQ(decode_text(text, "f.xml", diagnostics)->utf8, "\U0001F600");
}

TEST(DecodeText, RefusesWhatItCannotRead) {
    const auto error_of = [](std::string_view bytes) {
        Diagnostics diagnostics;
        EXPECT_FALSE(decode_text(bytes, "f.xml", diagnostics));
        return diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all().back());
    };
    EXPECT_EQ(error_of("<a>\n caf\xE9</a>"),
              "f.xml:2:5: error: invalid UTF-8 (byte 0xE9): briefings must be saved as UTF-8 [encoding.invalid]");
    EXPECT_EQ(error_of(std::string("\xFF\xFE\0\0<\0\0\0", 8)),
              "f.xml: error: the file is UTF-32: save it as UTF-8 [encoding.unsupported]");
    EXPECT_EQ(error_of(std::string("\xFF\xFE<\0a", 5)),
              "f.xml: error: invalid UTF-16 (an odd number of bytes) [encoding.invalid]");
    EXPECT_EQ(error_of(std::string("\xFF\xFE<\0\x00\xDC", 6)),
              "f.xml:1:2: error: invalid UTF-16 (unpaired surrogate 0xDC00) [encoding.invalid]");
    EXPECT_EQ(error_of(std::string("<a>\0</a>", 8)),
              "f.xml:1:4: error: character U+0000 is not allowed in XML [xml.bad-char]");
    EXPECT_EQ(error_of("<a>\x1B[0m</a>"), "f.xml:1:4: error: character U+001B is not allowed in XML [xml.bad-char]");
}

}  // namespace
}  // namespace briefbook::model
