// Transcript text quoted in a message so a person sees exactly what is there: invisible and
// look-alike characters escaped (\v, \t, \u00A0, \u200B ...), cut to a short excerpt.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coachscope::core {

// At most `maxCharacters` characters of `text` (then "…"), with control characters, format
// characters (zero-width, bidirectional marks, BOM), non-breaking and other unusual spaces,
// U+FFFD and bytes that are not UTF-8 written as escapes; backslashes and quotes are escaped too.
std::string visibleExcerpt(std::string_view text, std::size_t maxCharacters = 48);

}  // namespace coachscope::core
