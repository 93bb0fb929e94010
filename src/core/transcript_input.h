// The first look at a transcript file: refuses what is not text at all (binary files, UTF-16/32,
// legacy 8-bit encodings, saying which it looks like) and hands the parsers valid UTF-8 split
// into lines. Internal to core/transcript*.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/transcript.h"

namespace coachscope::core::transcript_input {

struct DecodedText {
  std::string text;  // valid UTF-8 without a byte order mark; NUL written as U+FFFD (as WebVTT says)
  std::vector<TranscriptWarning> warnings;  // characters that had to be replaced
};

// Errors name `name`, the line and column where it shows, and what the bytes look like.
Result<DecodedText> decodeText(std::string_view bytes, const std::string& name);

// Lines split at LF, CR LF or CR; a line break at the very end adds no empty line.
std::vector<std::string_view> splitLines(std::string_view text);

}  // namespace coachscope::core::transcript_input
