// The WebVTT file parsing algorithm (W3C WebVTT, "file parsing") as browsers implement it: the
// signature, the header, blocks, cue timings, and a bad cue skipped rather than the file. Regions
// and style sheets are recognised and set aside: a transcript does not lay cues out.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/transcript_raw.h"

namespace coachscope::core::webvtt {

// A block the algorithm reads and then drops, kept so the transcript can say why (or keep its text).
struct DroppedBlock {
  enum class Kind {
    BadCue,   // a timing line that does not parse: the whole cue is dropped
    Text,     // lines with no timing line at all (a blank line inside a cue, a stray id)
    Comment,  // NOTE, STYLE and REGION blocks: meant to be dropped
  };
  Kind kind = Kind::Text;
  int line = 0;                          // its first line (a bad cue: its timing line)
  std::string reason;                    // a bad cue: why its timing line fails
  std::vector<std::string_view> lines;   // the text it held (a bad cue: its payload, without the id)
  int cuesBefore = 0;                    // how many cues were read before it
};

struct Document {
  std::vector<transcript_raw::RawCue> cues;  // in file order, exactly as the algorithm makes them
  std::vector<DroppedBlock> dropped;
  std::vector<bool> endedAtTimingLine;  // per cue: the next cue followed with no blank line
  std::vector<std::pair<bool, int>> order;  // every block in file order: (is a cue, index in cues or dropped)
  bool blankAfterHeader = true;         // false when a cue follows the WEBVTT line directly
};

// True when `firstLine` is a WebVTT signature: "WEBVTT" alone or followed by a space or tab.
bool hasSignature(std::string_view firstLine);

// "Collect WebVTT cue timings and settings" from a timing line into `cue`: an empty string, or
// why the line is no timing line ("bad end time "00:03:0": ...").
std::string readTimings(std::string_view line, transcript_raw::RawCue& cue);

// Runs the algorithm over the file's lines (line 0 must hold the signature).
Document readBlocks(const std::vector<std::string_view>& lines);

}  // namespace coachscope::core::webvtt
