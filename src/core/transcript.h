// A transcript of a recorded session: timed cues with their speaker, read from WebVTT or SRT.
// A damaged cue is skipped or repaired with a warning (line, reason, what was skipped); only input
// that is no transcript at all is refused. Nothing here touches ImGui or mpv.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace coachscope::core {

struct Cue {
  double start = 0;  // seconds from the start of the recording
  double end = 0;    // never before start
  std::string speaker;   // as named in the file ("Jane Smith"); empty for an unknown speaker
  std::string text;      // plain text: styling tags stripped, character references decoded, lines joined
  std::string id;        // the cue identifier, if the file gave one
  std::string settings;  // WebVTT cue settings as written ("align:start position:0%")
  int line = 0;          // line of the cue's timing line in the file, for messages
  bool speakerInferred = false;  // no name on this cue: carried over from the cue before it
};

// Something the reader repaired or left out, for the tutor to check against the file.
struct TranscriptWarning {
  int line = 0;         // 1-based line of the file
  std::string reason;   // what is wrong and what was done; invisible characters escaped (\v, \u00A0)
  std::string skipped;  // a short excerpt of the text left out, escaped; empty when nothing was lost
  // "line 16: bad end time "00:03:0" (...); skipped: "See you next week.""
  std::string message() const;
};

struct Transcript {
  std::vector<Cue> cues;  // ordered by start time
  std::string source;     // the file it came from
  std::string syntax;     // "WebVTT" or "SubRip"
  std::vector<TranscriptWarning> warnings;  // in line order

  // Named speakers in order of first appearance (the unknown speaker is not one of them).
  std::vector<std::string> speakers() const;
  double endTime() const;
  // The cue being spoken at `seconds` (the last cue started by then), or -1 before the first.
  int cueIndexAt(double seconds) const;
};

// Who a transcript's speaker is in the session.
enum class SpeakerRole { Unassigned, Coach, Client };
const char* toString(SpeakerRole role);

// Speaker name -> role, as the tutor mapped them.
struct SpeakerRoles {
  std::map<std::string, SpeakerRole> bySpeaker;
  SpeakerRole role(const std::string& speaker) const;
  // The name shown for a role ("Coach") or, when unassigned, the speaker's own name.
  std::string label(const std::string& speaker) const;
};

// A first guess for a two-speaker transcript: the speaker who asks more questions is the coach.
// Leaves everything unassigned when there are not exactly two speakers.
SpeakerRoles guessSpeakerRoles(const Transcript& transcript);
// "Jane=coach,Sam=client" (as on the command line); errors name the bad entry.
Result<SpeakerRoles> parseSpeakerRoles(std::string_view text);

// Parses by content: WebVTT when the text starts with the WEBVTT signature, else SRT. `name` is
// what errors and warnings call the input. An Error only for input that is no transcript at all:
// binary, not UTF-8, no WEBVTT signature (parseWebVtt), or no cue that could be read.
Result<Transcript> parseTranscript(std::string_view bytes, const std::string& name);
Result<Transcript> parseWebVtt(std::string_view bytes, const std::string& name);
Result<Transcript> parseSrt(std::string_view bytes, const std::string& name);
// Reads a regular file (never a FIFO or device) and parses it: a .vtt must be WebVTT, a .srt
// holding WebVTT is read as WebVTT.
Result<Transcript> loadTranscriptFile(const std::filesystem::path& path);

}  // namespace coachscope::core
