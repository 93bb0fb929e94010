// A transcript as JSON for scripts and tests (`coachscope transcript --format json`): every cue,
// the speakers with their roles, and the warnings.
#pragma once

#include <nlohmann/json.hpp>

#include "core/transcript.h"

namespace coachscope::core {

// {"format": "coachscope.transcript/1", "file", "syntax", "cues": [{start, end, speaker (null when
// unknown), speakerInferred, text, id, line}], "speakers": [{name, role, roleGuessed, cues,
// seconds}], "warnings": [{line, reason, skipped, message}]}
nlohmann::ordered_json transcriptToJson(const Transcript& transcript, const SpeakerRoles& roles, bool rolesGuessed);

}  // namespace coachscope::core
