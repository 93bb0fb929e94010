// Stable identifiers (RFC 4122 UUIDs, random) for observations, notes and marker events.
#pragma once

#include <string>
#include <string_view>

namespace coachscope::core {

std::string newId();  // "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
bool looksLikeId(const std::string& text);

inline constexpr std::size_t kMaxIdLength = 128;
// Whether an id may become part of a file name: 1 to kMaxIdLength letters, digits, '.', '_' or
// '-', not starting with '.' and without "..", so it can never name a separator, a parent folder,
// a hidden file or NUL. Every UUID is one.
bool isSafeId(std::string_view text);

}  // namespace coachscope::core
