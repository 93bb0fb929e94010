// HTML's named character references (the WHATWG list), generated at build time from Python's
// html.entities.html5 by third_party/html_entities.py. Internal to core/transcript*.
#pragma once

#include <cstddef>
#include <string_view>

namespace coachscope::core::transcript_entities {

struct NamedReference {
  std::string_view name;  // as written after '&': "amp;", and "amp" for the ones HTML reads without ';'
  std::string_view text;  // UTF-8
};

extern const NamedReference kNamedReferences[];  // sorted by name (bytewise)
extern const std::size_t kNamedReferenceCount;
// What &#128; .. &#159; stand for: HTML reads them as Windows-1252 ("&#150;" is an en dash).
extern const std::string_view kRemappedC1[32];

}  // namespace coachscope::core::transcript_entities
