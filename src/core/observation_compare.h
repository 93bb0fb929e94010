// Two assessors' observations of one session side by side: ratings per competency, marker events
// matched across the two within a time tolerance, and both sets of notes on one timeline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/observation.h"

namespace coachscope::core {

struct CompareSettings {
  double toleranceSeconds = 10.0;  // events of one marker this close in time are the same evidence
};

// How two ratings of one competency relate.
enum class RatingVerdict {
  Same,        // equal levels (or both "not observed")
  Adjacent,    // one scale point apart
  Differ,      // further apart, or one observed and one not
  OneMissing,  // only one assessor rated it
  BothMissing, // neither did
};
const char* toString(RatingVerdict verdict);

struct CompetencyComparison {
  std::string competencyId;
  CompetencyRating a;  // empty when not in the observation
  CompetencyRating b;
  RatingVerdict verdict = RatingVerdict::BothMissing;
  std::optional<Judgement> judgementA;  // for judgement competencies
  std::optional<Judgement> judgementB;
  bool judgementsDiffer = false;  // both judged, with different options
  bool disagreement() const { return verdict == RatingVerdict::Differ || judgementsDiffer; }
};

struct EventPair {
  MarkerEvent a;
  MarkerEvent b;
  double gap() const { return b.time - a.time; }
};

// One marker code's events from both assessors after matching.
struct MarkerComparison {
  std::string code;
  std::vector<EventPair> matched;
  std::vector<MarkerEvent> onlyA;
  std::vector<MarkerEvent> onlyB;
};

// A note on the shared timeline; `side` is 0 for A, 1 for B.
struct TimelineNote {
  int side = 0;
  Note note;
};

struct ObservationComparison {
  CompareSettings settings;
  std::vector<CompetencyComparison> competencies;  // framework order, every competency
  std::vector<MarkerComparison> markers;  // framework order, then unknown codes; only codes with events
  std::vector<TimelineNote> notes;        // by time, A before B at equal times

  int matchedCount() const;
  int onlyACount() const;
  int onlyBCount() const;
  const CompetencyComparison* competency(const std::string& id) const;
  const MarkerComparison* marker(const std::string& code) const;
};

// Pairs events of the same marker code so that as many as possible are matched within the
// tolerance and, among those matchings, the summed time gaps are least. Solved exactly per code
// by dynamic programming over the events sorted by time (a least-cost matching never needs to
// cross, so prefixes suffice). Events in `a` and `b` may be in any order.
MarkerComparison matchMarkerEvents(const std::string& code, std::vector<MarkerEvent> a, std::vector<MarkerEvent> b,
                                   double toleranceSeconds);

ObservationComparison compareObservations(const Framework& framework, const Observation& a, const Observation& b,
                                          const CompareSettings& settings = {});

}  // namespace coachscope::core
