// An error in outside input: which file, where inside it, and why — shown to people as is.
#pragma once

#include <string>

namespace coachscope::core {

struct Error {
  std::string file;    // path or name of the input; may be empty for in-memory input
  std::string where;   // JSON Pointer ("/markers/3/code"), "line 4, column 2", or empty
  std::string reason;  // plain words, no trailing full stop

  // "file: where: reason", leaving out empty parts.
  std::string message() const;
};

}  // namespace coachscope::core
