#pragma once
// The standard security handler of PDF 2.0, revision 6 (ISO 32000-2 7.6.4): the password hash
// (algorithm 2.B) and the /U /UE /O /OE /Perms entries (algorithms 8, 9, 10). Pure functions over
// bytes; the writer supplies the file key and the salts.

#include <cstdint>
#include <string>
#include <string_view>

namespace briefbook::pdf {

/// The entries of an encryption dictionary that depend on keys and passwords.
struct SecurityValues {
    std::string u;      ///< 48 bytes: hash, validation salt, key salt
    std::string ue;     ///< 32 bytes: the file key encrypted under the user password
    std::string o;      ///< 48 bytes
    std::string oe;     ///< 32 bytes
    std::string perms;  ///< 16 bytes: the permissions encrypted under the file key
};

/// Algorithm 2.B: the hash of a password (UTF-8, at most 127 bytes are used) with an 8-byte salt
/// and, for the owner password, the 48-byte /U value.
[[nodiscard]] std::string password_hash(std::string_view password, std::string_view salt,
                                        std::string_view user_key);

/// Algorithms 8, 9 and 10. `file_key` has 32 bytes; `salts` 32 bytes (user validation and key
/// salts, owner validation and key salts); `perms_filler` 4 bytes for the unused end of /Perms.
/// `permissions` is /P. Metadata is encrypted too.
[[nodiscard]] SecurityValues security_values(std::string_view file_key,
                                             std::string_view user_password,
                                             std::string_view owner_password,
                                             std::int32_t permissions, std::string_view salts,
                                             std::string_view perms_filler);

}  // namespace briefbook::pdf
