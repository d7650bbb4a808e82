#include "model/parse_xml.hpp"

#include <algorithm>
#include <cctype>

#include "model/check_markup.hpp"

namespace briefbook::model {

namespace {

// Declarations are parsed to check their encoding; white-space-only text is kept because
// between two inline elements it is a word space.
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration;

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::size_t last_non_space(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && is_xml_space(text[end - 1])) --end;
    return end == 0 ? 0 : end - 1;
}

/// The name of the end tag whose name starts at `offset`.
std::string end_tag_name(std::string_view text, std::size_t offset) {
    std::size_t end = offset;
    while (end < text.size() && !is_xml_space(text[end]) && text[end] != '>' && text[end] != '<') ++end;
    return std::string(text.substr(offset, end - offset));
}

std::string describe_syntax_error(const pugi::xml_parse_result& result, std::string_view text) {
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0));
    switch (result.status) {
        case pugi::status_unrecognized_tag: return "malformed tag ('<' must start a tag: write &lt; for a literal '<')";
        case pugi::status_bad_pi: return "malformed XML declaration or processing instruction";
        case pugi::status_bad_comment: return "malformed comment";
        case pugi::status_bad_cdata: return "malformed CDATA section";
        case pugi::status_bad_doctype: return "malformed DOCTYPE";
        case pugi::status_bad_pcdata: return "malformed text";
        case pugi::status_bad_start_element: return "malformed start tag";
        case pugi::status_bad_attribute: return "malformed attribute (a value must be quoted)";
        case pugi::status_bad_end_element: return "malformed end tag";
        case pugi::status_end_element_mismatch:
            return "end tag </" + end_tag_name(text, offset) + "> does not match the open element";
        default: return std::string("malformed XML: ") + result.description();
    }
}

void report_parse_failure(const pugi::xml_parse_result& result, const XmlSource& source, const std::string& file,
                          Diagnostics& diagnostics) {
    const std::string_view text = source.text();
    if (result.status == pugi::status_out_of_memory || result.status == pugi::status_internal_error) {
        throw Error("cannot parse " + file + ": " + result.description(), "env.out-of-memory");
    }
    if (result.status == pugi::status_no_document_element) {
        diagnostics.error({file, source.position_at(source.skip_white_space(0))}, "xml.no-root",
                          "not an XML document: there is no root element");
        return;
    }
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0));
    // pugixml stops at the last character of a file that ends inside a tag or an open element.
    if (offset >= last_non_space(text)) {
        diagnostics.error({file, source.position_at(text.size())}, "xml.truncated",
                          "the file ends in the middle of the XML: an element or tag is not closed");
        return;
    }
    // A mismatched end tag: point at its "</", not at the name pugixml points at.
    const bool at_end_tag_name = result.status == pugi::status_end_element_mismatch && offset >= 2 &&
                                 text.substr(offset - 2, 2) == "</";
    diagnostics.error({file, source.position_at(at_end_tag_name ? offset - 2 : offset)}, "xml.syntax",
                      describe_syntax_error(result, text));
}

/// The declaration may name an encoding; the bytes have already been read as UTF-8 or UTF-16.
void check_declared_encoding(const pugi::xml_document& document, const XmlSource& source, SourceEncoding encoding,
                             const std::string& file, Diagnostics& diagnostics) {
    const pugi::xml_node declaration = document.child("xml");
    if (declaration.type() != pugi::node_declaration) return;
    const pugi::xml_attribute attribute = declaration.attribute("encoding");
    if (!attribute) return;
    const std::string declared = lowercase(attribute.value());
    const bool matches = encoding == SourceEncoding::kUtf16
                             ? declared.rfind("utf-16", 0) == 0 || declared.rfind("utf16", 0) == 0
                             : declared == "utf-8" || declared == "utf8" || declared == "us-ascii" || declared == "ascii";
    if (matches) return;
    TextPosition where;
    if (const auto offset = declaration.offset_debug(); offset >= 0) {
        const auto at = source.find_attribute(static_cast<std::size_t>(offset), "encoding");
        where = source.position_at(at.value_or(static_cast<std::size_t>(offset)));
    }
    diagnostics.error({file, where}, "encoding.unsupported",
                      "the XML declaration names encoding '" + std::string(attribute.value()) +
                          "', but briefings are read as UTF-8: save the file as UTF-8");
}

}  // namespace

pugi::xml_node parse_xml(const XmlSource& source, SourceEncoding encoding, pugi::xml_document& document,
                         const std::string& file, Diagnostics& diagnostics) {
    const std::string_view text = source.text();
    if (source.skip_white_space(0) == text.size()) {
        diagnostics.error({file, {}}, "xml.empty", "the file is empty");
        return {};
    }
    const auto result = document.load_buffer(text.data(), text.size(), kParseFlags, pugi::encoding_utf8);
    if (!result) {
        report_parse_failure(result, source, file, diagnostics);
        return {};
    }
    check_declared_encoding(document, source, encoding, file, diagnostics);
    check_markup(source, file, diagnostics);
    return document.document_element();
}

}  // namespace briefbook::model
