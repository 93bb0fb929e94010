#include "core/transcript_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace coachscope::core::transcript_text {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void appendUtf8(std::string& out, unsigned long code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
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

// "&amp;" at text[i]: appends the decoded character and returns the length consumed, or 0.
std::size_t decodeEntity(std::string_view text, std::size_t i, std::string& out) {
  const std::size_t semi = text.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  const std::string_view name = text.substr(i + 1, semi - i - 1);
  static const std::map<std::string_view, const char*> named = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}, {"lrm", ""}, {"rlm", ""}};
  if (auto it = named.find(name); it != named.end()) {
    out += it->second;
    return semi - i + 1;
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return 0;
    for (char c : digits) {
      if (hex ? !std::isxdigit(static_cast<unsigned char>(c)) : !std::isdigit(static_cast<unsigned char>(c))) return 0;
    }
    appendUtf8(out, std::stoul(digits, nullptr, hex ? 16 : 10));
    return semi - i + 1;
  }
  return 0;
}

// "Jane Smith: Hello" -> "Jane Smith". Names are short and made of name characters only, so
// "Note: ..." in the middle of speech is not mistaken unless it starts the line.
std::optional<std::string> speakerPrefix(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  if (colon + 1 < line.size() && !isSpace(line[colon + 1])) return std::nullopt;  // "10:30", "http:"
  const std::string_view name = trim(line.substr(0, colon));
  if (name.empty() || name.front() == '-') return std::nullopt;
  int words = 1;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ') {
      ++words;
    } else if (!(std::isalnum(u) || u >= 0x80 || c == '.' || c == '\'' || c == '-' || c == '_' || c == '(' ||
                 c == ')')) {
      return std::nullopt;
    }
  }
  if (words > 4) return std::nullopt;
  return std::string(name);
}

// A voice tag at text[i] ("<v Jane>", "<v.loud Jane Smith>"): the speaker, and the tag's length.
std::optional<std::pair<std::string, std::size_t>> voiceTag(std::string_view text, std::size_t i) {
  if (text.compare(i, 2, "<v") != 0 || i + 2 >= text.size()) return std::nullopt;
  const char next = text[i + 2];
  if (next != ' ' && next != '\t' && next != '.') return std::nullopt;
  const std::size_t close = text.find('>', i);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view inner = text.substr(i + 2, close - i - 2);
  if (!inner.empty() && inner.front() == '.') {  // classes: "<v.loud Jane>"
    const std::size_t space = inner.find_first_of(" \t");
    inner = space == std::string_view::npos ? std::string_view{} : inner.substr(space);
  }
  return std::make_pair(plainText(inner), close - i + 1);
}

}  // namespace

std::optional<std::string> findInvalidUtf8(std::string_view text) {
  int line = 1;
  int column = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned long code = 0;
    if (c < 0x80) {
      length = 1;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2, code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, code = c & 0x07;
    }
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) valid = false;
      code = (code << 6) | (cont & 0x3F);
    }
    if (valid && length > 1) {
      static const unsigned long minimum[] = {0, 0, 0x80, 0x800, 0x10000};
      if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) valid = false;
    }
    if (!valid) {
      return fmt::format("line {}, column {}", line, column);
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
  return std::nullopt;
}

std::vector<std::string> splitLines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> lines;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      lines.push_back(std::move(current));
      current.clear();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      current += c;
    }
  }
  if (!current.empty()) lines.push_back(std::move(current));
  return lines;
}

