#include "core/transcript_markup.h"

#include <algorithm>

#include "core/transcript_entities.h"
#include "core/transcript_excerpt.h"
#include "core/transcript_utf8.h"

namespace coachscope::core::transcript_markup {
namespace {

bool asciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool asciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool tagSpace(char c) { return c == ' ' || c == '\t' || c == '\f'; }

const transcript_entities::NamedReference* findNamed(std::string_view name) {
  using transcript_entities::kNamedReferenceCount;
  using transcript_entities::kNamedReferences;
  const auto* end = kNamedReferences + kNamedReferenceCount;
  const auto* it = std::lower_bound(kNamedReferences, end, name,
                                    [](const transcript_entities::NamedReference& r, std::string_view n) { return r.name < n; });
  return it != end && it->name == name ? it : nullptr;
}

// A tag at line[i] (which is '<'): its length, or 0 when the '<' is just a character ("I <3 it").
struct Tag {
  std::size_t length = 0;
  std::string_view name;        // "v", "c", "i", "rt", "font", ...; empty for a timestamp
  bool closing = false;
  std::string_view annotation;  // after the name and its classes: the voice of <v Jane>
};

Tag readTag(std::string_view line, std::size_t i) {
  const std::size_t close = line.find('>', i + 1);
  if (close == std::string_view::npos) return {};
  std::string_view inner = line.substr(i + 1, close - i - 1);
  Tag tag;
  tag.length = close - i + 1;
  if (!inner.empty() && inner[0] >= '0' && inner[0] <= '9') {  // a word timing: <00:00:01.250>
    const bool timing = std::all_of(inner.begin(), inner.end(), [](char c) { return (c >= '0' && c <= '9') || c == ':' || c == '.'; });
    return timing ? tag : Tag{};
  }
  if (!inner.empty() && inner[0] == '/') {
    tag.closing = true;
    inner.remove_prefix(1);
  }
  if (inner.empty()) return tag.closing ? tag : Tag{};  // "</>" closes; "<>" is text
  if (!asciiAlpha(inner[0])) return {};
  std::size_t k = 0;
  while (k < inner.size() && asciiAlnum(inner[k])) ++k;
  tag.name = inner.substr(0, k);
  while (k < inner.size() && inner[k] == '.') {  // classes: <c.yellow.bg_blue>
    ++k;
    while (k < inner.size() && !tagSpace(inner[k]) && inner[k] != '.') ++k;
  }
  if (k < inner.size() && !tagSpace(inner[k])) return {};  // "<abc-def>" is no tag we know the shape of
  tag.annotation = inner.substr(k);
  return tag;
}

bool isVoice(std::string_view name) { return name == "v"; }
bool isRubyText(std::string_view name) { return name == "rt"; }

}  // namespace

std::string collapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    bool blank = c < 0x20 || c == ' ' || c == 0x7F;
    std::size_t extra = 0;
    if (c == 0xC2 && i + 1 < text.size()) {  // U+00A0 no-break space and the C1 controls U+0080-U+009F
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next == 0xA0 || (next >= 0x80 && next <= 0x9F)) blank = true, extra = 1;
    }
    if (blank) {
      space = !out.empty();
      i += extra;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::size_t decodeCharacterReference(std::string_view text, std::size_t i, std::string& out) {
  std::size_t k = i + 1;
  if (k < text.size() && text[k] == '#') {
    ++k;
    const bool hex = k < text.size() && (text[k] == 'x' || text[k] == 'X');
    if (hex) ++k;
    const std::size_t first = k;
    unsigned long long code = 0;
    while (k < text.size()) {
      const char c = text[k];
      int value = -1;
      if (c >= '0' && c <= '9') value = c - '0';
      else if (hex && c >= 'a' && c <= 'f') value = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') value = c - 'A' + 10;
      if (value < 0) break;
      code = std::min<unsigned long long>(code * (hex ? 16 : 10) + static_cast<unsigned>(value), 0x110000);
      ++k;
    }
    if (k == first) return 0;  // "&#" or "&#x" with no digits stays as written
    if (k < text.size() && text[k] == ';') ++k;
    if (code >= 0x80 && code <= 0x9F) {
      out += transcript_entities::kRemappedC1[code - 0x80];
    } else {
      utf8::append(out, code == 0 || code > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(code));
    }
    return k - i;
  }
  std::size_t end = k;
  while (end < text.size() && end - k < 32 && asciiAlnum(text[end])) ++end;
  if (end == k) return 0;
  const std::string_view run = text.substr(k, end - k);
  if (end < text.size() && text[end] == ';') {
    std::string withSemicolon(run);
    withSemicolon += ';';
    if (const auto* named = findNamed(withSemicolon)) {
      out += named->text;
      return end + 1 - i;
    }
  }
  // HTML reads the legacy names without a semicolon too, the longest that fits ("&copy2024").
  for (std::size_t length = run.size(); length >= 2; --length) {
    if (const auto* named = findNamed(run.substr(0, length))) {
      out += named->text;
      return 1 + length;
    }
  }
  return 0;
}

std::vector<Piece> readCueText(const std::vector<std::string_view>& lines) {
  std::vector<Piece> pieces;
  std::string voice;
  bool voiced = false;
  bool rubyText = false;  // inside <rt>: the pronunciation shown above, not words spoken
  std::string pending;
  bool pendingLineStart = false;
  int pendingLine = 0;
  auto flush = [&](bool nextLineStart, int nextLine) {
    std::string text = collapseSpace(pending);
    if (!text.empty()) pieces.push_back({std::move(text), voice, voiced, pendingLineStart, pendingLine});
    pending.clear();
    pendingLineStart = nextLineStart;
    pendingLine = nextLine;
  };
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string_view line = lines[n];
    flush(true, static_cast<int>(n));
    for (std::size_t i = 0; i < line.size();) {
      const char c = line[i];
      if (c == '<') {
        const Tag tag = readTag(line, i);
        if (tag.length > 0) {
          if (isVoice(tag.name)) {
            flush(false, static_cast<int>(n));
            voiced = !tag.closing;
            voice = tag.closing ? std::string() : plainText(tag.annotation);
          } else if (isRubyText(tag.name)) {
            rubyText = !tag.closing;
          } else if (tag.closing && tag.name == "ruby") {
            rubyText = false;
          }
          i += tag.length;
          continue;
        }
      } else if (c == '{' && i + 1 < line.size() && line[i + 1] == '\\') {  // SubRip/ASS override "{\an8}"
        const std::size_t close = line.find('}', i);
        if (close != std::string_view::npos) {
          i = close + 1;
          continue;
        }
      }
      if (rubyText) {
        ++i;
        continue;
      }
      if (c == '&') {
        if (const std::size_t used = decodeCharacterReference(line, i, pending)) {
          i += used;
          continue;
        }
      }
      pending += c;
      ++i;
    }
    pending += ' ';
  }
  flush(false, 0);
  return pieces;
}

std::string skippedExcerpt(const std::vector<std::string_view>& lines) {
  std::string text;
  for (std::string_view line : lines) {
    text.append(line.substr(0, 400));
    text += ' ';
    if (text.size() > 400) break;
  }
  return visibleExcerpt(plainText(text));
}

std::string plainText(std::string_view markup) {
  std::string out;
  for (std::size_t i = 0; i < markup.size();) {
    const char c = markup[i];
    if (c == '<') {
      if (const Tag tag = readTag(markup, i); tag.length > 0) {
        i += tag.length;
        continue;
      }
    } else if (c == '&') {
      if (const std::size_t used = decodeCharacterReference(markup, i, out)) {
        i += used;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return collapseSpace(out);
}

}  // namespace coachscope::core::transcript_markup
