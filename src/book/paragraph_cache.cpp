#include "book/paragraph_cache.hpp"

#include <bit>
#include <cstdint>

namespace briefbook::book {

namespace {

void put(std::string& key, std::uint64_t value) {
    key.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put(std::string& key, double value) { put(key, std::bit_cast<std::uint64_t>(value)); }
void put(std::string& key, const std::string& value) {
    put(key, static_cast<std::uint64_t>(value.size()));
    key += value;
}

/// Everything the prepared paragraph depends on, as bytes: equal keys, equal paragraphs.
std::string key_of(const text::StyledText& text, const para::ParagraphStyle& style) {
    std::string key;
    key.reserve(text.text.size() + 16 * text.spans.size() + 96 * text.styles.size() + 40);
    put(key, style.line_height.value);
    put(key, style.inter_script_space);
    put(key, static_cast<std::uint64_t>(style.hyphenate));
    put(key, static_cast<std::uint64_t>(style.line_end_punctuation));
    put(key, text.text);
    put(key, static_cast<std::uint64_t>(text.spans.size()));
    for (const auto& span : text.spans)
        put(key, (std::uint64_t{span.begin} << 32) | span.end), put(key, std::uint64_t{span.style});
    put(key, static_cast<std::uint64_t>(text.styles.size()));
    for (const auto& s : text.styles) {
        put(key, s.font.role);
        put(key, static_cast<std::uint64_t>(s.keep_together) * 4 + static_cast<std::uint64_t>(s.font.bold) * 2 +
                     static_cast<std::uint64_t>(s.font.italic));
        put(key, s.size.value);
        put(key, s.color.r), put(key, s.color.g), put(key, s.color.b);
        put(key, s.lang);
        put(key, static_cast<std::uint64_t>(static_cast<std::int64_t>(s.link)));
        put(key, s.origin.file);
        put(key, (std::uint64_t{s.origin.position.line} << 32) | s.origin.position.column);
    }
    return key;
}

/// About what a prepared paragraph holds on the heap.
std::size_t bytes_of(const para::PreparedParagraph& paragraph) {
    const auto& shaped = paragraph.shaped();
    std::size_t bytes = sizeof paragraph + 2 * shaped.source.text.size();
    for (const auto& run : shaped.runs) bytes += sizeof run + run.glyphs.size() * sizeof run.glyphs.front();
    bytes += paragraph.clusters().size() * sizeof(para::Cluster);
    bytes += paragraph.items().size() * (sizeof(para::Item) + 4 * sizeof(double));
    return bytes;
}

}  // namespace

std::shared_ptr<const para::PreparedParagraph> ParagraphCache::find(const text::StyledText& text,
                                                                    const para::ParagraphStyle& style) const {
    const auto found = paragraphs_.find(key_of(text, style));
    return found == paragraphs_.end() ? nullptr : found->second;
}

void ParagraphCache::add(const text::StyledText& text, const para::ParagraphStyle& style,
                         std::shared_ptr<const para::PreparedParagraph> paragraph) {
    if (bytes_ >= budget_) return;
    bytes_ += bytes_of(*paragraph);
    paragraphs_.emplace(key_of(text, style), std::move(paragraph));
}

}  // namespace briefbook::book
