#include "pdf/encryption.hpp"

#include "pdf/unicode_text.hpp"

namespace briefbook::pdf {

void protect(PoDoFo::PdfMemDocument& document, const std::string& user_password,
             const std::string& owner_password) {
    using PoDoFo::PdfEncrypt;
    const int permissions =
        PdfEncrypt::ePdfPermissions_Print | PdfEncrypt::ePdfPermissions_Edit |
        PdfEncrypt::ePdfPermissions_Copy | PdfEncrypt::ePdfPermissions_EditNotes |
        PdfEncrypt::ePdfPermissions_FillAndSign | PdfEncrypt::ePdfPermissions_Accessible |
        PdfEncrypt::ePdfPermissions_DocAssembly | PdfEncrypt::ePdfPermissions_HighPrint;
    document.SetEncrypted(user_password, owner_password, permissions,
                          PdfEncrypt::ePdfEncryptAlgorithm_AESV3R6, PdfEncrypt::ePdfKeyLength_256);
    document.AddPdfExtension("ADBE", 8);
}

std::string derived_owner_password(const Digest& content, const std::string& user_password) {
    Sha256 hash;
    hash.add("briefbook owner password");
    hash.add(std::string_view(reinterpret_cast<const char*>(content.data()), content.size()));
    hash.add(user_password);
    const Digest digest = hash.finish();
    return hex_upper(std::string_view(reinterpret_cast<const char*>(digest.data()), 16));
}

}  // namespace briefbook::pdf
