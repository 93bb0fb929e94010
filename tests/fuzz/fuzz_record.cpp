// Fuzz target for the progress record reader: any bytes give a record or a clear error. What is
// read writes out (the canonical text) and reads back as the same versions, struct by struct, and
// the views of it (current profile, conflicts, tombstones, the catalog check) never throw.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "store/record_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  using fuzz::require;
  return fuzz::withJsonDocument(data, size, [](const nlohmann::json& document) {
    const auto record = store::recordFromJson(document, "fuzz");
    const auto checked = store::readRecord(document, "fuzz", testing::builtInCatalog());
    fuzz::valueOrRefusal(checked);
    if (!fuzz::valueOrRefusal(record)) {
      require(!checked, "the full reader refuses what the shape reader refuses");
      return;
    }
    const std::string text = store::recordText(*record);
    const auto reparsed = core::parseJsonText(text, "fuzz");
    require(reparsed.ok(), "a record's text is JSON");
    const auto again = store::recordFromJson(*reparsed, "fuzz");
    require(again.ok(), "a read record writes out to a readable one");
    require(fuzz::sameRecord(*again, *record) && *again == *record, "a record reads back as the same versions");
    require(store::recordText(*again) == text, "a record writes the same bytes twice");
    (void)record->currentProfile();
    (void)record->conflicts();
    (void)record->tombstones();
  });
}
