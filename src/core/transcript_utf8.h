// UTF-8 one code point at a time, for the transcript reader: decoding with validity (no overlong
// forms, no surrogates) and encoding. Internal to core/transcript*.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coachscope::core::utf8 {

struct Decoded {
  char32_t codePoint = 0;
  std::size_t length = 1;  // bytes used; 1 when invalid
  bool valid = false;
  bool truncated = false;  // a valid start of a sequence that the text ends in the middle of
};

inline Decoded decode(std::string_view text, std::size_t i) {
  Decoded d;
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1, true, false};
  std::size_t length = 0;
  char32_t code = 0;
  char32_t minimum = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2, code = c & 0x1F, minimum = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    length = 3, code = c & 0x0F, minimum = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4, code = c & 0x07, minimum = 0x10000;
  } else {
    return d;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= text.size()) {
      d.truncated = true;  // every byte so far fitted: the text was cut here
      return d;
    }
    const auto cont = static_cast<unsigned char>(text[i + k]);
    if ((cont & 0xC0) != 0x80) return d;
    code = (code << 6) | (cont & 0x3F);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return d;
  return {code, length, true, false};
}

inline void append(std::string& out, char32_t code) {
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace coachscope::core::utf8
