// SubRip (.srt): numbered blocks of "00:00:01,000 --> 00:00:04,000" and text, as exported by
// many transcription services. Formatting tags (<i>, <font>, {\an8}) are stripped.
#include <fmt/format.h>

#include "core/transcript.h"
#include "core/transcript_text.h"

namespace coachscope::core {

using namespace transcript_text;

Result<Transcript> parseSrt(std::string_view text, const std::string& name) {
  if (auto bad = findInvalidUtf8(text)) return Error{name, *bad, "not valid UTF-8 text (save the file as UTF-8)"};
  const std::vector<std::string> lines = splitLines(text);
  auto blank = [&](std::size_t k) { return lines[k].find_first_not_of(" \t") == std::string::npos; };
  std::vector<RawCue> raw;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (blank(i)) {
      ++i;
      continue;
    }
    RawCue cue;
    if (!looksLikeTimingLine(lines[i])) {  // the block's sequence number
      cue.id = lines[i];
      ++i;
      if (i >= lines.size() || !looksLikeTimingLine(lines[i])) {
        return Error{name, fmt::format("line {}", std::min(i, lines.size() - 1) + 1),
                     "expected a timing line (00:00:01,000 --> 00:00:04,000)"};
      }
    }
    const TimingLine timing = parseTimingLine(lines[i]);
    if (!timing.error.empty()) return Error{name, fmt::format("line {}", i + 1), timing.error};
    cue.start = timing.start;
    cue.end = timing.end;
    cue.line = static_cast<int>(i + 1);
    ++i;
    while (i < lines.size() && !blank(i)) cue.payload.push_back(lines[i++]);
    raw.push_back(std::move(cue));
  }
  if (raw.empty()) return Error{name, "", "no cues found (expected SubRip or WebVTT)"};
  return finishTranscript(std::move(raw), name);
}

}  // namespace coachscope::core
