#include "pdf/aes.hpp"

#include <cassert>
#include <cstring>

namespace briefbook::pdf {

namespace {

constexpr std::array<std::uint8_t, 256> kSbox = {
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
    0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
    0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
    0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
    0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
    0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
    0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
    0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
    0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
    0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
    0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
    0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
    0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
    0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
    0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
};

/// Multiplication by x in GF(2^8) with the AES polynomial.
constexpr std::uint8_t times_x(std::uint8_t b) {
    return static_cast<std::uint8_t>((b << 1) ^ ((b & 0x80) ? 0x1b : 0x00));
}

}  // namespace

Aes::Aes(std::string_view key) {
    assert(key.size() == 16 || key.size() == 32);
    const std::size_t words = key.size() / 4;                             // Nk
    rounds_ = static_cast<int>(words) + 6;                                // Nr: 10 or 14
    const std::size_t total = 4 * static_cast<std::size_t>(rounds_ + 1);  // words of round key
    std::memcpy(round_keys_.data(), key.data(), key.size());
    std::uint8_t rcon = 1;
    for (std::size_t i = words; i < total; ++i) {
        std::uint8_t t[4];
        std::memcpy(t, &round_keys_[4 * (i - 1)], 4);
        if (i % words == 0) {
            const std::uint8_t first = t[0];
            t[0] = static_cast<std::uint8_t>(kSbox[t[1]] ^ rcon);
            t[1] = kSbox[t[2]];
            t[2] = kSbox[t[3]];
            t[3] = kSbox[first];
            rcon = times_x(rcon);
        } else if (words > 6 && i % words == 4) {
            for (auto& b : t) b = kSbox[b];
        }
        for (std::size_t k = 0; k < 4; ++k)
            round_keys_[4 * i + k] =
                static_cast<std::uint8_t>(round_keys_[4 * (i - words) + k] ^ t[k]);
    }
}

void Aes::encrypt_block(const std::uint8_t* in, std::uint8_t* out) const {
    std::uint8_t s[16];  // column-major: s[row + 4 * column]
    for (std::size_t i = 0; i < 16; ++i) s[i] = static_cast<std::uint8_t>(in[i] ^ round_keys_[i]);
    for (int round = 1; round <= rounds_; ++round) {
        std::uint8_t t[16];
        // SubBytes and ShiftRows: row r moves left by r columns.
        for (std::size_t c = 0; c < 4; ++c)
            for (std::size_t r = 0; r < 4; ++r) t[r + 4 * c] = kSbox[s[r + 4 * ((c + r) % 4)]];
        if (round != rounds_) {  // MixColumns
            for (std::size_t c = 0; c < 4; ++c) {
                std::uint8_t* col = &t[4 * c];
                const std::uint8_t a0 = col[0], a1 = col[1], a2 = col[2], a3 = col[3];
                const std::uint8_t all = static_cast<std::uint8_t>(a0 ^ a1 ^ a2 ^ a3);
                col[0] = static_cast<std::uint8_t>(a0 ^ all ^
                                                   times_x(static_cast<std::uint8_t>(a0 ^ a1)));
                col[1] = static_cast<std::uint8_t>(a1 ^ all ^
                                                   times_x(static_cast<std::uint8_t>(a1 ^ a2)));
                col[2] = static_cast<std::uint8_t>(a2 ^ all ^
                                                   times_x(static_cast<std::uint8_t>(a2 ^ a3)));
                col[3] = static_cast<std::uint8_t>(a3 ^ all ^
                                                   times_x(static_cast<std::uint8_t>(a3 ^ a0)));
            }
        }
        const std::uint8_t* key = &round_keys_[16 * static_cast<std::size_t>(round)];
        for (std::size_t i = 0; i < 16; ++i) s[i] = static_cast<std::uint8_t>(t[i] ^ key[i]);
    }
    std::memcpy(out, s, 16);
}

std::string aes_cbc_encrypt(std::string_view key, std::string_view iv, std::string_view data,
                            bool pad) {
    assert(iv.size() == 16);
    assert(pad || data.size() % 16 == 0);
    const Aes aes(key);
    std::string plain(data);
    if (pad) plain.append(16 - data.size() % 16, static_cast<char>(16 - data.size() % 16));
    std::string out(plain.size(), '\0');
    std::uint8_t chain[16];
    std::memcpy(chain, iv.data(), 16);
    for (std::size_t at = 0; at < plain.size(); at += 16) {
        std::uint8_t block[16];
        for (std::size_t i = 0; i < 16; ++i)
            block[i] =
                static_cast<std::uint8_t>(static_cast<std::uint8_t>(plain[at + i]) ^ chain[i]);
        aes.encrypt_block(block, chain);
        std::memcpy(&out[at], chain, 16);
    }
    return out;
}

}  // namespace briefbook::pdf
