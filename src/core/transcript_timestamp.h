// Cue times: WebVTT's exact rule ("collect a WebVTT timestamp") and SubRip's looser habits, each
// saying in plain words why a time cannot be read. Internal to core/transcript*.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coachscope::core::transcript_time {

struct Timestamp {
  double seconds = 0;
  std::string error;  // empty on success: "the seconds need two digits"
};

// [hh…:]mm:ss.ttt at `pos`, which moves past what was read. Hours take any number of digits (up
// to nine here), minutes and seconds two (below 60), milliseconds three after a dot.
Timestamp readWebVtt(std::string_view line, std::size_t& pos);
// hh:mm:ss,ttt as SubRip tools write it: a dot for the comma, one to three digits of fraction
// or none, hours of any length, mm:ss without hours.
Timestamp readSrt(std::string_view line, std::size_t& pos);

// A line holding nothing but a time or the start of a timing line ("00:03:0", "00:00:09,0 -"):
// a timing line cut off before its arrow, not words.
bool looksLikeCutTimingLine(std::string_view line);

// What follows a start time where "-->" should be, for a message.
std::string missingArrow(std::string_view rest);

// The time as written at `pos`, for a message: up to the next space, tab or "-->".
std::string_view tokenAt(std::string_view line, std::size_t pos);

// "00:01:02.345", for messages.
std::string format(double seconds);

}  // namespace coachscope::core::transcript_time
