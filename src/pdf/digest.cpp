#include "pdf/digest.hpp"

#include <algorithm>
#include <cstring>

namespace briefbook::pdf {

namespace {

constexpr std::array<std::uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

template <typename Word>
constexpr Word rotr(Word x, unsigned n) {
    return static_cast<Word>((x >> n) | (x << (8 * sizeof(Word) - n)));
}

// First 64 bits of the fractional parts of the cube roots of the first 80 primes.
constexpr std::array<std::uint64_t, 80> kRound512 = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

/// The parameters that make SHA-256 (32-bit words) and SHA-512 (64-bit words) of one design.
template <typename Word>
struct Sha2;
template <>
struct Sha2<std::uint32_t> {
    static constexpr const auto& kRounds = kRound;
    static constexpr unsigned kSigma0[3] = {7, 18, 3}, kSigma1[3] = {17, 19, 10};
    static constexpr unsigned kSum0[3] = {2, 13, 22}, kSum1[3] = {6, 11, 25};
};
template <>
struct Sha2<std::uint64_t> {
    static constexpr const auto& kRounds = kRound512;
    static constexpr unsigned kSigma0[3] = {1, 8, 7}, kSigma1[3] = {19, 61, 6};
    static constexpr unsigned kSum0[3] = {28, 34, 39}, kSum1[3] = {14, 18, 41};
};

/// One block (16 big-endian words) into the state.
template <typename Word>
void compress(std::array<Word, 8>& state, const unsigned char* block) {
    using P = Sha2<Word>;
    constexpr std::size_t kCount = P::kRounds.size();
    std::array<Word, kCount> w{};
    for (std::size_t i = 0; i < 16; ++i)
        for (std::size_t k = 0; k < sizeof(Word); ++k)
            w[i] = static_cast<Word>((w[i] << 8) | block[sizeof(Word) * i + k]);
    for (std::size_t i = 16; i < kCount; ++i) {
        const Word s0 = rotr(w[i - 15], P::kSigma0[0]) ^ rotr(w[i - 15], P::kSigma0[1]) ^
                        (w[i - 15] >> P::kSigma0[2]);
        const Word s1 = rotr(w[i - 2], P::kSigma1[0]) ^ rotr(w[i - 2], P::kSigma1[1]) ^
                        (w[i - 2] >> P::kSigma1[2]);
        w[i] = static_cast<Word>(w[i - 16] + s0 + w[i - 7] + s1);
    }
    auto [a, b, c, d, e, f, g, h] = state;
    for (std::size_t i = 0; i < kCount; ++i) {
        const Word s1 = rotr(e, P::kSum1[0]) ^ rotr(e, P::kSum1[1]) ^ rotr(e, P::kSum1[2]);
        const Word t1 = static_cast<Word>(h + s1 + ((e & f) ^ (~e & g)) + P::kRounds[i] + w[i]);
        const Word s0 = rotr(a, P::kSum0[0]) ^ rotr(a, P::kSum0[1]) ^ rotr(a, P::kSum0[2]);
        const Word t2 = static_cast<Word>(s0 + ((a & b) ^ (a & c) ^ (b & c)));
        h = g, g = f, f = e, e = static_cast<Word>(d + t1), d = c, c = b, b = a,
        a = static_cast<Word>(t1 + t2);
    }
    const std::array<Word, 8> add = {a, b, c, d, e, f, g, h};
    for (std::size_t i = 0; i < 8; ++i) state[i] = static_cast<Word>(state[i] + add[i]);
}

/// SHA-512 and SHA-384 (the same function with other initial values, truncated).
std::string sha512_family(std::string_view bytes, const std::array<std::uint64_t, 8>& initial,
                          std::size_t out_bytes) {
    std::array<std::uint64_t, 8> state = initial;
    std::string message(bytes);
    const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
    message.push_back(static_cast<char>(0x80));
    while (message.size() % 128 != 112) message.push_back('\0');
    message.append(8, '\0');  // the high 64 bits of the 128-bit length
    for (int i = 7; i >= 0; --i) message.push_back(static_cast<char>((bits >> (8 * i)) & 0xFF));

    for (std::size_t block = 0; block < message.size(); block += 128)
        compress(state, reinterpret_cast<const unsigned char*>(message.data()) + block);
    std::string digest;
    for (std::uint64_t word : state)
        for (int i = 7; i >= 0; --i) digest.push_back(static_cast<char>((word >> (8 * i)) & 0xFF));
    digest.resize(out_bytes);
    return digest;
}

}  // namespace

Sha256::Sha256()
    : state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
             0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

void Sha256::compress(const std::uint8_t* block) {
    pdf::compress(state_, block);
}

void Sha256::add(std::string_view bytes) {
    total_bytes_ += bytes.size();
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    std::size_t left = bytes.size();
    while (left > 0) {
        const std::size_t take = std::min(left, buffer_.size() - buffered_);
        std::memcpy(buffer_.data() + buffered_, data, take);
        buffered_ += take, data += take, left -= take;
        if (buffered_ == buffer_.size()) {
            compress(buffer_.data());
            buffered_ = 0;
        }
    }
}

Digest Sha256::finish() {
    const std::uint64_t bits = total_bytes_ * 8;
    const char one = static_cast<char>(0x80);
    add(std::string_view(&one, 1));
    const char zero = 0;
    while (buffered_ != 56) add(std::string_view(&zero, 1));
    char length[8];
    for (std::size_t i = 0; i < 8; ++i)
        length[i] = static_cast<char>((bits >> (56 - 8 * i)) & 0xFF);
    add(std::string_view(length, 8));
    Digest digest{};
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t k = 0; k < 4; ++k)
            digest[4 * i + k] = static_cast<std::uint8_t>((state_[i] >> (24 - 8 * k)) & 0xFF);
    return digest;
}

std::string sha384(std::string_view bytes) {
    // First 64 bits of the fractional parts of the square roots of the 9th to 16th primes.
    static constexpr std::array<std::uint64_t, 8> kInitial = {
        0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
        0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};
    return sha512_family(bytes, kInitial, 48);
}

std::string sha512(std::string_view bytes) {
    // First 64 bits of the fractional parts of the square roots of the first 8 primes.
    static constexpr std::array<std::uint64_t, 8> kInitial = {
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
    return sha512_family(bytes, kInitial, 64);
}

Digest sha256(std::string_view bytes) {
    Sha256 hash;
    hash.add(bytes);
    return hash.finish();
}

}  // namespace briefbook::pdf