TimestampResult parseTimestamp(std::string_view text) {
  text = trim(text);
  const std::size_t fractionMark = text.find_last_of(".,");
  if (fractionMark == std::string_view::npos) {
    return {0, fmt::format("bad timestamp \"{}\" (expected hh:mm:ss.mmm)", text)};
  }
  const std::string_view fraction = text.substr(fractionMark + 1);
  std::vector<std::string_view> parts;
  std::string_view clock = text.substr(0, fractionMark);
  for (std::size_t colon; (colon = clock.find(':')) != std::string_view::npos; clock.remove_prefix(colon + 1)) {
    parts.push_back(clock.substr(0, colon));
  }
  parts.push_back(clock);
  if (parts.size() < 2 || parts.size() > 3 || !allDigits(fraction) || fraction.size() > 3 ||
      !std::all_of(parts.begin(), parts.end(), allDigits) || parts.back().size() != 2 ||
      parts[parts.size() - 2].size() != 2 || (parts.size() == 3 && parts[0].size() > 6)) {
    return {0, fmt::format("bad timestamp \"{}\" (expected hh:mm:ss.mmm)", text)};
  }
  const int seconds = std::stoi(std::string(parts.back()));
  const int minutes = std::stoi(std::string(parts[parts.size() - 2]));
  const long hours = parts.size() == 3 ? std::stol(std::string(parts[0])) : 0;
  if (minutes > 59) return {0, fmt::format("bad timestamp \"{}\" (minutes must be below 60)", text)};
  if (seconds > 59) return {0, fmt::format("bad timestamp \"{}\" (seconds must be below 60)", text)};
  double millis = std::stoi(std::string(fraction));
  for (std::size_t k = fraction.size(); k < 3; ++k) millis *= 10;
  return {static_cast<double>(hours) * 3600 + minutes * 60 + seconds + millis / 1000.0, ""};
}

bool looksLikeTimingLine(std::string_view line) { return line.find("-->") != std::string_view::npos; }

TimingLine parseTimingLine(std::string_view line) {
  TimingLine timing;
  const std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) {
    timing.error = "expected a cue timing line (00:00:01.000 --> 00:00:04.000)";
    return timing;
  }
  const TimestampResult start = parseTimestamp(line.substr(0, arrow));
  std::string_view rest = trim(line.substr(arrow + 3));
  const std::size_t space = rest.find_first_of(" \t");
  const TimestampResult end = parseTimestamp(rest.substr(0, space));
  if (!start.error.empty()) {
    timing.error = "start: " + start.error;
  } else if (!end.error.empty()) {
    timing.error = "end: " + end.error;
  }
  timing.start = start.seconds;
  timing.end = end.seconds;
  if (space != std::string_view::npos) timing.settings = std::string(trim(rest.substr(space)));
  return timing;
}

