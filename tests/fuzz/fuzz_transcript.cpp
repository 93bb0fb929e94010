// Fuzz target for the transcript readers (WebVTT, SRT, and everything under them): any bytes give
// a transcript or an Error, never a crash, hang, exception or sanitizer report. What is read keeps
// its invariants: cues in time order, none ending before it starts, text non-empty valid UTF-8,
// a speaker's own overlap either trimmed away or larger than the trim limit, every warning on a
// line of the file and with a reason, the JSON and the exports built without throwing.
//
//   python3 third_party/html_entities.py /tmp/transcript_entities.cpp
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I src -o fuzz_transcript \
//     tests/fuzz/fuzz_transcript.cpp src/core/transcript*.cpp /tmp/transcript_entities.cpp \
//     src/core/clock_text.cpp src/core/error.cpp src/core/html_escape.cpp -lfmt
//   ./fuzz_transcript -max_len=4096 tests/fuzz/corpus/transcript
//
// Under g++ (CTest) the same entry point is driven over the seed corpus by replay_main.cpp.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <string_view>

#include "core/transcript.h"
#include "core/transcript_assemble.h"
#include "core/transcript_evidence.h"
#include "core/transcript_export.h"
#include "core/transcript_json.h"
#include "core/transcript_utf8.h"

namespace {

void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

bool validUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = coachscope::core::utf8::decode(s, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

void checkInvariants(const coachscope::core::Transcript& t, std::size_t lineCount) {
  using coachscope::core::kOwnOverlapTrimSeconds;
  require(!t.cues.empty(), "a transcript has cues");
  std::map<std::string, double> lastEnd;
  for (std::size_t i = 0; i < t.cues.size(); ++i) {
    const auto& cue = t.cues[i];
    require(cue.end >= cue.start, "no cue ends before it starts");
    if (i > 0) require(cue.start >= t.cues[i - 1].start, "cues sorted by start");
    require(!cue.text.empty() && validUtf8(cue.text) && validUtf8(cue.speaker), "text is non-empty UTF-8");
    require(cue.line >= 1 && static_cast<std::size_t>(cue.line) <= lineCount, "a cue's line is in the file");
    if (!cue.speaker.empty()) {
      auto it = lastEnd.find(cue.speaker);
      if (it != lastEnd.end()) {
        const double overlap = it->second - cue.start;
        require(overlap <= 1e-6 || overlap > kOwnOverlapTrimSeconds, "a speaker's small overlap is trimmed");
        it->second = std::max(it->second, cue.end);
      } else {
        lastEnd[cue.speaker] = cue.end;
      }
    }
    require(t.cueIndexAt(cue.start) >= static_cast<int>(i), "cueIndexAt agrees with the order");
  }
  for (std::size_t i = 0; i < t.warnings.size(); ++i) {
    const auto& w = t.warnings[i];
    require(w.line >= 1 && static_cast<std::size_t>(w.line) <= lineCount + 1, "every warning has a line of the file");
    require(!w.reason.empty() && validUtf8(w.reason) && validUtf8(w.skipped), "every warning has a readable reason");
    if (i > 0) require(w.line >= t.warnings[i - 1].line, "warnings in line order");
  }
}

std::size_t countLines(std::string_view text) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope::core;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::size_t lines = countLines(text);
  try {
    for (auto parse : {parseTranscript, parseWebVtt, parseSrt}) {
      auto result = parse(text, "fuzz");
      if (!result) {
        require(!result.error().reason.empty() && validUtf8(result.error().message()), "an error says why");
        continue;
      }
      checkInvariants(*result, lines);
      const SpeakerRoles roles = guessSpeakerRoles(*result);
      (void)exportTranscriptHtml(*result, roles, "fuzz");
      (void)exportTranscriptText(*result, roles, "fuzz");
      (void)transcriptToJson(*result, roles, true).dump();  // throws on invalid UTF-8
      const TranscriptEvidence evidence = analyseTranscript(*result, roles);
      // Each role's talk time fits in the transcript (roles may overlap one another: crosstalk).
      const double span = result->endTime() - result->cues.front().start + 1e-6;
      require(evidence.talkTime.coachSeconds <= span && evidence.talkTime.clientSeconds <= span &&
                  evidence.talkTime.otherSeconds <= span,
              "each role's talk time fits in the transcript");
      (void)evidenceHints(evidence, roles, nullptr);
    }
  } catch (...) {
    require(false, "parsing never throws");
  }
  return 0;
}
