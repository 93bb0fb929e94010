// Rolling (roll-up) captions, as YouTube writes its automatic ones: each cue restates the last
// line of the cue before it and adds a line, with a 10 ms cue in between that only restates.
// Only those repeats go: two real utterances that happen to be the same are kept. Internal to
// core/transcript*.
#pragma once

#include <vector>

#include "core/transcript_markup.h"

namespace coachscope::core::transcript_rolling {

struct CueText {
  double start = 0;
  double end = 0;
  std::vector<transcript_markup::Piece>* pieces = nullptr;
};

// Decides from the whole file whether its captions roll (most multi-line cues restate the cue
// before; with word timings one such cue is evidence enough) and, if so, removes the restated
// lines. Cues with voices are never touched. Cues must be in time order.
void removeRepeats(std::vector<CueText>& cues, bool hasWordTimings);

}  // namespace coachscope::core::transcript_rolling
