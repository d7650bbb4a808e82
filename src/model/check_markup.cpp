#include "model/check_markup.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace briefbook::model {

namespace {

bool is_name_end(char c) { return is_xml_space(c) || c == '=' || c == '/' || c == '>'; }

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool is_entity_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':';
}

/// XML 1.0 Char production, for character references.
bool is_xml_char(std::uint32_t c) {
    if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
    return (c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

class MarkupChecker {
public:
    MarkupChecker(const XmlSource& source, const std::string& file, Diagnostics& diagnostics)
        : source_(source), text_(source.text()), file_(file), diagnostics_(diagnostics) {}

    void run() {
        while (i_ < text_.size()) {
            if (text_[i_] == '<') {
                markup();
            } else if (text_[i_] == '&') {
                reference();
            } else if (depth_ == 0 && !is_xml_space(text_[i_])) {
                error(i_, "xml.syntax", "text outside the root element");
                i_ = std::min(text_.find('<', i_), text_.size());
            } else {
                ++i_;
            }
        }
    }

private:
    void error(std::size_t offset, std::string code, std::string message) {
        diagnostics_.error({file_, source_.position_at(offset)}, std::move(code), std::move(message));
    }

    bool at(std::string_view prefix) const { return text_.substr(i_, prefix.size()) == prefix; }

    void skip_past(std::string_view terminator) {
        const std::size_t end = text_.find(terminator, i_);
        i_ = end == std::string_view::npos ? text_.size() : end + terminator.size();
    }

    void markup() {
        if (at("<!--")) return skip_past("-->");
        if (at("<![CDATA[")) return skip_past("]]>");
        if (at("<?")) return skip_past("?>");
        if (at("<!DOCTYPE")) {
            error(i_, "xml.doctype", "DOCTYPE declarations are not allowed: briefings never load DTDs or entities");
            return skip_doctype();
        }
        if (at("</")) {
            --depth_;
            return skip_past(">");
        }
        start_tag();
    }

    /// Past the DOCTYPE, its internal subset in brackets and any quoted strings in it.
    void skip_doctype() {
        int brackets = 0;
        char quote = 0;
        for (++i_; i_ < text_.size(); ++i_) {
            const char c = text_[i_];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                ++brackets;
            } else if (c == ']') {
                --brackets;
            } else if (c == '>' && brackets <= 0) {
                ++i_;
                return;
            }
        }
    }

    void start_tag() {
        const std::size_t tag_start = i_;
        ++i_;
        const std::size_t name_start = i_;
        while (i_ < text_.size() && !is_name_end(text_[i_])) ++i_;
        const std::string_view name = text_.substr(name_start, i_ - name_start);
        if (depth_ == 0 && root_seen_) {
            error(tag_start, "xml.syntax", "a second root element <" + std::string(name) + ">: a file has one root element");
        }
        root_seen_ = true;
        std::vector<std::string_view> attributes;
        while (i_ < text_.size()) {
            i_ = source_.skip_white_space(i_);
            if (at("/>")) {
                i_ += 2;
                return;
            }
            if (at(">")) {
                ++i_;
                ++depth_;
                return;
            }
            attribute(name, attributes);
        }
    }

    void attribute(std::string_view element, std::vector<std::string_view>& seen) {
        const std::size_t name_start = i_;
        while (i_ < text_.size() && !is_name_end(text_[i_])) ++i_;
        const std::string_view name = text_.substr(name_start, i_ - name_start);
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            error(name_start, "xml.syntax",
                  "attribute '" + std::string(name) + "' appears twice on <" + std::string(element) + ">");
        }
        seen.push_back(name);
        i_ = source_.skip_white_space(i_);
        if (i_ < text_.size() && text_[i_] == '=') i_ = source_.skip_white_space(i_ + 1);
        if (i_ >= text_.size() || (text_[i_] != '"' && text_[i_] != '\'')) {
            ++i_;  // pugixml accepted the tag, so this does not happen; never loop on it anyway
            return;
        }
        const char quote = text_[i_++];
        while (i_ < text_.size() && text_[i_] != quote) {
            if (text_[i_] == '<') {
                error(i_, "xml.syntax", "'<' is not allowed in an attribute value: write &lt;");
                ++i_;
            } else if (text_[i_] == '&') {
                reference();
            } else {
                ++i_;
            }
        }
        ++i_;
    }

    /// An '&' in text or an attribute value: one of the five predefined entities or a character
    /// reference; anything else would need a DTD, which briefings never have.
    void reference() {
        const std::size_t start = i_++;
        if (i_ < text_.size() && text_[i_] == '#') return character_reference(start);
        const std::size_t name_start = i_;
        while (i_ < text_.size() && is_entity_name_char(text_[i_])) ++i_;
        const std::string_view name = text_.substr(name_start, i_ - name_start);
        if (name.empty() || i_ >= text_.size() || text_[i_] != ';') {
            error(start, "xml.entity", "a literal '&' must be written &amp;");
            return;
        }
        ++i_;
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return;
        error(start, "xml.entity",
              "undefined entity '&" + std::string(name) + ";': briefings have no DTD, write the character itself");
    }

    void character_reference(std::size_t start) {
        ++i_;  // '#'
        const bool hex = i_ < text_.size() && text_[i_] == 'x';
        if (hex) ++i_;
        std::uint32_t value = 0;
        const std::size_t digits_start = i_;
        while (i_ < text_.size() && (hex ? is_hex_digit(text_[i_]) : (text_[i_] >= '0' && text_[i_] <= '9'))) {
            const char c = text_[i_++];
            const std::uint32_t digit = c <= '9' ? static_cast<std::uint32_t>(c - '0')
                                                 : static_cast<std::uint32_t>((c | 0x20) - 'a' + 10);
            value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + digit, 0x110000);
        }
        if (i_ == digits_start || i_ >= text_.size() || text_[i_] != ';') {
            error(start, "xml.entity", "malformed character reference");
            return;
        }
        ++i_;
        if (!is_xml_char(value)) {
            error(start, "xml.bad-char",
                  "character reference '" + std::string(text_.substr(start, i_ - start)) +
                      "' names a character that XML does not allow");
        }
    }

    const XmlSource& source_;
    std::string_view text_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    std::size_t i_ = 0;
    long depth_ = 0;
    bool root_seen_ = false;
};

}  // namespace

void check_markup(const XmlSource& source, const std::string& file, Diagnostics& diagnostics) {
    MarkupChecker(source, file, diagnostics).run();
}

}  // namespace briefbook::model
