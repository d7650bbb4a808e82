#pragma once
// SHA-2 (FIPS 180-4). SHA-256 for the identifiers a PDF derives from its content (the file /ID,
// font subset tags, encryption keys); SHA-384 and SHA-512 for the PDF 2.0 password hash.
// Deterministic, no library state.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace briefbook::pdf {

/// A 32-byte SHA-256 digest.
using Digest = std::array<std::uint8_t, 32>;

/// Incremental SHA-256: add() any number of times, then finish() once.
class Sha256 {
  public:
    Sha256();
    void add(std::string_view bytes);
    /// The digest of everything added; the object must not be used afterwards.
    [[nodiscard]] Digest finish();

  private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

/// SHA-256 of one string.
[[nodiscard]] Digest sha256(std::string_view bytes);

/// SHA-384 of one string: 48 bytes.
[[nodiscard]] std::string sha384(std::string_view bytes);
/// SHA-512 of one string: 64 bytes.
[[nodiscard]] std::string sha512(std::string_view bytes);

}  // namespace briefbook::pdf
