// Fuzz target for the observation reader: any bytes give an observation or a clear error, never a
// crash, exception or sanitizer report. What is read re-encodes and reads back as the same struct,
// and the full reader (with the built-in frameworks) and the summary a merge keeps never throw.
#include <cstddef>
#include <cstdint>

#include "core/merge.h"
#include "fuzz_support.h"
#include "store/observation_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  using fuzz::require;
  return fuzz::withJsonDocument(data, size, [](const nlohmann::json& document) {
    const auto observation = store::observationFromJson(document, "fuzz");
    const auto checked = store::readObservation(document, "fuzz", testing::builtInCatalog());
    fuzz::valueOrRefusal(checked);
    if (!fuzz::valueOrRefusal(observation)) {
      require(!checked, "the full reader refuses what the shape reader refuses");
      return;
    }
    const nlohmann::json encoded = store::observationToJson(*observation);
    (void)encoded.dump();  // throws on invalid UTF-8
    const auto again = store::observationFromJson(encoded, "fuzz");
    require(again.ok(), "a read observation re-encodes to a readable one");
    require(*again == *observation, "an observation reads back as the same struct");
    require(store::observationToJson(*again) == encoded, "an observation encodes the same twice");
    (void)core::summarizeObservation(*observation);
  });
}
