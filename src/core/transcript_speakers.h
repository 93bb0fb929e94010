// Who speaks each cue, as transcription tools write it: Teams voices (<v Name>), Zoom "Name: "
// prefixes with any characters a display name holds, "[SPEAKER_00]:" and "Speaker 1:" labels,
// ">>" for a change to an unnamed speaker. A sentence that happens to hold a colon stays text:
// which prefixes are names is decided across the whole file. Internal to core/transcript*.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/transcript_markup.h"

namespace coachscope::core::transcript_speakers {

struct Segment {
  std::string speaker;       // empty: unknown
  std::string text;
  bool markedUnknown = false;  // ">>" or an unnamed <v>: someone else, whose name is not given
};

// A "Name: " (or "[Name]: ", ">> Name: ") at the start of a line: the name and where the words start.
struct Prefix {
  std::string name;          // empty after a bare ">>"
  std::size_t textStart = 0;
  bool changeMarker = false;  // the line starts with ">>"
  std::size_t afterMarker = 0;  // where the line's text starts after ">>"
};
std::optional<Prefix> findPrefix(std::string_view line);

// "Speaker 1", "SPEAKER_00", "spk_0", "Speaker A", "Guest 2": labels tools give unnamed people.
bool isGenericLabel(std::string_view name);

// For each cue (its pieces from transcript_markup), the speakers' segments in order.
std::vector<std::vector<Segment>> attribute(const std::vector<std::vector<transcript_markup::Piece>>& cues);

}  // namespace coachscope::core::transcript_speakers
