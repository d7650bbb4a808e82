#pragma once
// AES encryption (FIPS 197) with 128- and 256-bit keys, and CBC mode: what the PDF 2.0 standard
// security handler needs. Encryption only; readers decrypt.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace briefbook::pdf {

/// One AES key, expanded.
class Aes {
  public:
    /// `key` holds 16 or 32 bytes (a bug otherwise).
    explicit Aes(std::string_view key);
    /// Encrypts one 16-byte block.
    void encrypt_block(const std::uint8_t* in, std::uint8_t* out) const;

  private:
    std::array<std::uint8_t, 240> round_keys_{};
    int rounds_ = 0;
};

/// AES-CBC encryption of `data` with a 16-byte `iv`. With `pad`, PKCS #7 padding is added (1 to 16
/// bytes, as PDF requires for strings and streams); without it `data` must be whole blocks.
[[nodiscard]] std::string aes_cbc_encrypt(std::string_view key, std::string_view iv,
                                          std::string_view data, bool pad);

}  // namespace briefbook::pdf
