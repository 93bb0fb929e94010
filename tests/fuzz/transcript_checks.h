// What the transcript fuzz targets check of every transcript read (WebVTT or SRT): cues in time
// order, none ending before it starts, text non-empty valid UTF-8, a speaker's own overlap either
// trimmed away or larger than the trim limit, every warning on a line of the file and with a
// reason, and the JSON, the exports and the evidence built without throwing.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "core/transcript.h"
#include "core/transcript_assemble.h"
#include "core/transcript_evidence.h"
#include "core/transcript_export.h"
#include "core/transcript_json.h"
#include "fuzz_support.h"

namespace coachscope::fuzz {

inline void checkInvariants(const core::Transcript& t, std::size_t lineCount) {
  using core::kOwnOverlapTrimSeconds;
  require(!t.cues.empty(), "a transcript has cues");
  std::map<std::string, double> lastEnd;
  for (std::size_t i = 0; i < t.cues.size(); ++i) {
    const auto& cue = t.cues[i];
    require(cue.end >= cue.start, "no cue ends before it starts");
    if (i > 0) require(cue.start >= t.cues[i - 1].start, "cues sorted by start");
    require(!cue.text.empty() && validUtf8(cue.text) && validUtf8(cue.speaker), "text is non-empty UTF-8");
    require(cue.line >= 1 && static_cast<std::size_t>(cue.line) <= lineCount, "a cue's line is in the file");
    if (!cue.speaker.empty()) {
      auto it = lastEnd.find(cue.speaker);
      if (it != lastEnd.end()) {
        const double overlap = it->second - cue.start;
        require(overlap <= 1e-6 || overlap > kOwnOverlapTrimSeconds, "a speaker's small overlap is trimmed");
        it->second = std::max(it->second, cue.end);
      } else {
        lastEnd[cue.speaker] = cue.end;
      }
    }
    require(t.cueIndexAt(cue.start) >= static_cast<int>(i), "cueIndexAt agrees with the order");
  }
  for (std::size_t i = 0; i < t.warnings.size(); ++i) {
    const auto& w = t.warnings[i];
    require(w.line >= 1 && static_cast<std::size_t>(w.line) <= lineCount + 1, "every warning has a line of the file");
    require(!w.reason.empty() && validUtf8(w.reason) && validUtf8(w.skipped), "every warning has a readable reason");
    if (i > 0) require(w.line >= t.warnings[i - 1].line, "warnings in line order");
  }
}

inline std::size_t countLines(std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

// Runs `parse` over the bytes and checks what it reads.
template <typename Parse>
void checkTranscriptParser(Parse parse, std::string_view text) {
  using namespace core;
  const std::size_t lines = countLines(text);
  try {
    auto result = parse(text, "fuzz");
    if (!result) {
      requireClearError(result.error());
      return;
    }
    checkInvariants(*result, lines);
    const SpeakerRoles roles = guessSpeakerRoles(*result);
    (void)exportTranscriptHtml(*result, roles, "fuzz");
    (void)exportTranscriptText(*result, roles, "fuzz");
    (void)transcriptToJson(*result, roles, true).dump();  // throws on invalid UTF-8
    const TranscriptEvidence evidence = analyseTranscript(*result, roles);
    // Each role's talk time fits in the transcript (roles may overlap one another: crosstalk).
    const double span = result->endTime() - result->cues.front().start + 1e-6;
    require(evidence.talkTime.coachSeconds <= span && evidence.talkTime.clientSeconds <= span &&
                evidence.talkTime.otherSeconds <= span,
            "each role's talk time fits in the transcript");
    (void)evidenceHints(evidence, roles, nullptr);
  } catch (...) {
    require(false, "parsing never throws");
  }
}

}  // namespace coachscope::fuzz
