// Shared pieces of the WebVTT and SRT parsers: encoding checks, line splitting, timestamps and
// turning a cue's payload into speaker-attributed plain text. Internal to core/transcript*.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/transcript.h"

namespace coachscope::core::transcript_text {

// The first invalid UTF-8 sequence as "line L, column C", or nullopt when the text is valid.
std::optional<std::string> findInvalidUtf8(std::string_view text);

// Drops a UTF-8 byte order mark and splits on LF, CRLF or CR.
std::vector<std::string> splitLines(std::string_view text);

// "01:02:03.456", "02:03.456" (WebVTT) or "01:02:03,456" (SRT). The error says what is wrong.
struct TimestampResult {
  double seconds = 0;
  std::string error;  // empty on success
};
TimestampResult parseTimestamp(std::string_view text);

// "00:00:01.000 --> 00:00:04.000 align:start": both times and the settings after them.
struct TimingLine {
  double start = 0;
  double end = 0;
  std::string settings;
  std::string error;  // empty on success
};
TimingLine parseTimingLine(std::string_view line);
bool looksLikeTimingLine(std::string_view line);

// One speaker's words inside a cue. A cue can hold several (`<v A>..</v><v B>..</v>`, or lines
// each starting "Name: ").
struct Segment {
  std::string speaker;
  std::string text;
};
std::vector<Segment> splitPayload(const std::vector<std::string>& lines);

// Tags removed (<i>, <c.x>, <00:01.000>, <font ..>, {\an8}), entities decoded, white space collapsed.
std::string plainText(std::string_view markup);

// Common end of both parsers: splits multi-speaker cues, removes rolling-caption repeats, carries
// speakers over, and checks order and overlaps. Errors name `name` and a line.
struct RawCue {
  double start = 0;
  double end = 0;
  std::string id;
  std::string settings;
  int line = 0;
  std::vector<std::string> payload;
};
Result<Transcript> finishTranscript(std::vector<RawCue> raw, const std::string& name);

std::string formatTimestamp(double seconds);  // "00:01:02.345", for messages

}  // namespace coachscope::core::transcript_text
