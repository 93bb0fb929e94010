#include "report/text_safety.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>

#include "core/html_escape.h"

namespace coachscope::report {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid (overlong
// forms, surrogates and code points above U+10FFFF are all refused).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t length = 0;
  std::uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    length = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    length = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    length = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

bool startsFormula(std::string_view text) {
  if (text.empty()) return false;
  const char c = text.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

std::string cleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      out += '\n';
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c < 0x20 && c != '\n' && c != '\t') {
      ++i;  // other control characters carry no meaning in a report and break PDF text
      continue;
    }
    if (c == 0x7F) {
      ++i;
      continue;
    }
    const std::size_t length = utf8SequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

std::string escapeHtml(std::string_view text) { return core::escapeHtml(cleanText(text)); }

namespace {

std::string escapeMarkdownLine(std::string_view line, bool cell) {
  std::string out;
  // A line that starts like a heading, list, quote or rule would change the structure.
  std::size_t lead = 0;
  while (lead < line.size() && line[lead] == ' ') ++lead;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    switch (c) {
      // CommonMark's backslash escapes keep raw HTML and character references out while the
      // Markdown source still reads as typed: "Trust & safety" stays, "&amp;" and "<b>" show
      // literally once rendered.
      case '&': {
        const char next = i + 1 < line.size() ? line[i + 1] : ' ';
        const bool couldBeReference = std::isalnum(static_cast<unsigned char>(next)) || next == '#';
        out += couldBeReference ? "\\&" : "&";
        continue;
      }
      case '<': out += "\\<"; continue;
      case '>': out += "\\>"; continue;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '~':
        out += '\\';
        out += c;
        continue;
      case '|':
        out += cell ? "\\|" : "|";
        continue;
      default: break;
    }
    if (i == lead && (c == '#' || c == '+' || c == '-' || c == '=')) {
      out += '\\';
      out += c;
      continue;
    }
    // "1. text" at the start of a line would become a numbered list.
    if (i > lead && (c == '.' || c == ')') && line.find_first_not_of("0123456789", lead) == i &&
        (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t')) {
      out += '\\';
      out += c;
      continue;
    }
    // "![x](y)" is an image; escaping '!' before '[' keeps it text (the '[' is escaped too).
    if (c == '!' && i + 1 < line.size() && line[i + 1] == '[') {
      out += "\\!";
      continue;
    }
    out += c;
  }
  return out;
}

std::string escapeMarkdownText(std::string_view text, bool cell) {
  const std::string clean = cleanText(text);
  std::string out;
  std::size_t start = 0;
  bool first = true;
  bool previousBlank = false;
  while (start <= clean.size()) {
    std::size_t end = clean.find('\n', start);
    if (end == std::string::npos) end = clean.size();
    std::string_view line(clean.data() + start, end - start);
    const bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (!first) {
      if (cell) {
        out += "<br>";
      } else {
        // Next to a blank line: a paragraph break. Otherwise a hard line break.
        out += blank || previousBlank ? "\n" : "  \n";
      }
    }
    out += blank && !cell ? std::string() : escapeMarkdownLine(line, cell);
    first = false;
    previousBlank = blank;
    if (end == clean.size()) break;
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string escapeMarkdown(std::string_view text) { return escapeMarkdownText(text, false); }
std::string escapeMarkdownCell(std::string_view text) { return escapeMarkdownText(text, true); }

std::string csvField(std::string_view text) {
  std::string clean = cleanText(text);
  if (startsFormula(clean)) clean.insert(clean.begin(), '\'');
  const bool quote = clean.find_first_of(",\"\n") != std::string::npos;
  if (!quote) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\n') {
      out += "\r\n";
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string csvNumber(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

}  // namespace coachscope::report
