#include "core/reference_scoring.h"

#include <cstdlib>

namespace coachscope::core {
namespace {

std::optional<int> levelOf(const CompetencyRating& r) { return r.notObserved ? std::nullopt : r.level; }

Statistic share(int part, int whole, const char* emptyReason) {
  if (whole == 0) return Statistic{std::nullopt, 0, emptyReason};
  return Statistic{static_cast<double>(part) / whole, whole, {}};
}

}  // namespace

ReferenceDeviation deviationFromReference(const Framework& framework, const Observation& reference,
                                          const Observation& trainee, const CompareSettings& settings) {
  const ObservationComparison comparison = compareObservations(framework, reference, trainee, settings);
  ReferenceDeviation result;
  int both = 0, exact = 0, absolute = 0, signedSum = 0;
  for (const CompetencyComparison& row : comparison.competencies) {
    CompetencyDeviation d;
    d.competencyId = row.competencyId;
    d.reference = levelOf(row.a);
    d.trainee = levelOf(row.b);
    if (d.reference && d.trainee) {
      d.difference = *d.trainee - *d.reference;
      ++both;
      exact += *d.difference == 0 ? 1 : 0;
      absolute += std::abs(*d.difference);
      signedSum += *d.difference;
    }
    d.notObservedMismatch = (row.a.notObserved && row.b.level && !row.b.notObserved) ||
                            (row.b.notObserved && row.a.level && !row.a.notObserved);
    if (row.judgementA) d.referenceJudgement = row.judgementA->optionId;
    if (row.judgementB) d.traineeJudgement = row.judgementB->optionId;
    d.judgementDiffers = row.judgementsDiffer;
    result.competencies.push_back(std::move(d));
  }
  const char* noneRated = "no competency was rated by both";
  result.meanAbsoluteDeviation = both ? Statistic{static_cast<double>(absolute) / both, both, {}}
                                      : Statistic{std::nullopt, 0, noneRated};
  result.meanSignedDeviation = both ? Statistic{static_cast<double>(signedSum) / both, both, {}}
                                    : Statistic{std::nullopt, 0, noneRated};
  result.exact = share(exact, both, noneRated);

  int matched = 0, referenceEvents = 0, traineeEvents = 0;
  for (const MarkerComparison& m : comparison.markers) {
    MarkerDeviation d{m.code, static_cast<int>(m.matched.size()), static_cast<int>(m.onlyA.size()),
                      static_cast<int>(m.onlyB.size())};
    matched += d.matched;
    referenceEvents += d.matched + d.missed;
    traineeEvents += d.matched + d.extra;
    result.markers.push_back(d);
  }
  result.markerRecall = share(matched, referenceEvents, "the reference recorded no marker events");
  result.markerPrecision = share(matched, traineeEvents, "the trainee recorded no marker events");
  return result;
}

}  // namespace coachscope::core
