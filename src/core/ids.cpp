#include "core/ids.h"

#include <uuid.h>

namespace coachscope::core {

std::string newId() {
  uuid_t id;
  uuid_generate_random(id);
  char text[37];
  uuid_unparse_lower(id, text);
  return text;
}

bool isSafeId(std::string_view text) {
  if (text.empty() || text.size() > kMaxIdLength || text.front() == '.') return false;
  if (text.find("..") != std::string_view::npos) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool looksLikeId(const std::string& text) {
  uuid_t parsed;
  return text.size() == 36 && uuid_parse(text.c_str(), parsed) == 0;
}

}  // namespace coachscope::core
