#pragma once
// Turning the PoDoFo document into bytes, with a file identifier derived from the content.

#include <string>

#include "pdf/digest.hpp"
#include "pdf/pdf_objects.hpp"

namespace briefbook::pdf {

/// Writes the whole document to memory (never to a file: the caller renames a complete file into
/// place, so no reader ever sees a truncated PDF).
[[nodiscard]] std::string serialize(PoDoFo::PdfMemDocument& document);

/// Writes the whole document to memory as PDF 1.5 and later read it: every dictionary and array
/// object but the document information is packed into Flate-compressed object streams, and the
/// cross-reference table is a compressed stream. A 400-page book has some five thousand link
/// annotations and outline items; written one by one they were a third of the file. Not for
/// encrypted documents (their strings would have to be encrypted as part of the object streams).
[[nodiscard]] std::string serialize_with_object_streams(PoDoFo::PdfMemDocument& document);

/// Adds an entry (e.g. "/Encrypt 12 0 R") to the trailer dictionary of a serialized file. The
/// trailer comes after the cross-reference table, so no offset moves.
void add_trailer_entry(std::string& pdf, const std::string& entry);

/// Replaces both halves of the trailer's (or cross-reference stream's) /ID with the first 16 bytes
/// of `digest`. PoDoFo derives
/// the /ID from the Info dictionary alone (an MD5 of it), so two books with the same title would
/// share one; the replacement has the same length, so no offset moves. AES-256 (revision 6) does
/// not use the /ID, so this is safe for encrypted files too.
void set_file_identifier(std::string& pdf, const Digest& digest);

}  // namespace briefbook::pdf
