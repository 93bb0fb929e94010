// WebVTT as Zoom, Teams and YouTube write it: header metadata, NOTE/STYLE/REGION blocks, cue ids,
// cue settings, voice tags and styling tags. Lenient where tools differ, strict about time.
#include <fmt/format.h>

#include "core/transcript.h"
#include "core/transcript_text.h"

namespace coachscope::core {
namespace {

using namespace transcript_text;

bool startsWithWord(const std::string& line, std::string_view word) {
  return line.compare(0, word.size(), word) == 0 &&
         (line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\t');
}

}  // namespace

Result<Transcript> parseWebVtt(std::string_view text, const std::string& name) {
  if (auto bad = findInvalidUtf8(text)) return Error{name, *bad, "not valid UTF-8 text (save the file as UTF-8)"};
  const std::vector<std::string> lines = splitLines(text);
  if (lines.empty() || !startsWithWord(lines[0], "WEBVTT")) {
    return Error{name, "line 1", "a WebVTT file must start with \"WEBVTT\""};
  }
  std::size_t i = 1;
  while (i < lines.size() && !lines[i].empty()) {  // header metadata ("Kind: captions")
    if (looksLikeTimingLine(lines[i])) return Error{name, fmt::format("line {}", i + 1), "a blank line must follow the WEBVTT header"};
    ++i;
  }
  std::vector<transcript_text::RawCue> raw;
  while (i < lines.size()) {
    if (lines[i].empty()) {
      ++i;
      continue;
    }
    const std::size_t blockStart = i;
    if (startsWithWord(lines[i], "NOTE") || startsWithWord(lines[i], "STYLE") || startsWithWord(lines[i], "REGION")) {
      while (i < lines.size() && !lines[i].empty()) ++i;
      continue;
    }
    transcript_text::RawCue cue;
    if (!looksLikeTimingLine(lines[i])) {
      cue.id = lines[i];
      ++i;
      if (i >= lines.size() || !looksLikeTimingLine(lines[i])) {
        return Error{name, fmt::format("line {}", i < lines.size() && !lines[i].empty() ? i + 1 : blockStart + 1),
                     "expected a cue timing line (00:00:01.000 --> 00:00:04.000)"};
      }
    }
    const TimingLine timing = parseTimingLine(lines[i]);
    if (!timing.error.empty()) return Error{name, fmt::format("line {}", i + 1), timing.error};
    cue.start = timing.start;
    cue.end = timing.end;
    cue.settings = timing.settings;
    cue.line = static_cast<int>(i + 1);
    ++i;
    // The payload runs to a blank line; a timing line means the blank line was left out.
    while (i < lines.size() && !lines[i].empty() && !looksLikeTimingLine(lines[i])) cue.payload.push_back(lines[i++]);
    if (i < lines.size() && looksLikeTimingLine(lines[i]) && !cue.payload.empty()) {
      // The last payload line was the next cue's id.
      raw.push_back(cue);
      raw.back().payload.pop_back();
      --i;
      continue;
    }
    raw.push_back(std::move(cue));
  }
  return finishTranscript(std::move(raw), name);
}

}  // namespace coachscope::core
