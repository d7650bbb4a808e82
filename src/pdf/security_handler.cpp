#include "pdf/security_handler.hpp"

#include <cassert>

#include "pdf/aes.hpp"
#include "pdf/digest.hpp"

namespace briefbook::pdf {

namespace {

/// Passwords are used as their UTF-8 bytes, at most 127 of them (ISO 32000-2 7.6.4.3.3). (No
/// SASLprep: qpdf, poppler and MuPDF do not apply it either, so the bytes match what they try.)
std::string_view truncated(std::string_view password) {
    return password.substr(0, 127);
}

std::string as_bytes(const Digest& digest) {
    return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

}  // namespace

std::string password_hash(std::string_view password_in, std::string_view salt,
                          std::string_view user_key) {
    const std::string_view password = truncated(password_in);
    std::string k =
        as_bytes(sha256(std::string(password) + std::string(salt) + std::string(user_key)));
    for (unsigned round = 0;; ++round) {
        std::string k1;
        const std::string piece = std::string(password) + k + std::string(user_key);
        k1.reserve(piece.size() * 64);
        for (int i = 0; i < 64; ++i) k1 += piece;
        const std::string e = aes_cbc_encrypt(std::string_view(k).substr(0, 16),
                                              std::string_view(k).substr(16, 16), k1, false);
        // The sum of the first 16 bytes of E modulo 3 picks the next hash.
        unsigned sum = 0;
        for (std::size_t i = 0; i < 16; ++i) sum += static_cast<unsigned char>(e[i]);
        switch (sum % 3) {
            case 0:
                k = as_bytes(sha256(e));
                break;
            case 1:
                k = sha384(e);
                break;
            default:
                k = sha512(e);
                break;
        }
        // At least 64 rounds, then until the last byte of E is at most round - 32.
        if (round >= 63 && static_cast<unsigned char>(e.back()) <= round + 1 - 32) break;
    }
    return k.substr(0, 32);
}

SecurityValues security_values(std::string_view file_key, std::string_view user_password,
                               std::string_view owner_password, std::int32_t permissions,
                               std::string_view salts, std::string_view perms_filler) {
    assert(file_key.size() == 32 && salts.size() == 32 && perms_filler.size() == 4);
    const std::string zero_iv(16, '\0');
    SecurityValues values;

    // Algorithm 8: /U and /UE.
    const std::string_view user_validation = salts.substr(0, 8), user_key_salt = salts.substr(8, 8);
    values.u = password_hash(user_password, user_validation, {}) + std::string(user_validation) +
               std::string(user_key_salt);
    values.ue =
        aes_cbc_encrypt(password_hash(user_password, user_key_salt, {}), zero_iv, file_key, false);

    // Algorithm 9: /O and /OE, bound to /U.
    const std::string_view owner_validation = salts.substr(16, 8),
                           owner_key_salt = salts.substr(24, 8);
    values.o = password_hash(owner_password, owner_validation, values.u) +
               std::string(owner_validation) + std::string(owner_key_salt);
    values.oe = aes_cbc_encrypt(password_hash(owner_password, owner_key_salt, values.u), zero_iv,
                                file_key, false);

    // Algorithm 10: /Perms, one AES block (ECB is CBC with a zero IV for one block).
    std::string perms(16, '\0');
    const auto p = static_cast<std::uint32_t>(permissions);
    for (std::size_t i = 0; i < 4; ++i) perms[i] = static_cast<char>((p >> (8 * i)) & 0xFF);
    for (std::size_t i = 4; i < 8; ++i) perms[i] = static_cast<char>(0xFF);
    perms[8] = 'T';  // EncryptMetadata true
    perms[9] = 'a', perms[10] = 'd', perms[11] = 'b';
    for (std::size_t i = 0; i < 4; ++i) perms[12 + i] = perms_filler[i];
    values.perms = aes_cbc_encrypt(file_key, zero_iv, perms, false);
    return values;
}

}  // namespace briefbook::pdf
