// Fuzz target for the observation reader: any bytes give an observation or a clear error, never a
// crash, exception or sanitizer report. What is read re-encodes and reads back as the same struct,
// and the full reader (with the built-in frameworks) and the summary a merge keeps never throw.
#include <cstddef>
#include <cstdint>

#include "core/json_document.h"
#include "core/merge.h"
#include "fuzz_support.h"
#include "store/observation_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  using fuzz::require;
  try {
    auto document = core::parseJsonText(fuzz::text(data, size), "fuzz");
    if (!document) {
      fuzz::requireClearError(document.error());
      return 0;
    }
    auto observation = store::observationFromJson(*document, "fuzz");
    auto checked = store::readObservation(*document, "fuzz", fuzz::builtInCatalog());
    if (!observation) {
      fuzz::requireClearError(observation.error());
      require(!checked, "the full reader refuses what the shape reader refuses");
      return 0;
    }
    if (!checked) fuzz::requireClearError(checked.error());
    const nlohmann::json encoded = store::observationToJson(*observation);
    (void)encoded.dump();  // throws on invalid UTF-8
    auto again = store::observationFromJson(encoded, "fuzz");
    require(again.ok(), "a read observation re-encodes to a readable one");
    require(*again == *observation, "an observation reads back as the same struct");
    require(store::observationToJson(*again) == encoded, "an observation encodes the same twice");
    (void)core::summarizeObservation(*observation);
  } catch (...) {
    require(false, "reading an observation never throws");
  }
  return 0;
}
