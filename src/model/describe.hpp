#pragma once

#include <string>
#include <string_view>

namespace briefbook::model {

/// "person 'song-ruilin'", or "<person>" when it has no id: how messages name a thing.
inline std::string describe(std::string_view kind, const std::string& id) {
    if (id.empty()) return "<" + std::string(kind) + ">";
    return std::string(kind) + " '" + id + "'";
}

}  // namespace briefbook::model
