// Fuzz target for the WebVTT reader, alone and through parseTranscript (which chooses the
// reader by content): any bytes give a transcript or an Error, never a crash, hang, exception or
// sanitizer report, and what is read keeps the invariants of transcript_checks.h.
#include <cstddef>
#include <cstdint>

#include "transcript_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  const std::string_view text = fuzz::text(data, size);
  fuzz::checkTranscriptParser(core::parseWebVtt, text);
  fuzz::checkTranscriptParser(core::parseTranscript, text);
  return 0;
}
