// Fuzz target for the settings reader: any bytes give settings or a clear error. What is read
// writes out and reads back as the same settings, keys this build does not know included.
#include <cstddef>
#include <cstdint>

#include "core/json_document.h"
#include "fuzz_support.h"
#include "store/settings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  using fuzz::require;
  try {
    auto document = core::parseJsonText(fuzz::text(data, size), "fuzz");
    if (!document) {
      fuzz::requireClearError(document.error());
      return 0;
    }
    auto settings = store::settingsFromJson(*document, "fuzz");
    if (!settings) {
      fuzz::requireClearError(settings.error());
      return 0;
    }
    const nlohmann::json encoded = store::settingsToJson(*settings);
    auto reparsed = core::parseJsonText(encoded.dump(2), "fuzz");
    require(reparsed.ok(), "written settings are JSON");
    auto again = store::settingsFromJson(*reparsed, "fuzz");
    require(again.ok(), "written settings read back");
    require(*again == *settings, "settings read back as the same struct");
    store::Settings recent = *settings;
    store::addRecentFile(recent, "x");
    require(recent.recentFiles.size() <= store::kMaxRecentFiles && recent.recentFiles.front() == "x",
            "the recent files stay short, newest first");
  } catch (...) {
    require(false, "reading settings never throws");
  }
  return 0;
}
