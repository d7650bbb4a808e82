#include <gtest/gtest.h>

#include "batch/byte_size.hpp"

namespace briefbook::batch {
namespace {

TEST(ByteSize, ReadsSizesAsPeopleWriteThem) {
    EXPECT_EQ(parse_byte_size("10MB"), 10u * 1024 * 1024);
    EXPECT_EQ(parse_byte_size("10 mb"), 10u * 1024 * 1024);
    EXPECT_EQ(parse_byte_size("10MiB"), 10u * 1024 * 1024);
    EXPECT_EQ(parse_byte_size("1.5M"), 1536u * 1024);
    EXPECT_EQ(parse_byte_size("800KB"), 800u * 1024);
    EXPECT_EQ(parse_byte_size("800k"), 800u * 1024);
    EXPECT_EQ(parse_byte_size("2GB"), 2ull * 1024 * 1024 * 1024);
    EXPECT_EQ(parse_byte_size("12345"), 12345u);
    EXPECT_EQ(parse_byte_size("12345 B"), 12345u);
    EXPECT_EQ(parse_byte_size("0"), 0u);
}

TEST(ByteSize, RefusesWhatIsNotASize) {
    for (const char* text :
         {"", "MB", "ten MB", "10 parsecs", "1.2.3MB", ".", "-5MB", "10MB extra", "1e3"})
        EXPECT_FALSE(parse_byte_size(text)) << text;
}

TEST(ByteSize, PrintsSizesForPeople) {
    EXPECT_EQ(format_byte_size(0), "0 bytes");
    EXPECT_EQ(format_byte_size(1023), "1023 bytes");
    EXPECT_EQ(format_byte_size(815 * 1024), "815 KB");
    EXPECT_EQ(format_byte_size(1536u * 1024), "1.5 MB");
    EXPECT_EQ(format_byte_size(27u * 1024 * 1024 + 300 * 1024), "27 MB");
    EXPECT_EQ(format_byte_size(3ull * 1024 * 1024 * 1024), "3.0 GB");
}

}  // namespace
}  // namespace briefbook::batch
