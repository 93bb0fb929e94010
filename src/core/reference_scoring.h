// How far a trainee tutor's observation deviates from a reference scoring of the same session,
// competency by competency and marker by marker.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/agreement.h"
#include "core/framework.h"
#include "core/observation.h"
#include "core/observation_compare.h"

namespace coachscope::core {

struct CompetencyDeviation {
  std::string competencyId;
  std::optional<int> reference;  // level; empty when not rated or not observed
  std::optional<int> trainee;
  std::optional<int> difference;  // trainee - reference, when both rated
  bool notObservedMismatch = false;  // one said "not observed", the other rated it
  std::optional<std::string> referenceJudgement;  // option ids, for judgement competencies
  std::optional<std::string> traineeJudgement;
  bool judgementDiffers = false;
};

struct MarkerDeviation {
  std::string code;
  int matched = 0;  // reference events the trainee also recorded (within the tolerance)
  int missed = 0;   // reference events the trainee did not record
  int extra = 0;    // trainee events the reference does not have
};

struct ReferenceDeviation {
  std::vector<CompetencyDeviation> competencies;  // framework order
  std::vector<MarkerDeviation> markers;           // codes either recorded, framework order
  Statistic meanAbsoluteDeviation;  // mean |trainee - reference| in scale points
  Statistic meanSignedDeviation;    // > 0: the trainee scores higher than the reference
  Statistic exact;                  // share of competencies scored exactly as the reference
  Statistic markerRecall;     // matched / reference events: how much of the reference was seen
  Statistic markerPrecision;  // matched / trainee events: how much of what was seen the reference has
};

ReferenceDeviation deviationFromReference(const Framework& framework, const Observation& reference,
                                          const Observation& trainee, const CompareSettings& settings = {});

}  // namespace coachscope::core
