#include "core/file_slug.h"

#include <cctype>

namespace coachscope::core {

std::string fileSlug(const std::string& text, const std::string& fallback) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? fallback : out;
}

}  // namespace coachscope::core
