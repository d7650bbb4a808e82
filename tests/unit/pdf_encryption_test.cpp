// The pieces of AES-256 password protection: AES, SHA-384/512 and the revision 6 values. That the
// whole works is checked by qpdf, poppler and MuPDF opening the files (pdf_writer_test.cpp).

#include <gtest/gtest.h>

#include "pdf/aes.hpp"
#include "pdf/digest.hpp"
#include "pdf/security_handler.hpp"
#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {
namespace {

std::string from_hex(const std::string& hex) {
    std::string bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return bytes;
}

std::string encrypt_block(const std::string& key, const std::string& plain) {
    std::string out(16, '\0');
    Aes(key).encrypt_block(reinterpret_cast<const std::uint8_t*>(plain.data()),
                           reinterpret_cast<std::uint8_t*>(out.data()));
    return hex_upper(out);
}

TEST(PdfAes, MatchesTheFips197Examples) {
    const std::string plain = from_hex("00112233445566778899AABBCCDDEEFF");
    EXPECT_EQ(encrypt_block(from_hex("000102030405060708090A0B0C0D0E0F"), plain),
              "69C4E0D86A7B0430D8CDB78070B4C55A");
    EXPECT_EQ(
        encrypt_block(from_hex("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"),
                      plain),
        "8EA2B7CA516745BFEAFC49904B496089");
}

TEST(PdfAes, CbcMatchesSp800_38aAndPadsLikePkcs7) {
    // NIST SP 800-38A F.2.5, CBC-AES256.Encrypt, first two blocks.
    const std::string key =
        from_hex("603DEB1015CA71BE2B73AEF0857D77811F352C073B6108D72D9810A30914DFF4");
    const std::string iv = from_hex("000102030405060708090A0B0C0D0E0F");
    const std::string plain =
        from_hex("6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51");
    EXPECT_EQ(hex_upper(aes_cbc_encrypt(key, iv, plain, false)),
              "F58C4C04D6E5F1BA779EABFB5F7BFBD69CFC4E967EDB808D679F777BC6702C7D");
    EXPECT_EQ(aes_cbc_encrypt(key, iv, plain, true).size(), 48u);  // a whole block of padding
    EXPECT_EQ(aes_cbc_encrypt(key, iv, "abc", true).size(), 16u);
}

TEST(PdfDigest, Sha384AndSha512MatchTheFips180Examples) {
    EXPECT_EQ(hex_upper(sha512("abc")),
              "DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A"
              "2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F");
    EXPECT_EQ(hex_upper(sha384("abc")),
              "CB00753F45A35E8BB5A03D699AC65007272C32AB0EDED1631A8B605A43FF5BED"
              "8086072BA1E7CC2358BAECA134C825A7");
    // Two blocks of padding.
    EXPECT_EQ(hex_upper(sha512("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijk"
                               "lmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")),
              "8E959B75DAE313DA8CF4F72814FC143F8F7779C6EB9F7FA17299AEADB6889018"
              "501D289E4900F7E4331B99DEC4B5433AC7D329EEB6DD26545E96E55B874BE909");
}

TEST(PdfSecurityHandler, ValuesHaveTheirSizesAndDependOnThePasswords) {
    const std::string key(32, 'k'), salts(32, 's'), filler(4, 'f');
    const SecurityValues a = security_values(key, "reader", "officer", -4, salts, filler);
    EXPECT_EQ(a.u.size(), 48u);
    EXPECT_EQ(a.ue.size(), 32u);
    EXPECT_EQ(a.o.size(), 48u);
    EXPECT_EQ(a.oe.size(), 32u);
    EXPECT_EQ(a.perms.size(), 16u);
    EXPECT_EQ(a.u.substr(32), salts.substr(0, 16));  // the salts follow the hash
    const SecurityValues b = security_values(key, "reader2", "officer", -4, salts, filler);
    EXPECT_NE(a.u, b.u);
    EXPECT_NE(a.ue, b.ue);
    EXPECT_EQ(a.perms, b.perms);  // only the file key and /P go into /Perms
    EXPECT_EQ(password_hash("reader", "12345678", {}).size(), 32u);
    EXPECT_EQ(password_hash(std::string(200, 'x'), "12345678", {}),
              password_hash(std::string(127, 'x'), "12345678", {}));
}

}  // namespace
}  // namespace briefbook::pdf
