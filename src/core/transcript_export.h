// The assessor-ready transcript ICF asks for: coach and client on separate lines, with a
// timestamp at every change of speaker, as plain text or as a self-contained HTML page.
#pragma once

#include <string>
#include <vector>

#include "core/html_escape.h"
#include "core/transcript.h"

namespace coachscope::core {

// One speaker's uninterrupted run of cues.
struct Turn {
  double start = 0;
  double end = 0;
  std::string speaker;
  std::string text;
};

// Consecutive cues of the same speaker joined into turns.
std::vector<Turn> turnsOf(const Transcript& transcript);

// "[00:01:05] Coach (Jane): ...", one turn per paragraph.
std::string exportTranscriptText(const Transcript& transcript, const SpeakerRoles& roles, const std::string& title);
// The same as an HTML page, every piece of transcript text escaped.
std::string exportTranscriptHtml(const Transcript& transcript, const SpeakerRoles& roles, const std::string& title);


}  // namespace coachscope::core
