#pragma once
// SHA-256 (FIPS 180-4), for the identifiers a PDF derives from its content: the file /ID, font
// subset tags, a default owner password. Deterministic, no library state.

#include <array>
#include <cstdint>
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

}  // namespace briefbook::pdf
