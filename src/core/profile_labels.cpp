#include "core/profile_labels.h"

#include <fmt/format.h>

#include <cctype>

namespace coachscope::core {
namespace {

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::size_t codePoints(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::optional<std::string> groupingLabelProblem(std::string_view label) {
  if (label.empty()) return std::nullopt;
  for (unsigned char c : label) {
    if (c < 0x20 || c == 0x7F) return std::string("must be one line of text, without control characters");
  }
  if (label.front() == ' ' || label.back() == ' ') return std::string("must not start or end with a space");
  if (codePoints(label) > kGroupingLabelMaxChars) {
    return fmt::format("must be at most {} characters (has {})", kGroupingLabelMaxChars, codePoints(label));
  }
  return std::nullopt;
}

std::string normalizeGroupingLabel(std::string_view typed) {
  std::string out;
  bool pendingSpace = false;
  for (unsigned char c : typed) {
    if (isSpace(c) || c < 0x20 || c == 0x7F) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += static_cast<char>(c);
  }
  return out;
}

bool sameGroupingLabel(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

}  // namespace coachscope::core
