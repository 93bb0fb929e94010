// What the WebVTT and SRT readers hand to the transcript assembly: cues as the file has them (in
// file order, text still marked up) and the blocks they could not use. Internal to core/transcript*.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/transcript.h"

namespace coachscope::core::transcript_raw {

struct RawCue {
  double start = 0;
  double end = 0;  // may be before start: the file's own value
  std::string id;
  std::string settings;
  int line = 0;  // the timing line
  std::vector<std::string_view> payload;  // the cue's text lines (views into the decoded file)
};

struct RawTranscript {
  std::vector<RawCue> cues;
  std::vector<TranscriptWarning> warnings;
  int skippedCues = 0;  // cue blocks left out, to say so when none is left
  TranscriptWarning firstSkipped;

  // A cue block left out: warned with why and what it held.
  void skipCue(int line, std::string reason, std::string excerpt) {
    if (skippedCues++ == 0) firstSkipped = {line, reason, excerpt};
    warnings.push_back({line, std::move(reason), std::move(excerpt)});
  }
};

}  // namespace coachscope::core::transcript_raw
