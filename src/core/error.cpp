#include "core/error.h"

namespace coachscope::core {

std::string Error::message() const {
  std::string text;
  for (const std::string* part : {&file, &where}) {
    if (!part->empty()) text += *part + ": ";
  }
  return text + reason;
}

}  // namespace coachscope::core
