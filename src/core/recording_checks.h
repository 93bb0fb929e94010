// Checks before scoring a recording: warnings the tutor sees, never refusals (they may have a
// good reason to score a short session or one without a transcript).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"

namespace coachscope::core {

struct RecordingFacts {
  std::optional<double> mediaSeconds;       // unknown until the media has been opened
  bool hasTranscript = false;
  std::optional<double> transcriptEndSeconds;
};

struct RecordingWarning {
  std::string kind;  // "tooShort", "tooLong", "noTranscript", "transcriptLonger"
  std::string text;
};

std::vector<RecordingWarning> checkRecording(const RecordingFacts& facts, const Framework* framework);

}  // namespace coachscope::core
