// Agreement across a set of double-marked sessions: which observations are of the same session,
// and the statistics (see core/agreement.h) over every competency rating and marker they share.
//
// Observations are of the same session when they were scored from the same recording (equal
// media content hash); otherwise when they name the same learner (id, else name), the same day
// (first 10 characters of the session date) and the same coachee pseudonym. Observations with
// neither a recording hash nor a learner and date cannot be matched and stay alone.
#pragma once

#include <string>
#include <vector>

#include "core/agreement.h"
#include "core/framework.h"
#include "core/observation.h"
#include "core/observation_compare.h"

namespace coachscope::core {

// The key sessions are matched by, or "" when the observation carries nothing to match on.
std::string sessionKey(const Observation& observation);

// Observations of one session, in the order pairs are formed: a reference scoring first, then by
// tutor, then by id, so rater "A" is the same kind of rater in every session.
struct SessionGroup {
  std::string key;
  std::vector<const Observation*> observations;
};

// Groups by sessionKey(); observations without a key each get a group of their own. Groups are
// ordered by key. Agreed (moderated) observations are not an assessor's own rating: they are
// left out, with a line in `skipped`.
std::vector<SessionGroup> groupBySession(const std::vector<const Observation*>& observations,
                                         std::vector<std::string>* skipped = nullptr);
// Orders one group's observations as described above.
void orderForPairing(std::vector<const Observation*>& observations);

// For a competency evidenced by a judgement (options, not a scale), exact agreement, kappa and
// alpha are on the options chosen (nominal); adjacent and weighted kappa do not apply.
struct CompetencyAgreement {
  std::string competencyId;
  Statistic exact;
  Statistic adjacent;
  Statistic kappa;
  Statistic weightedKappa;
  Statistic alpha;  // ordinal for ratings, nominal for judgements
};

// Per marker: did both assessors see it in the session (presence), and how their events matched.
struct MarkerAgreement {
  std::string code;
  BinaryAgreement presence;
  int matched = 0;
  int onlyA = 0;
  int onlyB = 0;
  Statistic positive;  // 2M / (2M + onlyA + onlyB)
};

struct AgreementReport {
  std::string frameworkKey;
  int sessions = 0;      // double-marked sessions counted
  int observations = 0;  // observations in them
  int pairs = 0;         // pairs of observations (one per session with two)
  // Over every competency rating of every pair (ordinal alpha: over every session x competency).
  Statistic exact;
  Statistic adjacent;
  Statistic kappa;
  Statistic weightedKappa;
  Statistic alpha;
  Statistic markerPositive;  // all marker events together
  std::vector<CompetencyAgreement> competencies;  // framework order
  std::vector<MarkerAgreement> markers;           // framework order
  std::vector<std::string> warnings;              // sessions left out, and why
};

// Statistics over the groups with two or more observations on `framework`. Pairwise statistics
// use every pair of observations within a session; alpha uses all raters at once. A rating of
// "not observed" counts as missing. The overall figures pool the ratings on the scale only.
AgreementReport computeAgreement(const Framework& framework, const std::vector<SessionGroup>& groups,
                                 const CompareSettings& settings = {});

}  // namespace coachscope::core
