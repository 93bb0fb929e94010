#include "core/error.h"

namespace coachscope::core {

namespace {

// A place deep in a document (64 levels of keys) is cut in the middle, on a character boundary,
// so a message stays one short line.
constexpr std::size_t kMaxWhereBytes = 240;

std::size_t characterStart(const std::string& text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::string shortened(const std::string& where) {
  if (where.size() <= kMaxWhereBytes) return where;
  const std::size_t head = characterStart(where, kMaxWhereBytes / 2);
  const std::size_t tail = characterStart(where, where.size() - kMaxWhereBytes / 2);
  return where.substr(0, head) + "…" + where.substr(tail);
}

}  // namespace

std::string Error::message() const {
  std::string text;
  if (!file.empty()) text += file + ": ";
  if (!where.empty()) text += shortened(where) + ": ";
  return text + reason;
}

}  // namespace coachscope::core
