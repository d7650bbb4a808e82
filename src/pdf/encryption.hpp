#pragma once
// Password protection: AES-256 (security handler revision 6, /V 5 /R 6, AESV3), which PoDoFo 0.9.8
// writes correctly from a PdfMemDocument (its PdfStreamedDocument cannot encrypt with AES).

#include <string>

#include "pdf/digest.hpp"
#include "pdf/pdf_objects.hpp"

namespace briefbook::pdf {

/// Makes the next write of `document` encrypted with AES-256, opened by `user_password`. Every
/// permission is granted: the password keeps the book confidential, it does not restrict readers.
/// Declares Adobe extension level 8, which defines revision 6 for PDF 1.7.
void protect(PoDoFo::PdfMemDocument& document, const std::string& user_password,
             const std::string& owner_password);

/// An owner password when the caller gives none: 32 hex digits derived from the unencrypted
/// document's digest and the user password, so the same input gives the same password and nobody
/// can guess it without the content.
[[nodiscard]] std::string derived_owner_password(const Digest& content,
                                                 const std::string& user_password);

}  // namespace briefbook::pdf
