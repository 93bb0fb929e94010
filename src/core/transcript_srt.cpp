// SubRip (.srt) as transcription services and editors write it: numbered blocks of
// "00:00:01,000 --> 00:00:04,000" and text, with the usual liberties (dots for commas, missing or
// wrong numbers, extra blank lines, hours past 99). A block that cannot be read is skipped with
// a warning; the rest of the file still loads.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/transcript.h"
#include "core/transcript_assemble.h"
#include "core/transcript_excerpt.h"
#include "core/transcript_input.h"
#include "core/transcript_markup.h"
#include "core/transcript_timestamp.h"

namespace coachscope::core {
namespace {

using transcript_raw::RawCue;

bool space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool blank(std::string_view line) { return trim(line).empty(); }
// A timing line, or one that tried to be: "-->" written "->" or "- ->" between two times.
bool timingLike(std::string_view line) {
  if (line.find("-->") != std::string_view::npos) return true;
  const std::size_t arrow = line.find("->");
  if (arrow == std::string_view::npos || line.find(':') > arrow) return false;
  const std::string_view before = trim(line.substr(0, arrow));
  return !before.empty() && (std::isdigit(static_cast<unsigned char>(before.back())) || before.back() == '-');
}
bool number(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && t.size() <= 9 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "00:00:01,000 --> 00:00:04,000 X1:40 ...": an empty error on success.
std::string readTimings(std::string_view line, RawCue& cue) {
  std::size_t pos = 0;
  auto skipSpace = [&] {
    while (pos < line.size() && space(line[pos])) ++pos;
  };
  skipSpace();
  std::size_t at = pos;
  const transcript_time::Timestamp start = transcript_time::readSrt(line, pos);
  if (!start.error.empty()) {
    return fmt::format("bad start time \"{}\": {}", visibleExcerpt(transcript_time::tokenAt(line, at), 32), start.error);
  }
  skipSpace();
  if (line.compare(pos, 3, "-->") != 0) return transcript_time::missingArrow(line.substr(pos));
  pos += 3;
  skipSpace();
  at = pos;
  const transcript_time::Timestamp end = transcript_time::readSrt(line, pos);
  if (!end.error.empty()) {
    return fmt::format("bad end time \"{}\": {}", visibleExcerpt(transcript_time::tokenAt(line, at), 32), end.error);
  }
  cue.start = start.seconds;
  cue.end = end.seconds;
  cue.settings = std::string(trim(line.substr(pos)));
  return "";
}

std::string excerptOf(const std::vector<std::string_view>& lines) { return transcript_markup::skippedExcerpt(lines); }

// Walks the lines: a block starts at a timing line or at a number right above one; everything
// up to the next block is its text (a blank line inside it included, with a warning).
transcript_raw::RawTranscript readBlocks(const std::vector<std::string_view>& lines,
                                         std::vector<TranscriptWarning> warnings) {
  transcript_raw::RawTranscript raw;
  raw.warnings = std::move(warnings);
  enum class In { Nothing, Cue, BadCue, Stray };
  In in = In::Nothing;
  int blockLine = 0;
  std::string badReason;
  std::vector<std::string_view> held;  // text of a bad cue or of stray lines
  bool blankBefore = true;
  bool warnedBlank = false;
  auto finish = [&] {
    if (in == In::BadCue) raw.skipCue(blockLine, badReason, excerptOf(held));
    if (in == In::Stray && !held.empty()) {
      const bool strayNumber = held.size() == 1 && number(held.front());
      raw.warnings.push_back({blockLine, strayNumber ? "a cue number with no timing line after it" : "text outside any cue (no timing line before it)",
                              excerptOf(held)});
    }
    held.clear();
    in = In::Nothing;
  };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string_view line = lines[k];
    if (blank(line)) {
      blankBefore = true;
      continue;
    }
    // A block starts at a timing line, at a number above one, or at what is left of a timing
    // line cut off before its arrow ("5" then "00:00:09,0" at the end of a download).
    const bool nextIsTiming = k + 1 < lines.size() && (timingLike(lines[k + 1]) || transcript_time::looksLikeCutTimingLine(lines[k + 1]));
    const bool indexLine = !timingLike(line) && number(line) && nextIsTiming;
    const bool cutTiming = blankBefore && transcript_time::looksLikeCutTimingLine(line) && !number(line);
    if (timingLike(line) || indexLine || cutTiming) {
      finish();
      RawCue cue;
      if (indexLine) {
        cue.id = std::string(trim(line));
        ++k;
      }
      cue.line = static_cast<int>(k + 1);
      blockLine = cue.line;
      badReason = readTimings(lines[k], cue);
      if (badReason.empty()) {
        raw.cues.push_back(std::move(cue));
        in = In::Cue;
        warnedBlank = false;
      } else {
        in = In::BadCue;
      }
      blankBefore = false;
      continue;
    }
    switch (in) {
      case In::Cue: {
        RawCue& cue = raw.cues.back();
        if (blankBefore && !cue.payload.empty() && !warnedBlank) {
          // A lone number after a blank line, with a blank line or the end after it, is a block
          // whose timing line was lost, not words.
          const bool strayNumber = number(line) && (k + 1 >= lines.size() || blank(lines[k + 1]));
          if (strayNumber) {
            in = In::Stray;
            blockLine = static_cast<int>(k + 1);
            held.push_back(line);
            break;
          }
          raw.warnings.push_back({static_cast<int>(k + 1),
                                  fmt::format("a blank line inside the cue at line {}; the text after it is kept in that cue", cue.line), ""});
          warnedBlank = true;
        }
        cue.payload.push_back(line);
        break;
      }
      case In::BadCue:
        if (blankBefore) {  // after a blank line the text is no longer the bad cue's
          finish();
          in = In::Stray;
          blockLine = static_cast<int>(k + 1);
        }
        held.push_back(line);
        break;
      case In::Stray: held.push_back(line); break;
      case In::Nothing:
        in = In::Stray;
        blockLine = static_cast<int>(k + 1);
        held.push_back(line);
        break;
    }
    blankBefore = false;
  }
  finish();
  return raw;
}

}  // namespace

Result<Transcript> parseSrt(std::string_view bytes, const std::string& name) {
  auto decoded = transcript_input::decodeText(bytes, name);
  if (!decoded) return decoded.error();
  const std::vector<std::string_view> lines = transcript_input::splitLines(decoded->text);
  return assembleTranscript(readBlocks(lines, std::move(decoded->warnings)), name, "SubRip");
}

}  // namespace coachscope::core
