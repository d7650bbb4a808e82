#include "pdf/serialize.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

namespace {

/// What `write` writes to a PoDoFo output device, as bytes.
template <typename Write>
std::string written(Write&& write) {
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
}

}  // namespace

std::string serialize(PoDoFo::PdfMemDocument& document) {
    return written([&](PoDoFo::PdfOutputDevice* device) { document.Write(device); });
}

namespace {

/// Object streams hold at most this many objects, so that a reader that fetches one object does
/// not inflate a whole book's worth of them.
constexpr std::size_t kObjectsPerStream = 200;

std::string flate(std::string_view bytes) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        throw Error("zlib could not compress an object stream", "pdf.write-failed");
    out.resize(size);
    return out;
}

/// The value of an object as PDF syntax, without "N G obj".
std::string value_of(const PoDoFo::PdfObject& object) {
    return written([&](PoDoFo::PdfOutputDevice* device) {
        static_cast<const PoDoFo::PdfVariant&>(object).Write(device, PoDoFo::ePdfWriteMode_Compact,
                                                            nullptr);
    });
}

/// The whole indirect object, "N G obj ... endobj", stream included.
std::string indirect_object(const PoDoFo::PdfObject& object) {
    return written([&](PoDoFo::PdfOutputDevice* device) {
        object.WriteObject(device, PoDoFo::ePdfWriteMode_Compact, nullptr);
    });
}

/// One cross-reference stream entry: type, then 4 and 2 big-endian bytes (/W [1 4 2]).
void put_entry(std::string& xref, unsigned type, std::uint64_t second, unsigned third) {
    xref += static_cast<char>(type);
    for (int shift = 24; shift >= 0; shift -= 8) xref += static_cast<char>((second >> shift) & 0xFF);
    xref += static_cast<char>((third >> 8) & 0xFF);
    xref += static_cast<char>(third & 0xFF);
}

}  // namespace

std::string serialize_with_object_streams(PoDoFo::PdfMemDocument& document) {
    const PoDoFo::PdfObject* trailer = document.GetTrailer();
    const PoDoFo::PdfObject* root = trailer->GetDictionary().GetKey("Root");
    const PoDoFo::PdfObject* info = trailer->GetDictionary().GetKey("Info");
    if (!root || !root->IsReference())
        throw Error("PoDoFo's document has no catalog reference", "pdf.write-failed");
    const std::uint32_t info_number = info && info->IsReference() ? info->GetReference().ObjectNumber() : 0;

    // Where each object went: (type, offset or object stream number, index in the stream).
    struct Entry {
        unsigned type = 0;
        std::uint64_t second = 0;
        unsigned third = 0;
    };
    std::vector<Entry> entries(1, Entry{0, 0, 65535});
    auto entry = [&](std::uint32_t number) -> Entry& {
        if (entries.size() <= number) entries.resize(number + 1);
        return entries[number];
    };
    std::uint32_t next_number = 1;
    for (const PoDoFo::PdfObject* object : document.GetObjects())
        next_number = std::max(next_number, static_cast<std::uint32_t>(object->Reference().ObjectNumber()) + 1);

    // 1. Streams, and the document information (some tools read it without object streams), as
    //    they are; everything else waits for an object stream.
    std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    std::vector<const PoDoFo::PdfObject*> packed;
    for (const PoDoFo::PdfObject* object : document.GetObjects()) {
        const auto& reference = object->Reference();
        const auto number = static_cast<std::uint32_t>(reference.ObjectNumber());
        if (object->HasStream() || number == info_number || reference.GenerationNumber() != 0) {
            entry(number) = {1, out.size(), reference.GenerationNumber()};
            out += indirect_object(*object);
        } else {
            packed.push_back(object);
        }
    }
    // 2. The object streams: "number offset ..." pairs, then the objects.
    for (std::size_t first = 0; first < packed.size(); first += kObjectsPerStream) {
        const std::size_t last = std::min(packed.size(), first + kObjectsPerStream);
        const std::uint32_t stream_number = next_number++;
        std::string header, body;
        for (std::size_t i = first; i < last; ++i) {
            const auto number = static_cast<std::uint32_t>(packed[i]->Reference().ObjectNumber());
            header += std::to_string(number) + ' ' + std::to_string(body.size()) + ' ';
            body += value_of(*packed[i]);
            body += '\n';
            entry(number) = {2, stream_number, static_cast<unsigned>(i - first)};
        }
        const std::string data = flate(header + body);
        entry(stream_number) = {1, out.size(), 0};
        out += std::to_string(stream_number) + " 0 obj<</Type/ObjStm/N " + std::to_string(last - first) +
               "/First " + std::to_string(header.size()) + "/Filter/FlateDecode/Length " +
               std::to_string(data.size()) + ">>stream\n" + data + "\nendstream\nendobj\n";
    }
    // 3. The cross-reference stream, which is also the trailer (its /ID is set afterwards).
    const std::uint32_t xref_number = next_number++;
    entry(xref_number) = {1, out.size(), 0};
    std::string table;
    for (const Entry& e : entries) put_entry(table, e.type, e.second, e.third);
    const std::string data = flate(table);
    const std::string zero_id(32, '0');
    out += std::to_string(xref_number) + " 0 obj<</Type/XRef/Size " + std::to_string(entries.size()) +
           "/W[1 4 2]/Root " + root->GetReference().ToString() +
           (info_number ? "/Info " + info->GetReference().ToString() : std::string()) + "/ID[<" +
           zero_id + "><" + zero_id + ">]/Filter/FlateDecode/Length " + std::to_string(data.size()) +
           ">>stream\n" + data + "\nendstream\nendobj\nstartxref\n" +
           std::to_string(entries[xref_number].second) + "\n%%EOF\n";
    return out;
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
    std::size_t trailer = pdf.rfind("trailer");
    if (trailer == std::string::npos) trailer = pdf.rfind("/Type/XRef");  // object streams
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
