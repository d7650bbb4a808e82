#pragma once
// Every hard limit against hostile or broken input, in one place (HarfBuzz-style work limits).
// Each is far above what a real briefing needs, and each, when met, is a clear diagnostic with its
// own code, never a crash, a hang or unbounded memory. docs/reliability.md lists them with the
// reasons for their values and the test of each.

#include <cstddef>
#include <cstdint>

namespace briefbook::limits {

/// A briefing file (read at most this much from a pipe or device). The 600-person, 487-page
/// generated briefing is 1.3 MB and a 5,000-person one 6 MB. Memory grows with the file: the
/// worst case measured, 8 MB of minimal sessions, peaks near 1 GB before it is refused for its
/// pages (docs/reliability.md).                                              [limit.file-size]
inline constexpr std::size_t kMaxFileBytes = 8u * 1024 * 1024;
/// Nesting of inline markup (<b>, <i>, <span>, <a>) inside one block.          [limit.depth]
inline constexpr std::size_t kMaxInlineDepth = 64;
/// Nesting of lists.                                                            [limit.depth]
inline constexpr std::size_t kMaxListDepth = 16;
/// The text of one paragraph, in UTF-8 bytes.                                   [limit.paragraph]
inline constexpr std::size_t kMaxParagraphBytes = 256u * 1024;
/// Problems reported for one briefing file: later ones are counted, not kept. [limit.diagnostics]
inline constexpr std::size_t kMaxDiagnostics = 1000;
/// Pages of one book: pagination stops there and the book is refused.          [limit.pages]
inline constexpr std::size_t kMaxPages = 5000;
/// Layout passes until page numbers settle (contents, cross references).   [layout.unstable-pages]
inline constexpr int kMaxLayoutPasses = 6;
/// Pixels an image file may declare; larger ones are refused before decoding.  [image.too-large]
inline constexpr std::uint64_t kMaxImagePixels = 50'000'000;

}  // namespace briefbook::limits
