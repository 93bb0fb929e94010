// Moderation: building one agreed observation from two or more assessors' observations of a
// session. The moderator chooses, per competency, whose rating (and evidence) stands; the
// originals are not changed and the agreed observation links back to them (core::Moderation).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/observation.h"
#include "core/result.h"

namespace coachscope::core {

struct ModerationRequest {
  std::vector<const Observation*> sources;        // two or more, of one session
  std::map<std::string, std::size_t> choices;     // competency id -> index into `sources`
  std::size_t writtenFeedbackFrom = 0;            // whose strengths, development areas and feedback
  std::string moderator;
  std::string reason;
  std::string at;  // ISO 8601 UTC; also the agreed observation's updatedAt
};

// Competencies on which the sources differ (rating level, "not observed", or judgement option):
// each needs a choice. Framework order.
std::vector<std::string> competenciesInDispute(const Framework& framework,
                                               const std::vector<const Observation*>& sources);

// The agreed observation, with a new id. For each competency the chosen source's rating,
// judgement, marker events of that competency's own markers and notes tagged with the
// competency or one of its markers are taken; competencies nobody disputes need no choice (the
// first source's is taken). Untagged notes of every source are kept. Context and written feedback
// come from `writtenFeedbackFrom`; the tutor becomes the moderator. Refused (with the reason) when
// fewer than two sources, frameworks or learners differ, a disputed competency has no choice, a
// choice names an unknown competency or source, or moderator or reason is empty.
Result<Observation> buildAgreedObservation(const Framework& framework, const ModerationRequest& request);

}  // namespace coachscope::core
