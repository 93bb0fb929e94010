// Fuzz target for the settings reader: any bytes give settings or a clear error. What is read
// writes out and reads back as the same settings, keys this build does not know included.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "store/settings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace coachscope;
  using fuzz::require;
  return fuzz::withJsonDocument(data, size, [](const nlohmann::json& document) {
    const auto settings = store::settingsFromJson(document, "fuzz");
    if (!fuzz::valueOrRefusal(settings)) return;
    const auto reparsed = core::parseJsonText(store::settingsToJson(*settings).dump(2), "fuzz");
    require(reparsed.ok(), "written settings are JSON");
    const auto again = store::settingsFromJson(*reparsed, "fuzz");
    require(again.ok() && *again == *settings, "settings read back as the same struct");
    store::Settings recent = *settings;
    store::addRecentFile(recent, "x");
    require(recent.recentFiles.size() <= store::kMaxRecentFiles && recent.recentFiles.front() == "x",
            "the recent files stay short, newest first");
  });
}
