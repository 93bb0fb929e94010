// WebVTT as browsers read it, then as a transcript: what the algorithm drops is reported, and
// text it would lose through a missing or extra blank line is kept where it belongs.
#include "core/transcript_webvtt.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/transcript.h"
#include "core/transcript_assemble.h"
#include "core/transcript_excerpt.h"
#include "core/transcript_input.h"
#include "core/transcript_markup.h"
#include "core/transcript_timestamp.h"

namespace coachscope::core {
namespace webvtt {
namespace {

bool asciiSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

bool containsArrow(std::string_view line) { return line.find("-->") != std::string_view::npos; }

// "NOTE", "STYLE" or "REGION" alone or followed by white space: blocks a transcript has no use for.
bool startsWithKeyword(std::string_view line, std::string_view word) {
  return line.substr(0, word.size()) == word && (line.size() == word.size() || asciiSpace(line[word.size()]));
}

}  // namespace

// "Collect WebVTT cue timings and settings": an empty error on success.
std::string readTimings(std::string_view line, transcript_raw::RawCue& cue) {
  std::size_t pos = 0;
  auto skipSpace = [&] {
    while (pos < line.size() && asciiSpace(line[pos])) ++pos;
  };
  skipSpace();
  std::size_t at = pos;
  const transcript_time::Timestamp start = transcript_time::readWebVtt(line, pos);
  if (!start.error.empty()) {
    return fmt::format("bad start time \"{}\": {}", visibleExcerpt(transcript_time::tokenAt(line, at), 32), start.error);
  }
  skipSpace();
  if (line.compare(pos, 3, "-->") != 0) return transcript_time::missingArrow(line.substr(pos));
  pos += 3;
  skipSpace();
  at = pos;
  const transcript_time::Timestamp end = transcript_time::readWebVtt(line, pos);
  if (!end.error.empty()) {
    return fmt::format("bad end time \"{}\": {}", visibleExcerpt(transcript_time::tokenAt(line, at), 32), end.error);
  }
  cue.start = start.seconds;
  cue.end = end.seconds;
  std::string_view settings = line.substr(pos);
  while (!settings.empty() && asciiSpace(settings.front())) settings.remove_prefix(1);
  while (!settings.empty() && asciiSpace(settings.back())) settings.remove_suffix(1);
  cue.settings = std::string(settings);
  return "";
}

namespace {

// "Collect a WebVTT block" from lines[i]; i ends at the line the next block starts on.
class BlockReader {
 public:
  BlockReader(const std::vector<std::string_view>& lines, Document& doc) : lines_(lines), doc_(doc) {}

  void read(std::size_t& i, bool inHeader) {
    const std::size_t first = i;
    std::size_t previous = i;  // where the next block starts if this one must end early
    std::vector<std::string_view> buffer;
    bool seenArrow = false;
    bool haveCue = false;
    bool endedAtTiming = false;
    bool setAside = false;  // a style sheet or region
    transcript_raw::RawCue cue;
    std::string badReason;
    int badLine = 0;
    int lineCount = 0;
    while (i < lines_.size()) {
      const std::string_view line = lines_[i];
      ++lineCount;
      ++i;
      if (containsArrow(line)) {
        if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
          seenArrow = true;
          previous = i;
          cue = {};
          cue.id = buffer.empty() ? std::string() : std::string(buffer.front());
          cue.line = static_cast<int>(i);
          badReason = readTimings(line, cue);
          haveCue = badReason.empty();
          if (haveCue) {
            buffer.clear();
            seenCue_ = true;
          } else {
            badLine = static_cast<int>(i);
          }
        } else {
          if (inHeader) doc_.blankAfterHeader = false;
          endedAtTiming = !inHeader;
          i = previous;
          break;
        }
      } else if (line.empty()) {
        break;
      } else {
        if (!inHeader && lineCount == 2 && !seenCue_ && buffer.size() == 1 &&
            (isKeywordOnly(buffer.front(), "STYLE") || isKeywordOnly(buffer.front(), "REGION"))) {
          setAside = true;
        }
        buffer.push_back(line);
        previous = i;
      }
    }
    if (inHeader) return;
    const int cuesBefore = static_cast<int>(doc_.cues.size());
    if (haveCue) {
      cue.payload = std::move(buffer);
      doc_.cues.push_back(std::move(cue));
      doc_.endedAtTimingLine.push_back(endedAtTiming);
      doc_.order.push_back({true, cuesBefore});
      return;
    }
    DroppedBlock dropped;
    dropped.cuesBefore = cuesBefore;
    dropped.lines = std::move(buffer);
    if (!badReason.empty()) {
      if (badLine > static_cast<int>(first + 1) && !dropped.lines.empty()) dropped.lines.erase(dropped.lines.begin());
      dropped.kind = DroppedBlock::Kind::BadCue;
      dropped.line = badLine;
      dropped.reason = std::move(badReason);
    } else {
      dropped.line = static_cast<int>(first + 1);
      const std::string_view head = dropped.lines.empty() ? std::string_view{} : dropped.lines.front();
      const bool comment = startsWithKeyword(head, "NOTE") || startsWithKeyword(head, "STYLE") ||
                           startsWithKeyword(head, "REGION") || setAside;
      dropped.kind = comment ? DroppedBlock::Kind::Comment : DroppedBlock::Kind::Text;
    }
    if (dropped.kind == DroppedBlock::Kind::Text && dropped.lines.empty()) return;
    doc_.order.push_back({false, static_cast<int>(doc_.dropped.size())});
    doc_.dropped.push_back(std::move(dropped));
  }

