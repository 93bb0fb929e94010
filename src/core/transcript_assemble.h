// The common end of the WebVTT and SRT readers: times repaired, cues put in time order, rolling
// caption repeats removed, speakers found, a speaker's own small overlaps trimmed, every change
// a warning. Internal to core/transcript*.
#pragma once

#include <string>

#include "core/result.h"
#include "core/transcript.h"
#include "core/transcript_raw.h"

namespace coachscope::core {

// A speaker's cue may start this much before their previous cue ends (caption rounding): the
// previous cue is trimmed. A larger overlap is kept, with a warning.
inline constexpr double kOwnOverlapTrimSeconds = 0.25;

// An Error only when no cue with text is left.
Result<Transcript> assembleTranscript(transcript_raw::RawTranscript raw, const std::string& name, const char* syntax);

}  // namespace coachscope::core
