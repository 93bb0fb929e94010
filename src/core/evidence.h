// What an observation's marker events and notes add up to, per marker and per competency
// (derived competencies counted through the markers they cross-reference), and the rating the
// evidence suggests. The suggestion is shown to the tutor, never applied by itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/observation.h"

namespace coachscope::core {

struct CompetencyEvidence {
  std::string competencyId;
  int events = 0;           // marker events of the markers that evidence it
  int markersSeen = 0;      // how many of those markers were seen at least once
  int markersPossible = 0;  // how many markers evidence it
  int taggedNotes = 0;      // notes tagged with it or with one of its markers
  std::optional<int> suggestedLevel;  // a value of the framework's scale
  std::string suggestionReason;       // "3 of 4 markers seen", for the tooltip
};

struct EvidenceSummary {
  std::map<std::string, int> markerCounts;       // by marker code
  std::vector<CompetencyEvidence> competencies;  // in framework order

  int countOf(const std::string& markerCode) const;
  const CompetencyEvidence* of(const std::string& competencyId) const;
};

EvidenceSummary summariseEvidence(const Framework& framework, const Observation& observation);

// The suggestion rule, from data only (the framework's scale and the competency's
// minimumMarkers); see README "Scoring a live session". With L levels (index 0 = lowest),
// N markers that evidence the competency, k of them seen, and m = minimumMarkers (at most N):
//   k = 0                 -> the lowest level;
//   m = 0 (no threshold)  -> index round((L-1)·k/N), at least 1;
//   m > 0, k < m          -> below the "meets" level (L-2, or L-1 on a scale of two levels),
//                            index floor(meets·k/m), at least 1 when possible;
//   m > 0, k ≥ m          -> the "meets" level; all N seen (N > m) -> the highest.
// Judgement competencies and competencies without markers get no suggestion.
std::optional<int> suggestLevel(const RatingScale& scale, const Competency& competency, int markersSeen,
                                int markersPossible);

}  // namespace coachscope::core
