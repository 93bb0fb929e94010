#include "core/transcript_input.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/transcript_utf8.h"

namespace coachscope::core::transcript_input {
namespace {

constexpr std::size_t kSample = 64 * 1024;  // enough of a file to tell what it is

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Files tutors pick by mistake: the recording itself, a document, an archive.
const char* knownBinary(std::string_view b) {
  if (b.size() >= 8 && b.substr(4, 4) == "ftyp") return "an MP4/M4A/MOV recording";
  if (startsWith(b, "RIFF") && b.size() >= 12 && b.substr(8, 4) == "WAVE") return "a WAV recording";
  if (startsWith(b, "RIFF") && b.size() >= 12 && b.substr(8, 4) == "AVI ") return "an AVI video";
  if (startsWith(b, "ID3") || startsWith(b, "\xFF\xFB") || startsWith(b, "\xFF\xF3") || startsWith(b, "\xFF\xF2")) {
    return "an MP3 recording";
  }
  if (startsWith(b, "OggS")) return "an Ogg recording";
  if (startsWith(b, "fLaC")) return "a FLAC recording";
  if (startsWith(b, "\x1A\x45\xDF\xA3")) return "a WebM/Matroska recording";
  if (startsWith(b, "%PDF")) return "a PDF document";
  if (startsWith(b, "PK\x03\x04")) return "a ZIP archive (a Word .docx is one)";
  if (startsWith(b, "\xD0\xCF\x11\xE0")) return "an old Microsoft Office document";
  if (startsWith(b, "{\\rtf")) return "an RTF document";
  if (startsWith(b, "\x89PNG")) return "a PNG image";
  if (startsWith(b, "\xFF\xD8\xFF")) return "a JPEG image";
  if (startsWith(b, "GIF8")) return "a GIF image";
  if (startsWith(b, "\x1F\x8B")) return "a gzip archive";
  return nullptr;
}

// UTF-16 or UTF-32, by byte order mark or by the NULs that ASCII text has in every other byte.
const char* wideEncoding(std::string_view b) {
  if (startsWith(b, std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32 (little-endian)";
  if (startsWith(b, std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32 (big-endian)";
  if (startsWith(b, "\xFF\xFE")) return "UTF-16 (little-endian)";
  if (startsWith(b, "\xFE\xFF")) return "UTF-16 (big-endian)";
  const std::size_t n = std::min(b.size(), kSample) & ~std::size_t{1};
  if (n < 8) return nullptr;
  std::size_t evenNul = 0, oddNul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    evenNul += b[i] == '\0';
    oddNul += b[i + 1] == '\0';
  }
  const std::size_t half = n / 2;
  if (oddNul * 10 >= half * 4 && evenNul * 20 < half) return "UTF-16 (little-endian)";
  if (evenNul * 10 >= half * 4 && oddNul * 20 < half) return "UTF-16 (big-endian)";
  return nullptr;
}

// Control bytes that no text file holds in numbers (NUL, which WebVTT tolerates, counts too).
bool looksBinary(std::string_view b) {
  const std::size_t n = std::min(b.size(), kSample);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) ++controls;
  }
  return n > 0 && controls * 10 > n;
}

struct Position {
  int line = 1;
  int column = 1;  // in characters
};

// What 8-bit text that is not UTF-8 most likely is: bytes 0x80-0x9F are printable only in
// Windows-1252 (curly quotes, dashes, €); high bytes in pairs are a double-byte East Asian code.
std::string legacyGuess(std::string_view b) {
  std::size_t high = 0, c1 = 0, paired = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) continue;
    ++high;
    if (c <= 0x9F) ++c1;
    const bool left = i > 0 && static_cast<unsigned char>(b[i - 1]) >= 0x80;
    const bool right = i + 1 < b.size() && static_cast<unsigned char>(b[i + 1]) >= 0x80;
    if (left || right) ++paired;
  }
  if (high >= 4 && paired * 10 >= high * 8) return "a double-byte East Asian encoding (Shift_JIS, GBK, Big5 or EUC-KR)";
  if (c1 > 0) return "Windows-1252";
  return "Latin-1 (ISO-8859-1) or Windows-1252";
}

// The character a Windows-1252 byte stands for, to show the tutor ("0xE9 is é there").
std::string windows1252(unsigned char c) {
  static const std::array<char32_t, 32> c1 = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                              0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  const char32_t code = c >= 0xA0 ? c : c1[c - 0x80];
  std::string out;
  if (code != 0 && code != 0xA0 && code != 0xAD) utf8::append(out, code);
  return out;
}

}  // namespace

