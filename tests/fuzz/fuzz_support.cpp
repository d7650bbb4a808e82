#include "fuzz_support.hpp"

#include <cstdlib>
#include <iostream>
#include <memory>

#include "briefbook/diagnostics.hpp"

namespace briefbook::fuzz {

const std::filesystem::path& source_dir() {
    static const std::filesystem::path dir = BRIEFBOOK_FUZZ_SOURCE_DIR;
    return dir;
}

std::filesystem::path image_dir() { return source_dir() / "tests" / "data" / "images"; }

const Engine& engine() {
    static const Engine instance(source_dir());
    return instance;
}

const text::FontRegistry& fonts() {
    static const std::unique_ptr<text::FontRegistry> registry = [] {
        Diagnostics diagnostics;
        auto loaded = text::load_font_registry(source_dir() / "fonts" / "fonts.xml", diagnostics);
        if (!loaded) {
            diagnostics.print(std::cerr);
            std::abort();  // the shipped configuration is broken: nothing to fuzz
        }
        return loaded;
    }();
    return *registry;
}

namespace {

/// Length of the UTF-8 sequence at `i` and its code point, or 0 when it is not valid UTF-8
/// (overlong forms, surrogates and values above U+10FFFF are invalid).
std::size_t decode(std::string_view s, std::size_t i, char32_t& c) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned lead = byte(i);
    std::size_t length = 0;
    char32_t min = 0;
    if (lead < 0x80) {
        c = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, c = lead & 0x1F, min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, c = lead & 0x0F, min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, c = lead & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > s.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    return length;
}

}  // namespace

std::string model_text(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        char32_t c = 0;
        const std::size_t length = decode(bytes, i, c);
        if (length == 0) {
            ++i;
            continue;
        }
        const bool xml_char = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
        if (xml_char) out.append(bytes.substr(i, length));
        i += length;
    }
    return out;
}

}  // namespace briefbook::fuzz
