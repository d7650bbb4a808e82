#include "pdf/serialize.hpp"

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

std::string serialize(PoDoFo::PdfMemDocument& document) {
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    document.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
}

void add_trailer_entry(std::string& pdf, const std::string& entry) {
    const std::size_t trailer = pdf.rfind("trailer");
    const std::size_t open = trailer == std::string::npos ? trailer : pdf.find("<<", trailer);
    if (open == std::string::npos)
        throw Error("PoDoFo wrote no trailer dictionary", "pdf.write-failed");
    pdf.insert(open + 2, entry);
}

void set_file_identifier(std::string& pdf, const Digest& digest) {
    const std::string id =
        hex_upper(std::string_view(reinterpret_cast<const char*>(digest.data()), 16));
    // PoDoFo writes `trailer\n<</ID[<32 hex><32 hex>]...>>`; anything else means another PoDoFo.
    const auto unexpected = [] {
        return Error("unexpected trailer /ID from PoDoFo", "pdf.write-failed");
    };
    const std::size_t trailer = pdf.rfind("trailer");
    if (trailer == std::string::npos) throw unexpected();
    std::size_t at = pdf.find("/ID", trailer);
    if (at == std::string::npos) throw unexpected();
    for (int half = 0; half < 2; ++half) {
        const std::size_t open = pdf.find('<', at);
        const std::size_t close = open == std::string::npos ? open : pdf.find('>', open);
        if (close == std::string::npos || close - open - 1 != id.size()) throw unexpected();
        pdf.replace(open + 1, id.size(), id);
        at = close + 1;
    }
}

}  // namespace briefbook::pdf
