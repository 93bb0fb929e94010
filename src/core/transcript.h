// A transcript of a recorded session: timed cues with their speaker, read from WebVTT or SRT.
// Parsing refuses malformed files with file, line and reason; nothing here touches ImGui or mpv.
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
  double end = 0;
  std::string speaker;   // as named in the file ("Jane Smith"); empty when the file names nobody
  std::string text;      // plain text: styling tags stripped, entities decoded, lines joined
  std::string id;        // the cue identifier, if the file gave one
  std::string settings;  // WebVTT cue settings as written ("align:start position:0%")
  int line = 0;          // line of the cue's timing line in the file, for messages
  bool speakerInferred = false;  // no name on this cue: carried over from the previous one
};

struct Transcript {
  std::vector<Cue> cues;  // ordered by start time
  std::string source;     // the file it came from

  // Speakers in order of first appearance.
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

// Parses by format: WebVTT when the text starts with "WEBVTT" (after an optional BOM), else SRT.
// `name` is what errors call the input.
Result<Transcript> parseTranscript(std::string_view text, const std::string& name);
Result<Transcript> parseWebVtt(std::string_view text, const std::string& name);
Result<Transcript> parseSrt(std::string_view text, const std::string& name);
Result<Transcript> loadTranscriptFile(const std::filesystem::path& path);

}  // namespace coachscope::core