std::string plainText(std::string_view markup) {
  std::string out;
  for (std::size_t i = 0; i < markup.size();) {
    const char c = markup[i];
    if (c == '<') {
      const std::size_t close = markup.find('>', i);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    } else if (c == '{' && i + 1 < markup.size() && markup[i + 1] == '\\') {  // SRT/ASS override "{\an8}"
      const std::size_t close = markup.find('}', i);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    } else if (c == '&') {
      if (const std::size_t used = decodeEntity(markup, i, out)) {
        i += used;
        continue;
      }
    }
    out += isSpace(c) ? ' ' : c;
    ++i;
  }
  // Collapse runs of spaces and trim.
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::vector<Segment> splitPayload(const std::vector<std::string>& lines) {
  std::vector<Segment> segments;
  std::string speaker;
  std::string pending;
  auto flush = [&] {
    std::string text = plainText(pending);
    if (!text.empty()) segments.push_back({speaker, std::move(text)});
    pending.clear();
  };
  for (const std::string& rawLine : lines) {
    std::string_view line = rawLine;
    // "Name: text" at the start of a line (Zoom), after any leading styling tag.
    std::string leadingPlain = plainText(line);
    bool hasVoiceTag = line.find("<v") != std::string_view::npos;
    if (!hasVoiceTag) {
      if (auto name = speakerPrefix(leadingPlain)) {
        flush();
        speaker = *name;
        pending = std::string(line.substr(line.find(':') + 1));  // still markup: flush() cleans it
        pending += ' ';
        continue;
      }
    }
    for (std::size_t i = 0; i < line.size();) {
      if (auto voice = voiceTag(line, i)) {
        flush();
        speaker = voice->first;
        i += voice->second;
        // Zoom-in-Teams style "<v Jane>Jane: text" would repeat the name; leave the text as is.
        continue;
      }
      if (line.compare(i, 4, "</v>") == 0) {
        i += 4;
        continue;
      }
      pending += line[i];
      ++i;
    }
    pending += ' ';
  }
  flush();
  return segments;
}

std::string formatTimestamp(double seconds) {
  const long total = std::lround(seconds * 1000);
  return fmt::format("{:02}:{:02}:{:02}.{:03}", total / 3600000, total / 60000 % 60, total / 1000 % 60, total % 1000);
}

Result<Transcript> finishTranscript(std::vector<RawCue> raw, const std::string& name) {
  Transcript transcript;
  transcript.source = name;
  std::vector<std::string> previousLines;  // plain lines of the last speakerless cue
  std::string carriedSpeaker;
  const RawCue* previousRaw = nullptr;
  std::map<std::string, int> lastLineBySpeaker;
  std::vector<Cue> cues;
  for (RawCue& cue : raw) {
    auto where = [&] { return fmt::format("line {}", cue.line); };
    if (cue.end < cue.start) {
      return Error{name, where(),
                   fmt::format("the cue ends at {}, before it starts at {}", formatTimestamp(cue.end),
                               formatTimestamp(cue.start))};
    }
    if (previousRaw && cue.start < previousRaw->start) {
      return Error{name, where(),
                   fmt::format("cues out of order: this cue starts at {}, before the cue at line {} ({})",
                               formatTimestamp(cue.start), previousRaw->line, formatTimestamp(previousRaw->start))};
    }
    previousRaw = &cue;

    std::vector<Segment> segments = splitPayload(cue.payload);
    // Rolling captions (YouTube's automatic ones) repeat the previous cue's last line first.
    const bool named = std::any_of(segments.begin(), segments.end(), [](const Segment& s) { return !s.speaker.empty(); });
    if (!named) {
      std::vector<std::string> plainLines;
      for (const std::string& l : cue.payload) {
        std::string p = plainText(l);
        if (!p.empty()) plainLines.push_back(std::move(p));
      }
      std::vector<std::string> kept = plainLines;
      while (!kept.empty() && !previousLines.empty() &&
             std::find(previousLines.begin(), previousLines.end(), kept.front()) != previousLines.end()) {
        kept.erase(kept.begin());
      }
      if (!plainLines.empty()) previousLines = plainLines;
      segments.clear();
      std::string joined;
      for (const std::string& l : kept) joined += (joined.empty() ? "" : " ") + l;
      if (!joined.empty()) segments.push_back({"", joined});
    } else {
      previousLines.clear();
    }
    if (segments.empty()) continue;

    // Several speakers in one cue share its time in proportion to how much each says.
    std::size_t totalChars = 0;
    for (const Segment& s : segments) totalChars += s.text.size();
    double at = cue.start;
    for (std::size_t k = 0; k < segments.size(); ++k) {
      Cue out;
      out.start = at;
      out.end = k + 1 == segments.size()
                    ? cue.end
                    : at + (cue.end - cue.start) * static_cast<double>(segments[k].text.size()) / totalChars;
      at = out.end;
      out.text = std::move(segments[k].text);
      out.speaker = std::move(segments[k].speaker);
      if (out.speaker.empty() && !carriedSpeaker.empty()) {
        out.speaker = carriedSpeaker;
        out.speakerInferred = true;
      }
      carriedSpeaker = out.speaker;
      out.id = cue.id;
      out.settings = cue.settings;
      out.line = cue.line;
      // One person cannot say two things at once; two people can (crosstalk is evidence).
      if (auto last = lastLineBySpeaker.find(out.speaker); last != lastLineBySpeaker.end()) {
        const Cue& previous = cues[static_cast<std::size_t>(last->second)];
        if (out.start + 0.0005 < previous.end) {
          const std::string who = out.speaker.empty() ? "the previous cue" : "the previous cue of " + out.speaker;
          return Error{name, where(),
                       fmt::format("overlapping cues: this cue starts at {}, before {} (line {}) ends at {}",
                                   formatTimestamp(out.start), who, previous.line, formatTimestamp(previous.end))};
        }
      }
      lastLineBySpeaker[out.speaker] = static_cast<int>(cues.size());
      cues.push_back(std::move(out));
    }
  }
  // A cue split between speakers puts its later speakers after the next cue's start when that
  // cue begins at the same moment: keep the list ordered by start.
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.start < b.start; });
  transcript.cues = std::move(cues);
  return transcript;
}

}  // namespace coachscope::core::transcript_text
