#pragma once
// Small helpers over PoDoFo 0.9.8's object model, shared by the parts of the writer. PoDoFo types
// never leave src/pdf/.

#include <podofo/podofo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "briefbook/diagnostics.hpp"

namespace briefbook::pdf {

/// Runs `body`, turning a PoDoFo::PdfError (which does not derive from std::exception) into a
/// briefbook::Error with code "pdf.write-failed".
template <typename Body>
decltype(auto) with_podofo_errors(Body&& body) {
    try {
        return std::forward<Body>(body)();
    } catch (const PoDoFo::PdfError& error) {
        std::string message = "PDF library error: ";
        const char* description = PoDoFo::PdfError::ErrorMessage(error.GetError());
        message += description ? description : PoDoFo::PdfError::ErrorName(error.GetError());
        for (const auto& frame : error.GetCallstack())
            if (!frame.GetInformation().empty()) message += " (" + frame.GetInformation() + ")";
        throw Error(message, "pdf.write-failed");
    }
}

/// Sets a stream's data, Flate-compressed when `compress`.
void set_stream(PoDoFo::PdfObject& object, std::string_view bytes, bool compress);

/// Sets a stream's data that is already encoded with `filter` (e.g. "DCTDecode"), untouched.
void set_encoded_stream(PoDoFo::PdfObject& object, std::string_view bytes, const char* filter);

/// A PDF text string (Info entries, outline titles): UTF-16BE with a byte-order mark, which every
/// reader decodes exactly, CJK and characters beyond the BMP included.
[[nodiscard]] PoDoFo::PdfString text_string(std::string_view utf8);

/// A PDF byte string (destination names, URIs): the bytes as they are.
[[nodiscard]] PoDoFo::PdfString byte_string(std::string_view bytes);

/// An integer for a PDF object. Always pass integers through this: GCC takes a constant zero such
/// as `pdf_int64(0)` for a null pointer and picks PoDoFo's AddKey(name, const PdfObject*).
[[nodiscard]] PoDoFo::PdfVariant integer(std::int64_t value);

/// A number for a PDF object: an integer when it is one, else a real rounded to 1/1000, so that
/// the same layout always prints the same digits.
[[nodiscard]] PoDoFo::PdfVariant number(double value);

/// [left bottom right top] in PDF user space.
[[nodiscard]] PoDoFo::PdfArray rectangle(double left, double bottom, double right, double top);

}  // namespace briefbook::pdf
