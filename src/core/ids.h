// Stable identifiers (RFC 4122 UUIDs, random) for observations, notes and marker events.
#pragma once

#include <string>

namespace coachscope::core {

std::string newId();  // "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
bool looksLikeId(const std::string& text);

}  // namespace coachscope::core
