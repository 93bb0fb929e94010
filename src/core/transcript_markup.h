// A cue's text as people read it: WebVTT and SRT tags removed (<i>, <c.x>, <00:01.000>, <font>,
// {\an8}, ruby annotations), HTML character references decoded from the full named table, and the
// voices (<v Name>) kept with the words they speak. Internal to core/transcript*.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coachscope::core::transcript_markup {

// One stretch of a cue's text and the voice that speaks it.
struct Piece {
  std::string text;        // plain text, white space collapsed, never empty
  std::string voice;       // the <v> annotation in effect ("Jane Smith"); empty when none is
  bool voiced = false;     // a <v> tag is in effect (a voice may still be unnamed: "<v>")
  bool lineStart = false;  // begins a line of the payload, where a "Name: " prefix would be
  int line = 0;            // index of the payload line it starts on
};

std::vector<Piece> readCueText(const std::vector<std::string_view>& lines);

// Tags removed, references decoded, white space collapsed: for voice names and ids.
std::string plainText(std::string_view markup);

// An HTML character reference at text[i] (which is '&'), decoded into `out` as HTML reads it in
// text: named (with or without ';' as HTML allows), decimal or hex, Windows-1252 for &#128;-&#159;.
// Returns the length consumed, or 0 when no reference starts there.
std::size_t decodeCharacterReference(std::string_view text, std::size_t i, std::string& out);

// The words of lines a reader left out, as a short excerpt for a warning.
std::string skippedExcerpt(const std::vector<std::string_view>& lines);

// Control characters, NUL and no-break spaces become spaces; runs of white space become one.
std::string collapseSpace(std::string_view text);

}  // namespace coachscope::core::transcript_markup
