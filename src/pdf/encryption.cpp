#include "pdf/encryption.hpp"

#include <memory>

#include "pdf/aes.hpp"
#include "pdf/security_handler.hpp"
#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfVariant;

namespace {

/// /P with every permission granted (bits 3-6 and 9-12 set, reserved bits as ISO 32000-2 asks).
constexpr std::int32_t kAllPermissions = -4;

std::string bytes_of(const Digest& digest) {
    return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

std::string length_prefixed(const std::string& text) {
    const auto size = static_cast<std::uint32_t>(text.size());
    std::string out;
    for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((size >> (8 * i)) & 0xFF));
    return out + text;
}

/// Every secret of the file from one digest, each with its own label.
class KeySource {
  public:
    KeySource(const Digest& content, const std::string& user_password,
              const std::string& owner_password) {
        Sha256 hash;
        hash.add("briefbook AES-256 secret");
        hash.add(bytes_of(content));
        hash.add(length_prefixed(user_password));
        hash.add(length_prefixed(owner_password));
        secret_ = bytes_of(hash.finish());
    }
    [[nodiscard]] std::string derive(const std::string& label, std::size_t bytes) const {
        return bytes_of(sha256(label + '\0' + secret_)).substr(0, bytes);
    }

  private:
    std::string secret_;
};

/// Encrypts strings and streams with the file key; each gets its own IV, derived from the key and
/// a counter, so that no two share one.
class ObjectEncryptor {
  public:
    explicit ObjectEncryptor(std::string file_key) : file_key_(std::move(file_key)) {}

    void object(PdfObject& object) {
        variant(object);
        if (object.HasStream()) stream(object);
    }

  private:
    std::string encrypt(std::string_view plain) {
        Sha256 hash;
        hash.add("iv");
        hash.add(file_key_);
        hash.add(std::to_string(counter_++));
        const std::string iv = bytes_of(hash.finish()).substr(0, 16);
        return iv + aes_cbc_encrypt(file_key_, iv, plain, true);
    }

    void variant(PdfVariant& value) {
        switch (value.GetDataType()) {
            case PoDoFo::ePdfDataType_String:
            case PoDoFo::ePdfDataType_HexString: {
                const PoDoFo::PdfString& text = value.GetString();
                // PoDoFo keeps UTF-16 strings without their byte-order mark and adds it on writing.
                std::string plain = text.IsUnicode() ? std::string("\xFE\xFF") : std::string();
                plain.append(text.GetString(), static_cast<std::size_t>(text.GetLength()));
                const std::string sealed = encrypt(plain);
                value = PdfVariant(PoDoFo::PdfString(
                    sealed.data(), static_cast<PoDoFo::pdf_long>(sealed.size()), true));
                break;
            }
            case PoDoFo::ePdfDataType_Array:
                for (PdfObject& item : value.GetArray()) variant(item);
                break;
            case PoDoFo::ePdfDataType_Dictionary:
                for (auto& entry : value.GetDictionary().GetKeys()) variant(*entry.second);
                break;
            default:
                break;  // numbers, names, references, booleans, null: not encrypted
        }
    }

    void stream(PdfObject& object) {
        // The stored (already filtered) bytes are what gets encrypted: a reader decrypts, then
        // undoes the filters.
        char* raw = nullptr;
        PoDoFo::pdf_long length = 0;
        object.GetStream()->GetCopy(&raw, &length);
        const std::unique_ptr<char, void (*)(void*)> buffer(raw, PoDoFo::podofo_free);
        const std::string plain(buffer ? buffer.get() : "", static_cast<std::size_t>(length));
        const std::string sealed = encrypt(plain);
        PoDoFo::PdfMemoryInputStream input(sealed.data(),
                                           static_cast<PoDoFo::pdf_long>(sealed.size()));
        object.GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(sealed.size()));
    }

    std::string file_key_;
    std::uint64_t counter_ = 0;
};

PoDoFo::PdfString hex_bytes(const std::string& bytes) {
    return PoDoFo::PdfString(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()), true);
}

}  // namespace

PoDoFo::PdfReference encrypt_document(PoDoFo::PdfMemDocument& document,
                                      const std::string& user_password,
                                      const std::string& owner_password, const Digest& content) {
    const KeySource keys(content, user_password, owner_password);
    const std::string file_key = keys.derive("file key", 32);

    // Every object as it stands; the encryption dictionary, added after, stays in the clear.
    ObjectEncryptor encryptor(file_key);
    for (PdfObject* object : document.GetObjects()) encryptor.object(*object);

    const SecurityValues values =
        security_values(file_key, user_password, owner_password, kAllPermissions,
                        keys.derive("salts", 32), keys.derive("perms", 4));
    PdfObject* dictionary = document.GetObjects().CreateObject();
    PdfDictionary& d = dictionary->GetDictionary();
    d.AddKey("Filter", PdfName("Standard"));
    d.AddKey("V", integer(5));
    d.AddKey("R", integer(6));
    d.AddKey("Length", integer(256));
    PdfDictionary filter;
    filter.AddKey("AuthEvent", PdfName("DocOpen"));
    filter.AddKey("CFM", PdfName("AESV3"));
    filter.AddKey("Length", integer(32));
    PdfDictionary filters;
    filters.AddKey("StdCF", filter);
    d.AddKey("CF", filters);
    d.AddKey("StmF", PdfName("StdCF"));
    d.AddKey("StrF", PdfName("StdCF"));
    d.AddKey("U", hex_bytes(values.u));
    d.AddKey("UE", hex_bytes(values.ue));
    d.AddKey("O", hex_bytes(values.o));
    d.AddKey("OE", hex_bytes(values.oe));
    d.AddKey("Perms", hex_bytes(values.perms));
    d.AddKey("P", integer(kAllPermissions));
    d.AddKey("EncryptMetadata", PdfVariant(true));
    // Revision 6 belongs to PDF 2.0; PDF 1.7 files declare it as Adobe extension level 8.
    document.AddPdfExtension("ADBE", 8);
    return dictionary->Reference();
}

std::string derived_owner_password(const Digest& content, const std::string& user_password) {
    const KeySource keys(content, user_password, "owner");
    return hex_upper(keys.derive("owner password", 16));
}

}  // namespace briefbook::pdf
