// A person's or a title's words as a file-name part: "Sam O'Neill" -> "sam-o-neill".
#pragma once

#include <string>

namespace coachscope::core {

// Lowercase letters and digits joined by single '-'; `fallback` when nothing is left.
std::string fileSlug(const std::string& text, const std::string& fallback = "learner");

}  // namespace coachscope::core
