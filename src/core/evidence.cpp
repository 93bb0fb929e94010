#include "core/evidence.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

namespace coachscope::core {

int EvidenceSummary::countOf(const std::string& markerCode) const {
  auto it = markerCounts.find(markerCode);
  return it == markerCounts.end() ? 0 : it->second;
}

const CompetencyEvidence* EvidenceSummary::of(const std::string& competencyId) const {
  for (const CompetencyEvidence& c : competencies) {
    if (c.competencyId == competencyId) return &c;
  }
  return nullptr;
}

std::optional<int> suggestLevel(const RatingScale& scale, const Competency& competency, int seen, int possible) {
  if (competency.evidence == EvidenceKind::Judgement || possible <= 0 || scale.levels.empty()) return std::nullopt;
  const int levels = static_cast<int>(scale.levels.size());
  const int top = levels - 1;
  int index = 0;
  const int minimum = std::min(competency.minimumMarkers, possible);
  if (seen <= 0) {
    index = 0;
  } else if (minimum <= 0) {
    index = std::max(1, static_cast<int>(std::lround(static_cast<double>(top) * seen / possible)));
  } else {
    const int meets = levels >= 3 ? top - 1 : top;
    if (seen >= minimum) {
      index = (seen >= possible && possible > minimum && levels >= 3) ? top : meets;
    } else {
      index = std::min(meets - 1, std::max(1, meets * seen / minimum));
    }
  }
  index = std::clamp(index, 0, top);
  return scale.levels[static_cast<std::size_t>(index)].value;
}

EvidenceSummary summariseEvidence(const Framework& framework, const Observation& observation) {
  EvidenceSummary summary;
  for (const MarkerEvent& e : observation.events) ++summary.markerCounts[e.markerCode];
  std::map<std::string, int> notesByTag;
  for (const Note& n : observation.notes) {
    if (!n.tag.empty()) ++notesByTag[n.tag];
  }
  for (const Competency& c : framework.competencies) {
    CompetencyEvidence evidence;
    evidence.competencyId = c.id;
    evidence.taggedNotes = notesByTag.count(c.id) ? notesByTag[c.id] : 0;
    for (const Marker* m : framework.evidenceMarkersOf(c)) {
      const int count = summary.countOf(m->code);
      ++evidence.markersPossible;
      evidence.events += count;
      if (count > 0) ++evidence.markersSeen;
      if (auto it = notesByTag.find(m->code); it != notesByTag.end()) evidence.taggedNotes += it->second;
    }
    evidence.suggestedLevel = suggestLevel(framework.scale, c, evidence.markersSeen, evidence.markersPossible);
    if (evidence.suggestedLevel) {
      evidence.suggestionReason = fmt::format("{} of {} markers seen", evidence.markersSeen, evidence.markersPossible);
      if (c.minimumMarkers > 0) evidence.suggestionReason += fmt::format(" (centre minimum {})", c.minimumMarkers);
    }
    summary.competencies.push_back(std::move(evidence));
  }
  return summary;
}

}  // namespace coachscope::core
