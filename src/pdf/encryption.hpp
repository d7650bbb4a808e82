#pragma once
// Password protection with AES-256: the PDF 2.0 standard security handler, revision 6 (/V 5 /R 6,
// /AESV3), applied by us to the finished document.
//
// Not PoDoFo's: PoDoFo 0.9.8 writes AESV3 files that readers open, but it makes the 256-bit file
// key from rand() seeded with time(NULL), so every file written in the same second shares one key
// and anyone can find the key by trying the seconds around the file's date (see docs/pdf.md).

#include <string>

#include "pdf/digest.hpp"
#include "pdf/pdf_objects.hpp"

namespace briefbook::pdf {

/// Encrypts every string and stream of `document` in place with AES-256-CBC and adds the
/// encryption dictionary, which is returned: the trailer must name it (PoDoFo 0.9.8 has no way to
/// add it, see add_trailer_entry). Every permission is granted: the password keeps the book
/// confidential, it does not restrict readers. Keys, salts and IVs are derived from `content` (the
/// digest of the unencrypted file) and both passwords, so the same book with the same password
/// gives the same bytes, and a different password a different file key.
PoDoFo::PdfReference encrypt_document(PoDoFo::PdfMemDocument& document,
                                      const std::string& user_password,
                                      const std::string& owner_password, const Digest& content);

/// An owner password when the caller gives none: 32 hex digits derived from the unencrypted
/// document's digest and the user password.
[[nodiscard]] std::string derived_owner_password(const Digest& content,
                                                 const std::string& user_password);

}  // namespace briefbook::pdf
