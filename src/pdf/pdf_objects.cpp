#include "pdf/pdf_objects.hpp"

#include <cmath>

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

void set_stream(PoDoFo::PdfObject& object, std::string_view bytes, bool compress) {
    PoDoFo::TVecFilters filters;
    if (compress) filters.push_back(PoDoFo::ePdfFilter_FlateDecode);
    object.GetStream()->Set(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()), filters);
}

void set_encoded_stream(PoDoFo::PdfObject& object, std::string_view bytes, const char* filter) {
    PoDoFo::PdfMemoryInputStream input(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()));
    object.GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(bytes.size()));
    object.GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName(filter));
}

PoDoFo::PdfString text_string(std::string_view utf8) {
    // PoDoFo's UTF-8 constructor stores UTF-16BE and writes it with a byte-order mark; a plain
    // const char* would be taken as PDFDocEncoding and garble everything outside ASCII. The round
    // trip through our decoder turns invalid bytes into U+FFFD before PoDoFo sees them.
    const std::string checked = encode_utf8(decode_utf8(utf8));
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(checked.c_str()),
                             static_cast<PoDoFo::pdf_long>(checked.size()));
}

PoDoFo::PdfString byte_string(std::string_view bytes) {
    return PoDoFo::PdfString(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()));
}

PoDoFo::PdfVariant integer(std::int64_t value) {
    return PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(value));
}

PoDoFo::PdfVariant number(double value) {
    const double rounded = std::round(value * 1000.0) / 1000.0;
    if (rounded == std::floor(rounded) && std::fabs(rounded) < 1e15)
        return integer(static_cast<std::int64_t>(rounded));
    return PoDoFo::PdfVariant(rounded);
}

PoDoFo::PdfArray rectangle(double left, double bottom, double right, double top) {
    PoDoFo::PdfArray array;
    array.push_back(number(left));
    array.push_back(number(bottom));
    array.push_back(number(right));
    array.push_back(number(top));
    return array;
}

}  // namespace briefbook::pdf
