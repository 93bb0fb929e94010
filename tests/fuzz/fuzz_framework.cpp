// Fuzz target for the framework reader: any bytes give a framework or a clear error. What is read
// holds what the rest of the app relies on without checking again: a scale with at least one level,
// ascending and within the documented range; unique competency ids and marker codes; every marker,
// derived evidence and competency naming what exists; counts within their ranges.
#include <cstddef>
#include <cstdint>
#include <set>

#include "core/framework_loader.h"
#include "core/limits.h"
#include "fuzz_support.h"

namespace {

using namespace coachscope;
using fuzz::require;

void checkFramework(const core::Framework& f) {
  namespace limits = core::limits;
  require(!f.id.empty() && !f.version.empty(), "a framework has an id and a version");
  require(!f.scale.levels.empty(), "a scale has a level");
  for (std::size_t i = 0; i < f.scale.levels.size(); ++i) {
    const int value = f.scale.levels[i].value;
    require(value >= limits::kMinLevel && value <= limits::kMaxLevel, "a level is within range");
    if (i > 0) require(value > f.scale.levels[i - 1].value, "levels ascend");
    require(f.scale.level(value) == &f.scale.levels[i], "a level is found by its value");
  }
  require(
      f.recording.minMinutes >= 0 && f.recording.maxMinutes >= 0 && f.recording.maxMinutes <= limits::kMaxRuleMinutes,
      "recording rules within range");
  std::set<std::string> competencies;
  for (const auto& c : f.competencies) {
    require(competencies.insert(c.id).second, "competency ids are unique");
    require(c.domainId.empty() || f.domain(c.domainId), "a competency's domain exists");
    require(c.minimumMarkers >= 0 && c.minimumMarkers <= limits::kMaxCount, "minimum markers within range");
    require(c.behaviourCount >= 0 && c.behaviourCount <= limits::kMaxCount, "behaviour count within range");
    for (const auto& code : c.derivedFrom) require(f.marker(code) != nullptr, "derived evidence names a marker");
    if (c.evidence == core::EvidenceKind::Judgement) {
      require(!c.judgementOptions.empty(), "a judgement competency has options");
    }
    (void)f.evidenceMarkersOf(c);
  }
  std::set<std::string> codes;
  for (const auto& m : f.markers) {
    require(codes.insert(m.code).second, "marker codes are unique");
    require(f.competency(m.competencyId) != nullptr, "a marker names a competency");
  }
  (void)f.titleWithVersion();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::withJsonDocument(data, size, [&](const nlohmann::json& document) {
    const auto framework = core::parseFramework(document, "fuzz");
    if (!fuzz::valueOrRefusal(framework)) return;
    checkFramework(*framework);
    const auto again = core::parseFramework(document, "fuzz");
    require(again.ok() && again->key() == framework->key() && again->markers.size() == framework->markers.size(),
            "reading is deterministic");
    core::Catalog catalog;
    require(catalog.addText(fuzz::text(data, size), "fuzz") && catalog.framework(framework->key()),
            "the catalog takes a framework that reads, and finds it by its key");
  });
}
