// Fuzz target for the transcript parsers (WebVTT, SRT, and the text clean-up under them): any
// bytes must give a transcript or an Error, never a crash, hang or sanitizer report. When a
// parse succeeds its invariants must hold: cues ordered by start, each ending no earlier than it
// starts, one speaker never overlapping themself, and cueIndexAt agreeing with the order.
//
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I src -o fuzz_transcript
//     tests/fuzz/fuzz_transcript.cpp src/core/transcript*.cpp src/core/clock_text.cpp src/core/error.cpp -lfmt
//   ./fuzz_transcript tests/fuzz/corpus/transcript
//
// Under g++ (CTest) the same entry point is driven over the seed corpus by replay_main.cpp.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string_view>

#include "core/transcript.h"
#include "core/transcript_evidence.h"
#include "core/transcript_export.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

void checkInvariants(const coachscope::core::Transcript& t) {
  std::map<std::string, double> lastEnd;
  for (std::size_t i = 0; i < t.cues.size(); ++i) {
    const auto& cue = t.cues[i];
    require(cue.end >= cue.start);
    if (i > 0) require(cue.start >= t.cues[i - 1].start);
    auto it = lastEnd.find(cue.speaker);
    if (it != lastEnd.end()) require(cue.start + 0.001 >= it->second);
    lastEnd[cue.speaker] = cue.end;
    require(t.cueIndexAt(cue.start) >= static_cast<int>(i));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope::core;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto parse : {parseTranscript, parseWebVtt, parseSrt}) {
    auto result = parse(text, "fuzz");
    if (!result) {
      require(!result.error().reason.empty());
      continue;
    }
    checkInvariants(*result);
    const SpeakerRoles roles = guessSpeakerRoles(*result);
    (void)exportTranscriptHtml(*result, roles, "fuzz");
    (void)evidenceHints(analyseTranscript(*result, roles), roles, nullptr);
  }
  return 0;
}
