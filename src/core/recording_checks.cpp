#include "core/recording_checks.h"

#include <fmt/format.h>

#include "core/clock_text.h"

namespace coachscope::core {

std::vector<RecordingWarning> checkRecording(const RecordingFacts& facts, const Framework* framework) {
  std::vector<RecordingWarning> warnings;
  if (facts.mediaSeconds && framework) {
    const double minutes = *facts.mediaSeconds / 60.0;
    const RecordingRules& rules = framework->recording;
    if (rules.minMinutes > 0 && minutes < rules.minMinutes) {
      warnings.push_back({"tooShort", fmt::format("The recording lasts {}, shorter than the {} minutes {} asks for",
                                                  formatClock(*facts.mediaSeconds), rules.minMinutes, framework->title)});
    }
    if (rules.maxMinutes > 0 && minutes > rules.maxMinutes) {
      warnings.push_back({"tooLong", fmt::format("The recording lasts {}, longer than {} minutes: {} does not score "
                                                 "beyond minute {}",
                                                 formatClock(*facts.mediaSeconds), rules.maxMinutes, framework->title,
                                                 rules.maxMinutes)});
    }
  }
  if (!facts.hasTranscript) {
    warnings.push_back({"noTranscript", "No transcript: evaluations expect a verbatim transcript (import WebVTT or SRT)"});
  }
  // A second of slack: caption tools round the last cue's end.
  if (facts.mediaSeconds && facts.transcriptEndSeconds && *facts.transcriptEndSeconds > *facts.mediaSeconds + 1.0) {
    warnings.push_back({"transcriptLonger",
                        fmt::format("The transcript runs to {}, past the end of the recording ({}): is it the "
                                    "transcript of this recording?",
                                    formatClock(*facts.transcriptEndSeconds), formatClock(*facts.mediaSeconds))});
  }
  return warnings;
}

}  // namespace coachscope::core
