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

bool looksLikeId(const std::string& text) {
  uuid_t parsed;
  return text.size() == 36 && uuid_parse(text.c_str(), parsed) == 0;
}

}  // namespace coachscope::core
