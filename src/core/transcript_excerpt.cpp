#include "core/transcript_excerpt.h"

#include <fmt/format.h>

#include "core/transcript_utf8.h"

namespace coachscope::core {
namespace {

// Characters a reader cannot see or cannot tell from a plain space.
bool invisible(char32_t c, char32_t previous) {
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true;  // C0, DEL, C1 controls
  switch (c) {
    case 0x00A0: case 0x00AD: case 0x034F: case 0x061C: case 0x115F: case 0x1160: case 0x1680: case 0x180E:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0x3164: case 0xFEFF: case 0xFFA0:
    case 0xFFFD: case 0xFFFE: case 0xFFFF:
      return true;
    case 0x200D:  // the zero-width joiner is part of emoji sequences ("👩‍💻"): only alone is it a mystery
      return previous < 0x2000;
    default: break;
  }
  return (c >= 0x2000 && c <= 0x200C) || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x206F) || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE0000 && c <= 0xE007F) ||
         (c >= 0x0600 && c <= 0x0605);
}

}  // namespace

std::string visibleExcerpt(std::string_view text, std::size_t maxCharacters) {
  std::string out;
  std::size_t shown = 0;
  char32_t previous = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (shown == maxCharacters) {
      out += "…";
      break;
    }
    const utf8::Decoded d = utf8::decode(text, i);
    if (!d.valid) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i]));
      i += 1;
    } else {
      const char32_t c = d.codePoint;
      switch (c) {
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\v': out += "\\v"; break;
        case '\f': out += "\\f"; break;
        case '\0': out += "\\0"; break;
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
          } else if (invisible(c, previous)) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
          } else {
            out.append(text.substr(i, d.length));
          }
      }
      previous = c;
      i += d.length;
    }
    ++shown;
  }
  return out;
}

}  // namespace coachscope::core