 private:
  // "STYLE" followed only by white space, as the algorithm checks the buffer.
  static bool isKeywordOnly(std::string_view line, std::string_view word) {
    if (line.substr(0, word.size()) != word) return false;
    return std::all_of(line.begin() + static_cast<long>(word.size()), line.end(), asciiSpace);
  }

  const std::vector<std::string_view>& lines_;
  Document& doc_;
  bool seenCue_ = false;
};

}  // namespace

bool hasSignature(std::string_view firstLine) {
  return firstLine.substr(0, 6) == "WEBVTT" && (firstLine.size() == 6 || firstLine[6] == ' ' || firstLine[6] == '\t');
}

Document readBlocks(const std::vector<std::string_view>& lines) {
  Document doc;
  BlockReader reader(lines, doc);
  std::size_t i = 1;  // the signature line's own text is ignored
  if (i < lines.size()) {
    if (!lines[i].empty()) {
      reader.read(i, true);
    } else {
      ++i;
    }
  }
  while (i < lines.size() && lines[i].empty()) ++i;
  while (i < lines.size()) {
    reader.read(i, false);
    while (i < lines.size() && lines[i].empty()) ++i;
  }
  return doc;
}

}  // namespace webvtt

namespace {

using webvtt::DroppedBlock;

bool allDigits(std::string_view s) {
  return !s.empty() && s.size() <= 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string joinedExcerpt(const std::vector<std::string_view>& lines) {
  return transcript_markup::skippedExcerpt(lines);
}

// A line that is another cue's identifier rather than words: the next number after `id`, or an
// id of the same shape (Teams: "<GUID>/15-0" after "<GUID>/12-0").
bool looksLikeIdAfter(std::string_view line, std::string_view id) {
  if (line.empty() || id.empty() || line.find_first_of(" \t") != std::string_view::npos) return false;
  if (allDigits(id)) return allDigits(line) && std::stoull(std::string(line)) == std::stoull(std::string(id)) + 1;
  if (line.size() + 4 < id.size() || id.size() + 4 < line.size()) return false;
  std::size_t common = 0;
  while (common < line.size() && common < id.size() && line[common] == id[common]) ++common;
  return common >= std::min<std::size_t>(8, id.size() / 2 + 1);
}

// Turns the algorithm's result into raw cues with warnings: a bad cue is reported with what it
// held; text after a blank line inside a cue stays in that cue; a next cue's id that lost its
// blank line is given back to that cue.
transcript_raw::RawTranscript toRaw(webvtt::Document doc, std::vector<TranscriptWarning> warnings) {
  transcript_raw::RawTranscript raw;
  raw.warnings = std::move(warnings);
  bool lastWasCue = false;
  for (const auto& [isCue, index] : doc.order) {
    if (isCue) {
      lastWasCue = true;
      continue;
    }
    DroppedBlock& block = doc.dropped[static_cast<std::size_t>(index)];
    const bool afterCue = lastWasCue && block.cuesBefore > 0;
    lastWasCue = false;
    switch (block.kind) {
      case DroppedBlock::Kind::Comment: break;
      case DroppedBlock::Kind::BadCue:
        raw.skipCue(block.line, block.reason, joinedExcerpt(block.lines));
        break;
      case DroppedBlock::Kind::Text: {
        transcript_raw::RawCue* previous = block.cuesBefore > 0 ? &doc.cues[static_cast<std::size_t>(block.cuesBefore - 1)] : nullptr;
        // A cue whose timing line was cut off before its arrow: a bad cue, not words to keep.
        const std::size_t timing = !block.lines.empty() && transcript_time::looksLikeCutTimingLine(block.lines[0]) ? 0
                                   : block.lines.size() >= 2 && transcript_time::looksLikeCutTimingLine(block.lines[1]) ? 1
                                                                                                                     : block.lines.size();
        if (timing < block.lines.size()) {
          transcript_raw::RawCue ignored;
          raw.skipCue(block.line + static_cast<int>(timing), webvtt::readTimings(block.lines[timing], ignored),
                      joinedExcerpt({block.lines.begin() + static_cast<long>(timing) + 1, block.lines.end()}));
          break;
        }
        const bool strayId = block.lines.size() == 1 &&
                             (allDigits(block.lines.front()) || (previous && looksLikeIdAfter(block.lines.front(), previous->id)));
        if (strayId) {
          raw.warnings.push_back({block.line, "a cue identifier with no timing line after it", joinedExcerpt(block.lines)});
        } else if (afterCue) {
          previous->payload.insert(previous->payload.end(), block.lines.begin(), block.lines.end());
          raw.warnings.push_back(
              {block.line, fmt::format("a blank line inside the cue at line {}; the text after it is kept in that cue", previous->line), ""});
          lastWasCue = true;  // more text after another blank line belongs there too
        } else {
          raw.warnings.push_back({block.line, "text outside any cue (no timing line before it)", joinedExcerpt(block.lines)});
        }
        break;
      }
    }
  }
  if (!doc.blankAfterHeader && !doc.cues.empty()) {
    raw.warnings.push_back({doc.cues.front().line, "no blank line between the WEBVTT header and the first cue", ""});
  }
  for (std::size_t k = 0; k + 1 < doc.cues.size(); ++k) {
    if (!doc.endedAtTimingLine[k]) continue;
    transcript_raw::RawCue& cue = doc.cues[k];
    transcript_raw::RawCue& next = doc.cues[k + 1];
    if (next.id.empty() && !cue.payload.empty() && looksLikeIdAfter(cue.payload.back(), cue.id)) {
      next.id = std::string(cue.payload.back());
      cue.payload.pop_back();
      raw.warnings.push_back({next.line - 1,
                              fmt::format("no blank line before the cue at line {}; \"{}\" is read as its identifier",
                                          next.line, visibleExcerpt(next.id)),
                              ""});
    } else {
      raw.warnings.push_back({next.line, fmt::format("no blank line between this cue and the cue at line {}", cue.line), ""});
    }
  }
  raw.cues = std::move(doc.cues);
  return raw;
}

// Why a file is not WebVTT, with what it looks like instead.
std::string signatureProblem(const std::vector<std::string_view>& lines) {
  if (lines.empty()) return "the file is empty: a WebVTT file starts with \"WEBVTT\"";
  const std::string_view first = lines.front();
  if (first.substr(0, 6) == "WEBVTT") {
    return fmt::format("\"WEBVTT\" must be followed by a space, a tab or the end of the line, not \"{}\"",
                       visibleExcerpt(first.substr(6), 12));
  }
  for (std::size_t i = 0; i < lines.size() && i < 40; ++i) {
    if (lines[i].find("-->") != std::string_view::npos && lines[i].find(',') != std::string_view::npos) {
      return "a WebVTT file must start with \"WEBVTT\"; this looks like SubRip (name it .srt)";
    }
  }
  return fmt::format("a WebVTT file must start with \"WEBVTT\", not \"{}\"", visibleExcerpt(first, 24));
}

}  // namespace

Result<Transcript> parseWebVtt(std::string_view bytes, const std::string& name) {
  auto decoded = transcript_input::decodeText(bytes, name);
  if (!decoded) return decoded.error();
  const std::vector<std::string_view> lines = transcript_input::splitLines(decoded->text);
  if (lines.empty() || !webvtt::hasSignature(lines.front())) return Error{name, "line 1", signatureProblem(lines)};
  return assembleTranscript(toRaw(webvtt::readBlocks(lines), std::move(decoded->warnings)), name, "WebVTT");
}

}  // namespace coachscope::core