Result<DecodedText> decodeText(std::string_view bytes, const std::string& name) {
  if (const char* wide = wideEncoding(bytes)) {
    return Error{name, "", fmt::format("the text is {}, not UTF-8; save the transcript as UTF-8", wide)};
  }
  if (const char* kind = knownBinary(bytes)) {
    return Error{name, "", fmt::format("not a transcript: the file is {}", kind)};
  }
  if (looksBinary(bytes)) return Error{name, "", "not a transcript: the file holds binary data, not text"};
  if (startsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);

  // One pass: count what is valid and invalid, and note where the first invalid byte is.
  std::size_t validMultibyte = 0, invalid = 0;
  Position at, firstInvalid;
  std::size_t firstInvalidOffset = std::string_view::npos;
  for (std::size_t i = 0; i < bytes.size();) {
    const utf8::Decoded d = utf8::decode(bytes, i);
    if (!d.valid) {
      if (d.truncated) break;  // a download cut off mid-character: repaired below, not refused
      if (firstInvalidOffset == std::string_view::npos) firstInvalidOffset = i, firstInvalid = at;
      ++invalid;
      ++i;
      ++at.column;
      continue;
    }
    if (d.length > 1) ++validMultibyte;
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++at.line;
      at.column = 1;
    } else if (bytes[i] != '\r') {
      ++at.column;
    }
    i += d.length;
  }
  // Text with no UTF-8 at all, or more broken than whole characters, is another encoding: the
  // tutor must convert it, since guessing would put wrong letters into quoted evidence.
  if (invalid > 0 && invalid >= validMultibyte) {
    const auto byte = static_cast<unsigned char>(bytes[firstInvalidOffset]);
    const std::string guess = legacyGuess(bytes);
    const std::string shown = windows1252(byte);
    const std::string example =
        guess.find("Windows-1252") != std::string::npos && !shown.empty()
            ? fmt::format(" (byte 0x{:02X} there would be \"{}\")", byte, shown)
            : fmt::format(" (byte 0x{:02X})", byte);
    return Error{name, fmt::format("line {}, column {}", firstInvalid.line, firstInvalid.column),
                 fmt::format("not valid UTF-8 text: it looks like {}{}; save the transcript as UTF-8", guess, example)};
  }

  DecodedText out;
  out.text.reserve(bytes.size() + 16);
  at = Position{};
  int warnedLine = 0;
  int replacedOnLines = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    const utf8::Decoded d = utf8::decode(bytes, i);
    if (d.valid && c != '\0') {
      out.text.append(bytes.substr(i, d.length));
      if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
        ++at.line;
        at.column = 1;
      } else if (c != '\r') {
        ++at.column;
      }
      i += d.length;
      continue;
    }
    out.text += utf8::kReplacement;
    if (d.truncated) {
      out.warnings.push_back({at.line, "the file ends in the middle of a character (cut off?); it is shown as U+FFFD", ""});
      break;
    }
    if (at.line != warnedLine) {  // one warning a line is enough to find them
      warnedLine = at.line;
      if (++replacedOnLines <= 20) {
        out.warnings.push_back(
            {at.line,
             c == '\0' ? fmt::format("a NUL character at column {} is read as U+FFFD", at.column)
                       : fmt::format("byte 0x{:02X} at column {} is not UTF-8; it is read as U+FFFD",
                                     static_cast<unsigned char>(c), at.column),
             ""});
      }
    }
    ++at.column;
    ++i;
  }
  if (replacedOnLines > 20) {
    out.warnings.push_back({warnedLine, fmt::format("characters were replaced on {} more lines", replacedOnLines - 20), ""});
  }
  return out;
}

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  lines.reserve(text.size() / 24 + 1);
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\n' && c != '\r') continue;
    lines.push_back(text.substr(start, i - start));
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

}  // namespace coachscope::core::transcript_input
